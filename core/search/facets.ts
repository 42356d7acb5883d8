import { LOSS_REASON_CODES, LOSS_REASONS } from '../../db/model/taxonomy';
import type { FacetBucket, FacetName, Facets } from '../contract/search';
import { type CaseFacts, FACET_COUNT, type LibrarySnapshot, SINGLE_FACETS } from './snapshot';

const LOSS_NAMES = new Map<string, string>(LOSS_REASONS.map((r) => [r.code, r.name]));

const sortBuckets = (facet: FacetName, buckets: FacetBucket[]) =>
  buckets.sort((a, b) =>
    facet === 'years'
      ? Number(b.value) - Number(a.value)
      : b.count - a.count || a.value.localeCompare(b.value),
  );

/**
 * Counts every facet over the whole result set in one pass over the snapshot's flat integer
 * arrays (tens of thousands of hits per keystroke); tags, rarely many, by map.
 */
export function countFacets(cases: readonly CaseFacts[], snapshot: LibrarySnapshot): Facets {
  const offsets: number[] = [];
  let size = 0;
  for (const d of snapshot.dictionaries) {
    offsets.push(size);
    size += d.length;
  }
  const counts = new Int32Array(size);
  const lossCounts = new Int32Array(LOSS_REASON_CODES.length);
  const tags = new Map<string, number>();
  const { codes, lossMask } = snapshot;
  for (const c of cases) {
    const base = c.ord * FACET_COUNT;
    for (let i = 0; i < FACET_COUNT; i++) {
      const code = codes[base + i] as number;
      if (code >= 0)
        counts[(offsets[i] as number) + code] = (counts[(offsets[i] as number) + code] as number) + 1;
    }
    let mask = lossMask[c.ord] as number;
    for (let bit = 0; mask !== 0; bit++, mask >>>= 1)
      if (mask & 1) lossCounts[bit] = (lossCounts[bit] as number) + 1;
    for (const t of c.tagIds) tags.set(String(t), (tags.get(String(t)) ?? 0) + 1);
  }
  const facets = {} as Facets;
  SINGLE_FACETS.forEach(([facet], i) => {
    const dictionary = snapshot.dictionaries[i] ?? [];
    const buckets: FacetBucket[] = [];
    dictionary.forEach((value, code) => {
      const count = counts[(offsets[i] as number) + code] as number;
      if (count > 0) buckets.push({ value, label: value, count });
    });
    facets[facet] = sortBuckets(facet, buckets);
  });
  const loss: FacetBucket[] = [];
  lossCounts.forEach((count, bit) => {
    const value = LOSS_REASON_CODES[bit] as string;
    if (count > 0) loss.push({ value, label: LOSS_NAMES.get(value) ?? value, count });
  });
  facets.lossReasons = sortBuckets('lossReasons', loss);
  facets.tags = sortBuckets(
    'tags',
    [...tags].map(([value, count]) => ({
      value,
      label: snapshot.tagNames.get(Number(value)) ?? value,
      count,
    })),
  );
  return facets;
}
