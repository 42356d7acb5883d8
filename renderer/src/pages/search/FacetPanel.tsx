import { Checkbox, Collapse, Select, Space, Typography } from 'antd';
import type { FacetBucket, FacetName, Facets } from '../../../../core/contract/search';
import type { CaseFilters } from '../../../../db/model/filters';

type ListFilter = Exclude<keyof CaseFilters, 'yearFrom' | 'yearTo' | 'starred' | 'trashed' | 'ids'>;

/** Which filter each facet sets, and its heading. */
const GROUPS: { facet: Exclude<FacetName, 'years'>; filter: ListFilter; label: string; numeric?: boolean }[] =
  [
    { facet: 'categories', filter: 'categories', label: '案件类别' },
    { facet: 'lossReasons', filter: 'lossReasons', label: '败诉原因' },
    { facet: 'outcomes', filter: 'outcomes', label: '裁判结果' },
    { facet: 'courtLevels', filter: 'courtLevels', label: '法院层级' },
    { facet: 'trialStages', filter: 'trialStages', label: '审级' },
    { facet: 'regions', filter: 'regions', label: '地区' },
    { facet: 'agencyTypes', filter: 'agencyTypes', label: '机关类型' },
    { facet: 'tags', filter: 'tagIds', label: '我的标签', numeric: true },
  ];

/**
 * Facets with counts over the whole result set. A checked value stays listed (with its count
 * in the narrowed set) so it can be unchecked.
 */
export function FacetPanel({
  facets,
  filters,
  onChange,
}: {
  facets: Facets | undefined;
  filters: CaseFilters;
  onChange: (filters: CaseFilters) => void;
}) {
  const selected = (filter: ListFilter) => ((filters[filter] ?? []) as (string | number)[]).map(String);
  const toggle = (group: (typeof GROUPS)[number], value: string, on: boolean) => {
    const current = selected(group.filter).filter((v) => v !== value);
    const next = on ? [...current, value] : current;
    onChange({
      ...filters,
      [group.filter]: next.length ? (group.numeric ? next.map(Number) : next) : undefined,
    });
  };
  const years = (facets?.years ?? []).map((b) => Number(b.value)).sort((a, b) => a - b);
  const yearOptions = years.map((y) => ({ value: y, label: String(y) }));

  const items = GROUPS.map((group) => {
    const buckets: FacetBucket[] = [...(facets?.[group.facet] ?? [])];
    for (const value of selected(group.filter)) {
      if (!buckets.some((b) => b.value === value)) buckets.push({ value, label: value, count: 0 });
    }
    return {
      key: group.facet,
      label: group.label,
      children: buckets.length ? (
        <Space direction="vertical" size={2} style={{ width: '100%' }}>
          {buckets.map((b) => (
            <Checkbox
              key={b.value}
              checked={selected(group.filter).includes(b.value)}
              onChange={(e) => toggle(group, b.value, e.target.checked)}
              className="facet-option"
            >
              <span className="facet-label">{b.label}</span>
              <span className="facet-count">{b.count}</span>
            </Checkbox>
          ))}
        </Space>
      ) : (
        <Typography.Text type="secondary">无</Typography.Text>
      ),
    };
  });

  return (
    <aside className="search-facets" aria-label="筛选">
      <div className="facet-years">
        <Typography.Text strong>裁判年份</Typography.Text>
        <Space size={4}>
          <Select
            allowClear
            size="small"
            placeholder="起"
            aria-label="起始年份"
            style={{ width: 82 }}
            value={filters.yearFrom}
            options={yearOptions}
            onChange={(yearFrom?: number) => onChange({ ...filters, yearFrom })}
          />
          —
          <Select
            allowClear
            size="small"
            placeholder="止"
            aria-label="截止年份"
            style={{ width: 82 }}
            value={filters.yearTo}
            options={yearOptions}
            onChange={(yearTo?: number) => onChange({ ...filters, yearTo })}
          />
        </Space>
      </div>
      <Collapse
        size="small"
        ghost
        defaultActiveKey={['categories', 'lossReasons', 'outcomes']}
        items={items}
      />
    </aside>
  );
}
