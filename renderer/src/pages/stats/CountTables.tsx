import { Button, Table } from 'antd';
import type { CaseFilters } from '../../../../db/model/filters';
import type { CountRow, Matrix } from './tableRows';

const percent = (n: number, total: number) => (total ? `${((n / total) * 100).toFixed(1)}%` : '—');

/** A number that opens the list of its cases, or plain text when those cases cannot be selected. */
export function CountLink({
  count,
  drill,
  label,
  onDrill,
}: {
  count: number;
  drill: CaseFilters | null;
  label: string;
  onDrill: (d: CaseFilters) => void;
}) {
  if (!drill || !count) return <span>{count}</span>;
  return (
    <Button
      type="link"
      size="small"
      className="count-link"
      aria-label={`${label}：${count} 件，查看案例`}
      onClick={() => onDrill(drill)}
    >
      {count}
    </Button>
  );
}

export function CountTable({
  rows,
  total,
  head,
  onDrill,
}: {
  rows: CountRow[];
  total: number;
  head: string;
  onDrill: (d: CaseFilters) => void;
}) {
  return (
    <Table<CountRow>
      rowKey="key"
      size="small"
      pagination={false}
      scroll={{ y: 320 }}
      dataSource={rows}
      columns={[
        { title: head, dataIndex: 'label' },
        {
          title: '件数',
          dataIndex: 'count',
          width: 90,
          align: 'right',
          render: (count: number, r) => (
            <CountLink count={count} drill={r.drill} label={r.label} onDrill={onDrill} />
          ),
        },
        {
          title: '占案件总数',
          width: 110,
          align: 'right',
          render: (_: unknown, r) => percent(r.count, total),
        },
      ]}
    />
  );
}

export function MatrixTable({ matrix, onDrill }: { matrix: Matrix; onDrill: (d: CaseFilters) => void }) {
  type Row = { key: string; label: string };
  return (
    <Table<Row>
      rowKey="key"
      size="small"
      pagination={false}
      scroll={{ x: 'max-content' }}
      dataSource={matrix.rows}
      columns={[
        { title: matrix.corner, dataIndex: 'label', fixed: 'left', width: 150 },
        ...matrix.cols.map((col) => ({
          title: col.label,
          key: col.key,
          align: 'right' as const,
          render: (_: unknown, row: Row) => {
            const n = matrix.count(row.key, col.key);
            return n ? (
              <CountLink
                count={n}
                drill={matrix.drill(row.key, col.key)}
                label={`${row.label} × ${col.label}`}
                onDrill={onDrill}
              />
            ) : (
              <span className="muted-zero">·</span>
            );
          },
        })),
      ]}
    />
  );
}
