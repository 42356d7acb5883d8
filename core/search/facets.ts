import { LOSS_REASON_CODES, LOSS_REASONS } from '../../shared/taxonomy';
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
export function countFacets(ords: readonly number[], snapshot: LibrarySnapshot): Facets {
  const offsets = new Int32Array(FACET_COUNT);
  let size = 0;
  snapshot.dictionaries.forEach((d, i) => {
    offsets[i] = size;
    size += d.length;
  });
  const counts = new Int32Array(size);
  const lossCounts = new Int32Array(LOSS_REASON_CODES.length);
  const tags = new Map<string, number>();
  const { codes, lossMask, byOrd } = snapshot;
  // Typed arrays and plain index loops only: this runs over every hit on every keystroke.
  for (let k = 0; k < ords.length; k++) {
    const ord = ords[k] as number;
    const base = ord * FACET_COUNT;
    for (let i = 0; i < FACET_COUNT; i++) {
      const code = codes[base + i] as number;
      if (code >= 0) {
        const at = (offsets[i] as number) + code;
        counts[at] = (counts[at] as number) + 1;
      }
    }
    let mask = lossMask[ord] as number;
    for (let bit = 0; mask !== 0; bit++, mask >>>= 1)
      if (mask & 1) lossCounts[bit] = (lossCounts[bit] as number) + 1;
    const tagIds = (byOrd[ord] as CaseFacts).tagIds;
    if (tagIds.length) for (const t of tagIds) tags.set(String(t), (tags.get(String(t)) ?? 0) + 1);
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
