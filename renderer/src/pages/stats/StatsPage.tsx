import { Alert, Spin, Tabs, Typography } from 'antd';
import { useCallback } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import type { StatsScope } from '../../../../core/contract/stats';
import type { CaseFilters } from '../../../../db/model/filters';
import { useApi } from '../../api/useApi';
import { ChecklistPanel } from './ChecklistPanel';
import { Dashboard } from './Dashboard';
import { caseListUrl, drillFilters } from './drill';
import { ReportPanel } from './ReportPanel';
import { StatsFilters } from './StatsFilters';
import './stats.css';

const TABS = ['charts', 'checklist', 'report'] as const;
type Tab = (typeof TABS)[number];

function scopeFromParams(params: URLSearchParams): StatsScope {
  try {
    const raw = params.get('scope');
    return raw ? (JSON.parse(raw) as StatsScope) : {};
  } catch {
    return {};
  }
}

/**
 * 统计分析: why the agencies lose, for the whole library or any scope. The scope and the tab live
 * in the URL, so coming back from a case list (browser back) shows the same dashboard.
 */
export function StatsPage() {
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const scope = scopeFromParams(params);
  const tab: Tab = TABS.find((t) => t === params.get('tab')) ?? 'charts';
  const { data, error, loading } = useApi('stats.dashboard', scope);

  const update = (next: { scope?: StatsScope; tab?: Tab }) => {
    const p = new URLSearchParams(params);
    if (next.scope) {
      const empty =
        !Object.keys(next.scope.filters ?? {}).length &&
        next.scope.savedSearchId === undefined &&
        !next.scope.includeDrafts;
      if (empty) p.delete('scope');
      else p.set('scope', JSON.stringify(next.scope));
    }
    if (next.tab) p.set('tab', next.tab);
    setParams(p, { replace: true });
  };
  const base = data?.filters;
  const onDrill = useCallback(
    (drill: CaseFilters) => void navigate(caseListUrl(drillFilters(base ?? {}, drill))),
    [navigate, base],
  );

  return (
    <div className="stats-page">
      <Typography.Title level={3}>统计分析</Typography.Title>
      <StatsFilters scope={scope} regions={data?.regions ?? []} onChange={(s) => update({ scope: s })} />
      {error && <Alert type="error" message={error.message} style={{ margin: '12px 0' }} />}
      {data && (
        <Typography.Paragraph type="secondary" className="stats-scope">
          统计范围：{data.scopeText}，共 {data.summary.total} 件。点击任一数字或图形可查看对应案例。
          {loading && <Spin size="small" style={{ marginLeft: 8 }} />}
        </Typography.Paragraph>
      )}
      {!data && loading && <Spin style={{ display: 'block', margin: 48 }} />}
      {data && (
        <Tabs
          activeKey={tab}
          onChange={(t) => update({ tab: t as Tab })}
          items={[
            {
              key: 'charts',
              label: '统计图表',
              children: <Dashboard data={data} scope={scope} onDrill={onDrill} />,
            },
            {
              key: 'checklist',
              label: '败诉风险自查清单',
              children: <ChecklistPanel scope={scope} categories={data.summary.byCategory} />,
            },
            {
              key: 'report',
              label: '年度报告',
              children: <ReportPanel scope={scope} scopeText={data.scopeText} />,
            },
          ]}
        />
      )}
    </div>
  );
}
