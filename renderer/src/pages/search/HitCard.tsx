import { Space, Typography } from 'antd';
import type { SearchHit } from '../../../../core/contract/search';
import { DraftBadge, LossReasonTags, OutcomeTag } from '../../components/CaseBadges';
import { FIELD_LABELS, Highlighted } from './Highlighted';
import { orMissing } from '../../../../shared/display';

/** One result: what an officer needs to decide whether to open the case. */
export function HitCard({
  hit,
  active,
  href,
  onOpen,
}: {
  hit: SearchHit;
  active: boolean;
  href: string;
  onOpen: () => void;
}) {
  return (
    <div className={`search-hit${active ? ' search-hit-active' : ''}`} aria-selected={active} role="option">
      <a
        className="search-hit-title"
        href={href}
        onClick={(e) => {
          e.preventDefault();
          onOpen();
        }}
      >
        {hit.title}
      </a>
      <DraftBadge status={hit.status} />
      <div className="search-hit-meta">
        <Typography.Text type="secondary">
          {[
            orMissing(hit.caseNumber, '案号'),
            orMissing(hit.court, '审理法院'),
            orMissing(hit.judgmentDate, '裁判日期'),
          ].join(' · ')}
        </Typography.Text>
        <Space size={4} wrap style={{ marginLeft: 8 }}>
          <span className="search-hit-category">{hit.category}</span>
          <OutcomeTag outcome={hit.outcome} />
          <LossReasonTags codes={hit.lossReasons} />
        </Space>
      </div>
      {hit.statuteNotes?.map((note) => (
        <div className="search-hit-statute" key={note}>
          法条对照：{note}
        </div>
      ))}
      {hit.snippets.map((s, i) => (
        <div className="search-hit-snippet" key={i}>
          <span className="search-hit-field">{FIELD_LABELS[s.field] ?? s.field}</span>
          <Highlighted snippet={s} />
        </div>
      ))}
    </div>
  );
}
