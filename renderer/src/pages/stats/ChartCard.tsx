import { Button, Card, Segmented, Space } from 'antd';
import { useState, type ReactNode } from 'react';
import type { ChartSpec } from '../../../../core/contract/stats';
import type { CaseFilters } from '../../../../db/model/filters';
import { EChart } from './EChart';

interface Props {
  spec: ChartSpec;
  /** The same figures as a table with clickable numbers. */
  table: ReactNode;
  onDrill: (drill: CaseFilters) => void;
  onExport?: () => void;
}

/** A chart with a 图/表 switch and an Excel export; every bar and every number opens its cases. */
export function ChartCard({ spec, table, onDrill, onExport }: Props) {
  const [view, setView] = useState<'chart' | 'table'>('chart');
  return (
    <Card
      size="small"
      title={spec.title}
      className="stats-card"
      data-card={spec.id}
      extra={
        <Space size={4}>
          <Segmented
            size="small"
            value={view}
            onChange={(v) => setView(v as 'chart' | 'table')}
            options={[
              { value: 'chart', label: '图' },
              { value: 'table', label: '表' },
            ]}
            aria-label={`${spec.title}：图表或表格`}
          />
          {onExport && (
            <Button size="small" onClick={onExport}>
              导出 Excel
            </Button>
          )}
        </Space>
      }
    >
      {view === 'chart' ? <EChart spec={spec} onDrill={onDrill} /> : table}
    </Card>
  );
}
