import { App, Button, Card, Col, Empty, Row, Table, Tooltip } from 'antd';
import type { OpOutput } from '../../../../core/contract';
import type { StatsScope } from '../../../../core/contract/stats';
import type { CaseFilters } from '../../../../db/model/filters';
import { api } from '../../api/client';
import { useTaxonomy } from '../../api/taxonomy';
import { ChartCard } from './ChartCard';
import { StatCards } from './StatCards';
import { CountTable, MatrixTable } from './CountTables';
import { exportStatsTable } from './exportStatsTable';
import { CHART_TABLE, countRows, matrixOf } from './tableRows';
import { isOneWayTable, ONE_WAY_TABLES } from '../../../../shared/statsTables';
import { showError } from '../../api/showError';

type DashboardData = OpOutput<'stats.dashboard'>;

/** The heading of a chart's table view: a one-way table's field name, as in the exported tables. */
const head = (id: string) => (isOneWayTable(id) ? ONE_WAY_TABLES[id].head : '');

/** Where each chart sits: the judgment grounds beside the enforcement steps, the cross-tables full width. */
const LAYOUT: { id: string; span: number; head: string }[] = [
  { id: 'lossReason', span: 12, head: head('lossReason') },
  { id: 'enforcementStep', span: 12, head: head('enforcementStep') },
  { id: 'categoryLossReason', span: 24, head: '' },
  { id: 'category', span: 12, head: head('category') },
  { id: 'agencyType', span: 12, head: head('agencyType') },
  { id: 'year', span: 12, head: head('year') },
  { id: 'outcome', span: 12, head: head('outcome') },
  { id: 'courtStage', span: 12, head: `${head('courtLevel')} · ${head('trialStage')}` },
  { id: 'provisions', span: 12, head: '' },
  { id: 'enforcementStepLossReason', span: 24, head: '' },
];

interface Props {
  data: DashboardData;
  scope: StatsScope;
  onDrill: (drill: CaseFilters) => void;
}

export function Dashboard({ data, scope, onDrill }: Props) {
  const app = App.useApp();
  const taxonomy = useTaxonomy();
  const s = data.summary;
  if (!s.total) return <Empty description="统计范围内没有案例，请放宽筛选条件" style={{ marginTop: 48 }} />;

  const openProvision = async (key: string) => {
    const m = /^(.+)第(\d+)条$/.exec(key);
    if (!m?.[1] || !m[2]) return;
    try {
      const { ids } = await api.call('stats.provisionCases', { ...scope, law: m[1], article: Number(m[2]) });
      onDrill({ ids });
    } catch (e) {
      showError(app.message, e);
    }
  };

  const provisions = (
    <Col span={12} key="provisions">
      <Card
        size="small"
        title="最常被援引的法条"
        className="stats-card"
        extra={
          <Button
            size="small"
            onClick={() => void exportStatsTable(app, scope, 'provisions', '常被援引的法条')}
          >
            导出 Excel
          </Button>
        }
      >
        <Table
          rowKey="key"
          size="small"
          pagination={false}
          scroll={{ y: 220 }}
          dataSource={s.topProvisions}
          columns={[
            { title: '法条', dataIndex: 'key', render: (k: string) => data.provisionLabels[k] ?? k },
            {
              title: '援引案件',
              dataIndex: 'count',
              width: 96,
              align: 'right',
              render: (n: number, r: { key: string }) => (
                <Tooltip title="查看援引此条的案例">
                  <Button
                    type="link"
                    size="small"
                    className="count-link"
                    onClick={() => void openProvision(r.key)}
                  >
                    {n}
                  </Button>
                </Tooltip>
              ),
            },
          ]}
        />
      </Card>
    </Col>
  );

  return (
    <div className="stats-dashboard">
      <StatCards s={s} onDrill={onDrill} />
      <Row gutter={[12, 12]}>
        {LAYOUT.map(({ id, span, head }) => {
          if (id === 'provisions') return provisions;
          const spec = data.charts.find((c) => c.id === id);
          if (!spec) return null;
          const matrix = matrixOf(id, s, taxonomy);
          const table = matrix ? (
            <MatrixTable matrix={matrix} onDrill={onDrill} />
          ) : (
            <CountTable rows={countRows(id, s, taxonomy)} total={s.total} head={head} onDrill={onDrill} />
          );
          const exportId = CHART_TABLE[id];
          return (
            <Col span={span} key={id}>
              <ChartCard
                spec={spec}
                table={table}
                onDrill={onDrill}
                onExport={
                  exportId ? () => void exportStatsTable(app, scope, exportId, spec.title) : undefined
                }
              />
            </Col>
          );
        })}
      </Row>
    </div>
  );
}
