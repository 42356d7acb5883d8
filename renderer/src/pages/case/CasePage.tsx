import { Alert, Descriptions, Skeleton, Typography } from 'antd';
import { useParams } from 'react-router';
import { useApi } from '../../api/useApi';
import { LossReasonTags, OutcomeTag } from '../../components/CaseBadges';
import { CaseSections } from './CaseSections';

/** One case, for reading: the header fields, then every section in a fixed order. */
export function CasePage() {
  const { id = '' } = useParams();
  const { data: c, error } = useApi('cases.get', { id });
  if (error) return <Alert type="error" message={error.message} />;
  if (!c) return <Skeleton active />;
  return (
    <article className="case-body">
      <Typography.Title level={2} className="case-title">
        {c.title}
      </Typography.Title>
      <Descriptions size="small" column={2} bordered className="case-header">
        <Descriptions.Item label="案号">{c.caseNumber || '—'}</Descriptions.Item>
        <Descriptions.Item label="裁判日期">{c.judgmentDate ?? '—'}</Descriptions.Item>
        <Descriptions.Item label="法院">{c.court}</Descriptions.Item>
        <Descriptions.Item label="层级 / 审级">
          {[c.courtLevel, c.trialStage].filter(Boolean).join(' / ') || '—'}
        </Descriptions.Item>
        <Descriptions.Item label="被告行政机关">{c.defendant}</Descriptions.Item>
        <Descriptions.Item label="地区">{c.region || '—'}</Descriptions.Item>
        <Descriptions.Item label="案件类别">{c.category}</Descriptions.Item>
        <Descriptions.Item label="裁判结果">
          <OutcomeTag outcome={c.outcome} />
        </Descriptions.Item>
        <Descriptions.Item label="败诉原因" span={2}>
          <LossReasonTags codes={c.lossReasons.map((r) => r.code)} />
        </Descriptions.Item>
      </Descriptions>
      <CaseSections value={c} />
    </article>
  );
}
