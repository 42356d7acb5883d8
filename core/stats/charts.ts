import type { CaseFilters } from '../../db/model/filters';
import {
  CATEGORIES,
  COURT_LEVELS,
  ENFORCEMENT_STEPS,
  LOSS_REASONS,
  TRIAL_STAGES,
} from '../../shared/taxonomy';
import { UNKNOWN_KEY } from '../../db/repos/stats';
import type { ChartSpec, KeyCount, StatsSummary } from '../contract/stats';
import { lossReasonName, lossReasonShort, stepName } from './labels';

/**
 * ECharts options for the dashboard and the exported report, as plain JSON (no functions), so
 * that the renderer draws exactly what core renders to SVG/PNG for a file. Each data item may
 * carry `drill`: the filters that select the cases behind it, merged by the renderer into the
 * current filters when the bar or cell is clicked.
 */

export const CHART_FONT = 'Noto Sans CJK SC, Source Han Sans SC, Microsoft YaHei, PingFang SC, sans-serif';
const BLUE = '#1677ff';
const STACK_COLORS = ['#1677ff', '#fa8c16', '#52c41a', '#bfbfbf'];

type Drill = CaseFilters | null;
interface Item {
  value: number | [number, number, number];
  drill: Drill;
}

const base = (extra: Record<string, unknown>): Record<string, unknown> => ({
  animation: false,
  color: [BLUE],
  textStyle: { fontFamily: CHART_FONT, fontSize: 12 },
  ...extra,
});

const item = (value: Item['value'], drill: Drill): Item => ({ value, drill });

/** Horizontal bars, largest at the top (ECharts draws the first category at the bottom). */
function horizontalBars(rows: KeyCount[], label: (key: string) => string, drill: (key: string) => Drill) {
  const ordered = [...rows].reverse();
  return base({
    tooltip: { trigger: 'item', formatter: '{b}：{c} 件' },
    grid: { left: 8, right: 40, top: 8, bottom: 8, containLabel: true },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', data: ordered.map((r) => label(r.key)), axisTick: { show: false } },
    series: [
      {
        type: 'bar',
        barMaxWidth: 22,
        label: { show: true, position: 'right' },
        data: ordered.map((r) => item(r.count, drill(r.key))),
      },
    ],
  });
}

/**
 * The year axis is a time axis: 1999 and 2005 stand six years apart, the years between shown with
 * 0 cases, not put side by side as if consecutive.
 */
export function everyYear(rows: KeyCount[]): KeyCount[] {
  const counts = new Map(rows.map((r) => [Number(r.key), r.count]));
  const years = [...counts.keys()].filter(Number.isFinite);
  if (!years.length) return [];
  const out: KeyCount[] = [];
  for (let y = Math.min(...years); y <= Math.max(...years); y++)
    out.push({ key: String(y), count: counts.get(y) ?? 0 });
  return out;
}

const barHeight = (rows: number) => Math.max(160, 40 + rows * 30);

function heatmap(
  cells: { row: string; col: string; count: number }[],
  rows: { key: string; label: string }[],
  cols: { key: string; label: string }[],
  drill: (row: string, col: string) => Drill,
) {
  const rowIndex = new Map(rows.map((r, i) => [r.key, i]));
  const colIndex = new Map(cols.map((c, i) => [c.key, i]));
  const data = cells.flatMap((c) => {
    const x = colIndex.get(c.col);
    const y = rowIndex.get(c.row);
    return x === undefined || y === undefined ? [] : [item([x, y, c.count], drill(c.row, c.col))];
  });
  const max = Math.max(1, ...cells.map((c) => c.count));
  return base({
    tooltip: { trigger: 'item' },
    grid: { left: 8, right: 16, top: 8, bottom: 8, containLabel: true },
    xAxis: {
      type: 'category',
      data: cols.map((c) => c.label),
      splitArea: { show: true },
      axisLabel: { interval: 0, rotate: cols.length > 6 ? 30 : 0 },
    },
    yAxis: { type: 'category', data: rows.map((r) => r.label), splitArea: { show: true }, inverse: true },
    visualMap: { show: false, min: 0, max, inRange: { color: ['#eef6ff', '#4096ff'] } },
    series: [
      { type: 'heatmap', label: { show: true }, data, emphasis: { itemStyle: { borderColor: '#333' } } },
    ],
  });
}

/** Only the rows and columns that have cases, in taxonomy order, so a narrow filter gives a small table. */
function present<T extends { key: string }>(all: readonly T[], keys: Iterable<string>): T[] {
  const set = new Set(keys);
  return all.filter((x) => set.has(x.key));
}

const CATEGORY_AXIS = CATEGORIES.map((c) => ({ key: c, label: c }));
const REASON_AXIS = LOSS_REASONS.map((r) => ({ key: r.code, label: lossReasonShort(r.code) }));
const STEP_AXIS = ENFORCEMENT_STEPS.map((s) => ({ key: s.code, label: s.name }));

