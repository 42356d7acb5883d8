import type { CaseFilters } from '../../../../db/model/filters';

/**
 * Clicking a number or a bar opens the case list with the filters behind it. The filters travel
 * in the URL (`#/library?filters=<json>`) so that the back button returns to the dashboard and
 * the list can be bookmarked.
 */
export const caseListUrl = (filters: CaseFilters): string =>
  `/library?filters=${encodeURIComponent(JSON.stringify(filters))}`;

/** The current filters narrowed by what was clicked (the clicked value replaces that facet). */
export const drillFilters = (base: CaseFilters, drill: CaseFilters): CaseFilters => ({ ...base, ...drill });

/** Filters from the case list's URL query; undefined when there are none or they are unreadable. */
export function filtersFromSearch(search: string): CaseFilters | undefined {
  const raw = new URLSearchParams(search).get('filters');
  if (!raw) return undefined;
  try {
    const parsed = JSON.parse(raw) as unknown;
    return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? parsed : undefined;
  } catch {
    return undefined;
  }
}

interface Names {
  lossReasons: { code: string; name: string }[];
  enforcementSteps: { code: string; name: string }[];
}

/** The conditions of a drill-down in words, for the case list's banner (the list has no control for most). */
export function describeDrill(f: CaseFilters, names: Names): string {
  const parts: string[] = [];
  const name = (list: { code: string; name: string }[], code: string) =>
    list.find((x) => x.code === code)?.name ?? code;
  if (f.categories?.length) parts.push(`类别：${f.categories.join('、')}`);
  if (f.lossReasons?.length)
    parts.push(`败诉原因：${f.lossReasons.map((c) => name(names.lossReasons, c)).join('、')}`);
  if (f.enforcementSteps?.length)
    parts.push(`执法环节：${f.enforcementSteps.map((c) => name(names.enforcementSteps, c)).join('、')}`);
  if (f.outcomes?.length) parts.push(`结果：${f.outcomes.join('、')}`);
  if (f.agencyTypes?.length) parts.push(`机关类型：${f.agencyTypes.join('、')}`);
  if (f.courtLevels?.length) parts.push(`法院层级：${f.courtLevels.join('、')}`);
  if (f.trialStages?.length) parts.push(`审级：${f.trialStages.join('、')}`);
  if (f.regions?.length) parts.push(`地区：${f.regions.join('、')}`);
  if (f.yearFrom !== undefined || f.yearTo !== undefined)
    parts.push(
      f.yearFrom === f.yearTo ? `年份：${f.yearFrom}` : `年份：${f.yearFrom ?? ''}—${f.yearTo ?? ''}`,
    );
  if (f.tagIds?.length) parts.push('所选标签');
  if (f.ids?.length) parts.push(`指定的 ${f.ids.length} 件案例`);
  return parts.join('；');
}
