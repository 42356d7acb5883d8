import { Card, Col, Row } from 'antd';
import type { StatsSummary } from '../../../../core/contract/stats';
import type { CaseFilters } from '../../../../db/model/filters';
import { useTaxonomy } from '../../api/taxonomy';

interface Figure {
  title: string;
  count: number;
  note?: string;
  drill: CaseFilters;
}

/** The headline figures above the charts; each opens its cases. */
export function StatCards({ s, onDrill }: { s: StatsSummary; onDrill: (d: CaseFilters) => void }) {
  const taxonomy = useTaxonomy();
  const reasonName = (code: string) => taxonomy.lossReasons.find((r) => r.code === code)?.name ?? code;
  const top = s.byLossReason[0];
  const step = s.byEnforcementStep[0];
  const figures: Figure[] = [
    { title: '败诉案件', count: s.total, drill: {} },
    ...s.byOutcome
      .slice(0, 2)
      .map((o) => ({ title: `判决${o.key}`, count: o.count, drill: { outcomes: [o.key as never] } })),
  ];
  if (top)
    figures.push({
      title: '最常见的败诉原因',
      note: reasonName(top.key),
      count: top.count,
      drill: { lossReasons: [top.key as never] },
    });
  if (step)
    figures.push({
      title: '最常出错的环节',
      note: taxonomy.enforcementSteps.find((x) => x.code === step.key)?.name ?? step.key,
      count: step.count,
      drill: { enforcementSteps: [step.key as never] },
    });
  return (
    <Row gutter={[12, 12]} style={{ marginBottom: 12 }}>
      {figures.map((f) => (
        <Col flex="1 1 0" key={f.title}>
          <Card size="small" className="stat-card">
            <div className="stat-title">{f.title}</div>
            {f.note && <div className="stat-note">{f.note}</div>}
            <button
              type="button"
              className="stat-value"
              onClick={() => onDrill(f.drill)}
              aria-label={`${f.title}${f.note ?? ''}：${f.count} 件，查看案例`}
            >
              {f.count}
              <span className="stat-unit">件</span>
            </button>
          </Card>
        </Col>
      ))}
    </Row>
  );
}