export function buildCharts(s: StatsSummary): ChartSpec[] {
  const known = (key: string) => key !== UNKNOWN_KEY;
  const years = everyYear(s.byYear.filter((r) => known(r.key)));
  const undated = s.byYear.find((r) => r.key === UNKNOWN_KEY)?.count ?? 0;
  const charts: ChartSpec[] = [];

  charts.push({
    id: 'year',
    title: undated ? `按裁判年份（另有 ${undated} 件未载明日期）` : '按裁判年份',
    height: 260,
    option: base({
      tooltip: { trigger: 'item', formatter: '{b} 年：{c} 件' },
      grid: { left: 8, right: 24, top: 24, bottom: 8, containLabel: true },
      xAxis: { type: 'category', data: years.map((r) => r.key), boundaryGap: false },
      yAxis: { type: 'value', minInterval: 1 },
      series: [
        {
          type: 'line',
          symbolSize: 9,
          label: { show: years.length <= 20, position: 'top' },
          data: years.map((r) =>
            item(r.count, r.count ? { yearFrom: Number(r.key), yearTo: Number(r.key) } : null),
          ),
        },
      ],
    }),
  });

  charts.push({
    id: 'category',
    title: '按案件类别',
    height: barHeight(s.byCategory.length),
    option: horizontalBars(
      s.byCategory,
      (k) => k,
      (k) => ({ categories: [k as (typeof CATEGORIES)[number]] }),
    ),
  });
  charts.push({
    id: 'lossReason',
    title: '按败诉原因（裁判理由）',
    height: barHeight(s.byLossReason.length),
    option: horizontalBars(s.byLossReason, lossReasonName, (k) => ({ lossReasons: [k as never] })),
  });
  charts.push({
    id: 'enforcementStep',
    title: '按出错的执法环节',
    height: barHeight(s.byEnforcementStep.length),
    option: horizontalBars(s.byEnforcementStep, stepName, (k) => ({ enforcementSteps: [k as never] })),
  });
  charts.push({
    id: 'outcome',
    title: '按裁判结果',
    height: barHeight(s.byOutcome.length),
    option: horizontalBars(
      s.byOutcome,
      (k) => k,
      (k) => ({ outcomes: [k as never] }),
    ),
  });
  charts.push({
    id: 'agencyType',
    title: '按被告机关类型',
    height: barHeight(s.byAgencyType.length),
    option: horizontalBars(
      s.byAgencyType,
      (k) => k,
      (k) => (known(k) ? { agencyTypes: [k as never] } : null),
    ),
  });
  charts.push(courtStageChart(s));

  const cross = s.crossCategoryLossReason.map((c) => ({
    row: c.lossReason,
    col: c.category,
    count: c.count,
  }));
  charts.push({
    id: 'categoryLossReason',
    title: '案件类别 × 败诉原因',
    height:
      60 +
      present(
        REASON_AXIS,
        cross.map((c) => c.row),
      ).length *
        32,
    option: heatmap(
      cross,
      present(
        REASON_AXIS,
        cross.map((c) => c.row),
      ),
      present(
        CATEGORY_AXIS,
        cross.map((c) => c.col),
      ),
      (row, col) => ({ categories: [col as never], lossReasons: [row as never] }),
    ),
  });
  const stepReason = s.crossEnforcementStepLossReason.map((c) => ({
    row: c.enforcementStep,
    col: c.lossReason,
    count: c.count,
  }));
  charts.push({
    id: 'enforcementStepLossReason',
    title: '执法环节 × 败诉原因',
    height:
      60 +
      present(
        STEP_AXIS,
        stepReason.map((c) => c.row),
      ).length *
        32,
    option: heatmap(
      stepReason,
      present(
        STEP_AXIS,
        stepReason.map((c) => c.row),
      ),
      present(
        REASON_AXIS,
        stepReason.map((c) => c.col),
      ),
      (row, col) => ({ enforcementSteps: [row as never], lossReasons: [col as never] }),
    ),
  });
  return charts;
}

/** Court level on the axis, one stacked series per trial stage. */
function courtStageChart(s: StatsSummary): ChartSpec {
  const levels = [...COURT_LEVELS, UNKNOWN_KEY].filter((l) =>
    s.crossCourtLevelTrialStage.some((c) => c.courtLevel === l),
  );
  const stages = [...TRIAL_STAGES, UNKNOWN_KEY].filter((t) =>
    s.crossCourtLevelTrialStage.some((c) => c.trialStage === t),
  );
  const count = (level: string, stage: string) =>
    s.crossCourtLevelTrialStage.find((c) => c.courtLevel === level && c.trialStage === stage)?.count ?? 0;
  return {
    id: 'courtStage',
    title: '按法院层级与审级',
    height: 260,
    option: base({
      color: STACK_COLORS,
      tooltip: { trigger: 'item', formatter: '{b} · {a}：{c} 件' },
      legend: { top: 0 },
      grid: { left: 8, right: 24, top: 32, bottom: 8, containLabel: true },
      xAxis: { type: 'category', data: levels.map((l) => (l === UNKNOWN_KEY ? l : `${l}法院`)) },
      yAxis: { type: 'value', minInterval: 1 },
      series: stages.map((stage) => ({
        type: 'bar',
        name: stage,
        stack: 'stage',
        barMaxWidth: 48,
        label: { show: true, formatter: '{c}' },
        data: levels.map((level) => {
          const n = count(level, stage);
          const drill: Drill =
            level === UNKNOWN_KEY || stage === UNKNOWN_KEY
              ? null
              : { courtLevels: [level as never], trialStages: [stage as never] };
          return n ? item(n, drill) : null;
        }),
      })),
    }),
  };
}
