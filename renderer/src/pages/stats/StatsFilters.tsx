import { Button, Flex, InputNumber, Select, Switch, Typography } from 'antd';
import type { StatsScope } from '../../../../core/contract/stats';
import type { CaseFilters } from '../../../../db/model/filters';
import { useTaxonomy } from '../../api/taxonomy';
import { useApi } from '../../api/useApi';

interface Props {
  scope: StatsScope;
  regions: string[];
  onChange: (scope: StatsScope) => void;
}

/** The scope of the statistics: years, region, agency type, category, court level, tags or a saved search. */
export function StatsFilters({ scope, regions, onChange }: Props) {
  const taxonomy = useTaxonomy();
  const tags = useApi('tags.list', {});
  const saved = useApi('savedSearches.list', {});
  const f = scope.filters ?? {};
  const set = (patch: Partial<CaseFilters>) => {
    const next: CaseFilters = { ...f, ...patch };
    for (const key of Object.keys(next) as (keyof CaseFilters)[]) {
      const v = next[key];
      if (v === undefined || v === null || (Array.isArray(v) && v.length === 0)) delete next[key];
    }
    onChange({ ...scope, filters: next });
  };
  const many = { mode: 'multiple' as const, allowClear: true, maxTagCount: 'responsive' as const };

  return (
    <Flex gap={8} wrap className="stats-filters">
      <InputNumber
        placeholder="起始年份"
        aria-label="起始年份"
        min={1949}
        max={2200}
        value={f.yearFrom ?? null}
        style={{ width: 96 }}
        onChange={(v) => set({ yearFrom: v ?? undefined })}
      />
      <InputNumber
        placeholder="截止年份"
        aria-label="截止年份"
        min={1949}
        max={2200}
        value={f.yearTo ?? null}
        style={{ width: 96 }}
        onChange={(v) => set({ yearTo: v ?? undefined })}
      />
      <Select
        {...many}
        placeholder="地区"
        aria-label="地区"
        style={{ width: 120 }}
        value={f.regions ?? []}
        options={regions.map((r) => ({ value: r, label: r }))}
        onChange={(regions: string[]) => set({ regions })}
      />
      <Select
        {...many}
        placeholder="机关类型"
        aria-label="机关类型"
        style={{ width: 140 }}
        value={f.agencyTypes ?? []}
        options={taxonomy.agencyTypes.map((a) => ({ value: a, label: a }))}
        onChange={(agencyTypes: CaseFilters['agencyTypes']) => set({ agencyTypes })}
      />
      <Select
        {...many}
        placeholder="案件类别"
        aria-label="案件类别"
        style={{ width: 140 }}
        value={f.categories ?? []}
        options={taxonomy.categories.map((c) => ({ value: c, label: c }))}
        onChange={(categories: CaseFilters['categories']) => set({ categories })}
      />
      <Select
        {...many}
        placeholder="法院层级"
        aria-label="法院层级"
        style={{ width: 120 }}
        value={f.courtLevels ?? []}
        options={taxonomy.courtLevels.map((c) => ({ value: c, label: `${c}法院` }))}
        onChange={(courtLevels: CaseFilters['courtLevels']) => set({ courtLevels })}
      />
      <Select
        {...many}
        placeholder="我的标签"
        aria-label="我的标签"
        style={{ width: 120 }}
        value={f.tagIds ?? []}
        options={(tags.data ?? []).map((t) => ({ value: t.id, label: t.name }))}
        onChange={(tagIds: number[]) => set({ tagIds })}
      />
      <Select
        allowClear
        placeholder="已保存的检索"
        aria-label="已保存的检索"
        style={{ width: 140 }}
        value={scope.savedSearchId}
        options={(saved.data ?? []).map((s) => ({
          value: s.id,
          label: s.name,
          disabled: !!s.problem,
          title: s.problem,
        }))}
        onChange={(savedSearchId?: number) => onChange({ ...scope, savedSearchId })}
      />
      <Typography.Text>
        <Switch
          size="small"
          aria-label="包含草稿"
          checked={scope.includeDrafts === true}
          onChange={(on) => onChange({ ...scope, includeDrafts: on || undefined })}
        />{' '}
        包含草稿
      </Typography.Text>
      <Button
        onClick={() => onChange({})}
        disabled={!Object.keys(f).length && scope.savedSearchId === undefined && !scope.includeDrafts}
      >
        重置
      </Button>
    </Flex>
  );
}
