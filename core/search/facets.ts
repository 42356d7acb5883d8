import { LOSS_REASONS } from '../../db/model/taxonomy';
import type { FacetBucket, FacetName, Facets } from '../contract/search';
import type { CaseFacts } from './snapshot';

const LOSS_NAMES = new Map<string, string>(LOSS_REASONS.map((r) => [r.code, r.name]));

/** Counts every facet over the whole result set in one pass. */
export function countFacets(cases: Iterable<CaseFacts>, tagNames: ReadonlyMap<number, string>): Facets {
  const counts = new Map<FacetName, Map<string, number>>();
  const add = (facet: FacetName, value: string | number | null | undefined) => {
    if (value === null || value === undefined || value === '') return;
    let m = counts.get(facet);
    if (!m) counts.set(facet, (m = new Map<string, number>()));
    const key = String(value);
    m.set(key, (m.get(key) ?? 0) + 1);
  };
  for (const c of cases) {
    add('categories', c.category);
    add('outcomes', c.outcome);
    add('courtLevels', c.courtLevel);
    add('trialStages', c.trialStage);
    add('years', c.year);
    add('regions', c.region);
    add('agencyTypes', c.agencyType);
    for (const r of c.lossReasons) add('lossReasons', r);
    for (const t of c.tagIds) add('tags', t);
  }
  const buckets = (facet: FacetName, label: (v: string) => string = (v) => v): FacetBucket[] =>
    [...(counts.get(facet) ?? [])]
      .map(([value, count]) => ({ value, label: label(value), count }))
      .sort((a, b) =>
        facet === 'years'
          ? Number(b.value) - Number(a.value)
          : b.count - a.count || a.value.localeCompare(b.value),
      );
  return {
    categories: buckets('categories'),
    lossReasons: buckets('lossReasons', (v) => LOSS_NAMES.get(v) ?? v),
    outcomes: buckets('outcomes'),
    courtLevels: buckets('courtLevels'),
    trialStages: buckets('trialStages'),
    years: buckets('years'),
    regions: buckets('regions'),
    agencyTypes: buckets('agencyTypes'),
    tags: buckets('tags', (v) => tagNames.get(Number(v)) ?? v),
  };
}
