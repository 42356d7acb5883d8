import { Collapse, Typography } from 'antd';
import type { CaseRecord } from '../../../../db/model/case';
import { useTaxonomy } from '../../api/taxonomy';
import { Markdown } from '../../components/Markdown';

const formatProvision = (p: CaseRecord['provisions'][number]) =>
  `《${p.law}》第${p.article}条${p.clause}${p.version ? `（${p.version}）` : ''}`;

/** The sections of a case in reading order: 案情简介 … 来源, with 原文 collapsed. */
export function CaseSections({ value: c }: { value: CaseRecord }) {
  const { lossReasons } = useTaxonomy();
  return (
    <div className="case-sections">
      <Section id="summary" title="案情简介" source={c.summary} />
      <Section id="issues" title="争议焦点" source={c.issues} />
      <Section id="ruling" title="裁判结果" source={c.ruling} />
      <section className="case-section" id="sec-lossReasons">
        <h2>败诉原因</h2>
        <ul>
          {c.lossReasons.map((r) => {
            const def = lossReasons.find((d) => d.code === r.code);
            return (
              <li key={r.code}>
                <strong>{def?.name ?? r.code}</strong>
                <Typography.Text type="secondary">（{def?.article}）</Typography.Text>
                {r.ground && `：${r.ground}`}
              </li>
            );
          })}
        </ul>
      </section>
      <Section id="analysis" title="评析" source={c.analysis} />
      <Section id="lessons" title="启示与建议" source={c.lessons} />
      <section className="case-section" id="sec-provisions">
        <h2>相关法条</h2>
        <ul>
          {c.provisions.map((p) => (
            <li key={`${p.law}-${p.article}`}>
              {formatProvision(p)}
              {p.note && <Typography.Text type="secondary">（{p.note}）</Typography.Text>}
            </li>
          ))}
        </ul>
      </section>
      <section className="case-section" id="sec-source">
        <h2>来源</h2>
        <p>{c.source || '—'}</p>
        <Typography.Paragraph type="secondary" className="source-disclaimer">
          本案评析为案鉴编写组根据公开发布的裁判要旨自行撰写，仅供学习参考；案件事实与裁判内容以公开发布的原文为准。
        </Typography.Paragraph>
      </section>
      {c.fullText && (
        <Collapse
          className="case-section"
          items={[
            {
              key: 'fullText',
              label: '裁判文书原文',
              children: <div className="full-text">{c.fullText}</div>,
            },
          ]}
        />
      )}
    </div>
  );
}

function Section({ id, title, source }: { id: string; title: string; source: string }) {
  if (!source.trim()) return null;
  return (
    <section className="case-section" id={`sec-${id}`}>
      <h2>{title}</h2>
      <Markdown source={source} />
    </section>
  );
}
