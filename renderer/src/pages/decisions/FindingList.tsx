import { Empty, List, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import type { DecisionFinding } from '../../../../core/contract/decisions';

const SEVERITY = {
  high: { label: '高', color: 'red' },
  medium: { label: '中', color: 'orange' },
  low: { label: '低', color: 'blue' },
} as const;

/** The findings, worst first; clicking one outlines its passage in the text. */
export function FindingList({
  findings,
  selected,
  onSelect,
}: {
  findings: DecisionFinding[];
  selected: number | undefined;
  onSelect: (index: number) => void;
}) {
  if (!findings.length)
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="未发现问题：规则逐项检查均已满足" />;
  return (
    <List
      className="finding-list"
      aria-label="审查发现的问题"
      dataSource={findings}
      renderItem={(f, i) => (
        <List.Item
          className={`finding ${selected === i ? 'is-selected' : ''}`}
          data-code={f.code}
          tabIndex={0}
          onClick={() => onSelect(i)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && e.target === e.currentTarget) onSelect(i);
          }}
        >
          <div className="finding-body">
            <div className="finding-head">
              <Tag color={SEVERITY[f.severity].color}>{SEVERITY[f.severity].label}</Tag>
              <Typography.Text strong>{f.message}</Typography.Text>
            </div>
            <Typography.Text type="secondary" className="finding-statute">
              依据：{f.statute}
            </Typography.Text>
            {f.passage && (
              <Typography.Link className="finding-locate" onClick={() => onSelect(i)}>
                定位原文
              </Typography.Link>
            )}
            {f.cases.length > 0 && (
              <div className="finding-cases">
                <Typography.Text type="secondary">在这一点上败诉的案例：</Typography.Text>
                <ul>
                  {f.cases.map((c) => (
                    <li key={c.id}>
                      <Link to={`/case/${c.id}`} onClick={(e) => e.stopPropagation()}>
                        {c.title}
                      </Link>
                      <div className="finding-case-reason">{c.reason}</div>
                    </li>
                  ))}
                </ul>
              </div>
            )}
          </div>
        </List.Item>
      )}
    />
  );
}
