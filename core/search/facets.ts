import { LOSS_REASONS } from '../../db/model/taxonomy';
import type { FacetBucket, FacetName, Facets } from '../contract/search';
import { type CaseFacts, type LibrarySnapshot, SINGLE_FACETS } from './snapshot';

const LOSS_NAMES = new Map<string, string>(LOSS_REASONS.map((r) => [r.code, r.name]));

const sortBuckets = (facet: FacetName, buckets: FacetBucket[]) =>
  buckets.sort((a, b) =>
    facet === 'years'
      ? Number(b.value) - Number(a.value)
      : b.count - a.count || a.value.localeCompare(b.value),
  );

/**
 * Counts every facet over the whole result set in one pass: single-valued facets by integer
 * code into typed arrays (tens of thousands of hits per keystroke), loss reasons and tags by map.
 */
export function countFacets(cases: readonly CaseFacts[], snapshot: LibrarySnapshot): Facets {
  const counts = snapshot.dictionaries.map((d) => new Int32Array(d.length));
  const multi = { lossReasons: new Map<string, number>(), tags: new Map<string, number>() };
  for (const c of cases) {
    for (let i = 0; i < counts.length; i++) {
      const code = c.codes[i] as number;
      if (code >= 0) (counts[i] as Int32Array)[code] = ((counts[i] as Int32Array)[code] as number) + 1;
    }
    for (const r of c.lossReasons) multi.lossReasons.set(r, (multi.lossReasons.get(r) ?? 0) + 1);
    for (const t of c.tagIds) multi.tags.set(String(t), (multi.tags.get(String(t)) ?? 0) + 1);
  }
  const facets = {} as Facets;
  SINGLE_FACETS.forEach(([facet], i) => {
    const dictionary = snapshot.dictionaries[i] ?? [];
    const buckets: FacetBucket[] = [];
    (counts[i] as Int32Array).forEach((count, code) => {
      if (count > 0) buckets.push({ value: dictionary[code] ?? '', label: dictionary[code] ?? '', count });
    });
    facets[facet] = sortBuckets(facet, buckets);
  });
  facets.lossReasons = sortBuckets(
    'lossReasons',
    [...multi.lossReasons].map(([value, count]) => ({ value, label: LOSS_NAMES.get(value) ?? value, count })),
  );
  facets.tags = sortBuckets(
    'tags',
    [...multi.tags].map(([value, count]) => ({
      value,
      label: snapshot.tagNames.get(Number(value)) ?? value,
      count,
    })),
  );
  return facets;
}
