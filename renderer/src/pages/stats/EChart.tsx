import * as echarts from 'echarts';
import { useEffect, useRef } from 'react';
import type { ChartSpec } from '../../../../core/contract/stats';
import type { CaseFilters } from '../../../../db/model/filters';

/**
 * One chart from core's option JSON, drawn with the SVG renderer: the same renderer core uses for
 * exported files, so the dashboard and the report look the same. A click on a bar or cell whose
 * data item carries `drill` calls onDrill with those filters.
 */
export function EChart({ spec, onDrill }: { spec: ChartSpec; onDrill: (drill: CaseFilters) => void }) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts>(undefined);
  const drillRef = useRef(onDrill);
  useEffect(() => {
    drillRef.current = onDrill;
  }, [onDrill]);

  useEffect(() => {
    if (!box.current) return;
    const instance = echarts.init(box.current, null, { renderer: 'svg' });
    chart.current = instance;
    instance.on('click', (params) => {
      const drill = (params.data as { drill?: CaseFilters | null } | null)?.drill;
      if (drill) drillRef.current(drill);
    });
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(box.current);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = undefined;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(spec.option, true);
  }, [spec]);

  return (
    <div
      ref={box}
      className="stats-chart"
      data-chart={spec.id}
      role="img"
      aria-label={spec.title}
      style={{ height: spec.height, width: '100%' }}
    />
  );
}
