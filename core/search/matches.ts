import type { ReadableDB } from '../../db/connection';
import type { SearchOutput } from '../contract/search';
import type { QueryPlan, TierName } from './queryPlan';
import type { CaseFacts, LibrarySnapshot } from './snapshot';

/**
 * The two FTS5 tables and the bm25 weights of their columns: search_fts holds title, case
 * number, metadata, commentary and judgment text; search_head only the first three — what a
 * case is about (agency, loss reasons, statutes) — small enough to rank a common word quickly.
 */
const FULL = { table: 'search_fts', weights: '10.0, 10.0, 4.0, 2.0, 1.0' } as const;
const HEAD = { table: 'search_head', weights: '10.0, 10.0, 4.0' } as const;
type IndexTable = typeof FULL | typeof HEAD;
/** The looser tiers only fill in when the stricter ones found fewer than this; the any-word tier adds at most FILL_MAX. */
const FILL_BELOW = 10;
const FILL_MAX = 20;
/** How many of a group's cases are put in bm25 order at first; more are ranked when a page needs them. */
const FIRST_RANKED = 200;
/** A filter admitting fewer than 1/NARROW of a group's cases has those ranked on their own. */
const NARROW = 4;
/** A tier with more cases than this ranks its head-column matches first (see MatchSet). */
const SPLIT_ABOVE = 200;

/** Every case of a stricter tier ranks above every case of a looser one; head matches above the rest. */
const TIER_BONUS: Record<TierName, number> = {
  exact: 400_000,
  phrase: 300_000,
  all: 200_000,
  terms: 100_000,
  any: 0,
};
const HEAD_BONUS = 50_000;

export interface Ranked {
  ord: number;
  score: number;
}

/** Cases of one tier ranked together by the bm25 of one expression over one table. */
interface RankGroup {
  rankMatch: string;
  index: IndexTable;
  bonus: number;
  count: number;
  /** Cases rankMatch also finds that belong elsewhere: room to leave in its bm25 LIMIT. */
  extra: number;
  /** The best `rankedLimit` of the group, best first; all of it once `complete`. */
  ranked: Ranked[];
  rankedLimit: number;
  complete: boolean;
}

/** The cases one tier adds to the result. */
interface TierMatches {
  name: TierName;
  /** What ranks the tier's cases: the plan's rankMatch if it has one (no overlap), else its match. */
  rankMatch: string;
  /** Cases this tier found that no stricter tier did. */
  count: number;
  /** Cases of stricter tiers rankMatch also finds. */
  overlap: number;
  /** Made when a page first reaches the tier. */
  groups?: RankGroup[];
}

/** Calls `each` with every rowid of a group_concat list, without splitting it into strings. */
function forEachRowid(list: string, each: (rowid: number) => void): void {
  let n = 0;
  for (let i = 0; i < list.length; i++) {
    const c = list.charCodeAt(i);
    if (c === 44 /* , */) {
      each(n);
      n = 0;
    } else n = n * 10 + c - 48;
  }
  if (list.length) each(n);
}

/**
 * What a query finds at one library revision, without filters: which tier found each case,
 * and each tier's ranking as far as it was needed.
 *
 * Facets and totals need every matching case, but only a page of them needs an order. So the
 * match set is read as one group_concat string (better-sqlite3 marshals 10,000 rows one by one
 * slower than FTS5 finds them), and bm25 runs under ORDER BY … LIMIT, which returns only the
 * best rows; the limit grows when a page or a narrow filter needs more.
 *
 * bm25 is the costly part (every phrase's positions in every matching judgment), so a tier of
 * more than SPLIT_ABOVE cases — a common word in a large library — first ranks the cases whose
 * title, case number or metadata (agency, loss reasons, statutes) hold the words, by their bm25
 * in the small search_head table, and the rest after them by full bm25, computed only when a
 * page goes that deep.
 */
export class MatchSet {
  /** For each snapshot ord: index into `tiers` of the tier that found it, or -1. */
  readonly tierOf: Int8Array;
  /** For each ord: the index of its rank group within its tier. */
  private readonly groupOf: Int8Array;
  private readonly tiers: TierMatches[] = [];
  size = 0;
  matchedBy: SearchOutput['matchedBy'] = 'phrase';

  constructor(
    private readonly db: ReadableDB,
    readonly snapshot: LibrarySnapshot,
    plan: QueryPlan,
  ) {
    this.tierOf = new Int8Array(snapshot.size).fill(-1);
    this.groupOf = new Int8Array(snapshot.size);
    for (const tier of plan.tiers) {
      // Phrases first; the looser tiers only fill a thin result (they would add noise to a full one).
      if (tier.name !== 'exact' && tier.name !== 'phrase' && this.size >= FILL_BELOW) break;
      const before = this.size;
      if (tier.name === 'any') this.addAnyTier(tier.match);
      else this.addTier(tier);
      if (before === 0 && this.size > 0)
        this.matchedBy = tier.name === 'exact' ? 'phrase' : tier.name === 'terms' ? 'all' : tier.name;
    }
  }

  private rowids(match: string, { table }: IndexTable = FULL): string {
    return (this.db
      .prepare(`SELECT group_concat(rowid) FROM ${table} WHERE ${table} MATCH @match`)
      .pluck()
      .get({ match }) ?? '') as string;
  }

  private addTier({ name, match, rankMatch }: QueryPlan['tiers'][number]): void {
    const index = this.tiers.length;
    const { tierOf } = this;
    const { ordOfSeq } = this.snapshot;
    let count = 0;
    let overlap = 0;
    forEachRowid(this.rowids(match), (seq) => {
      const ord = ordOfSeq[seq] ?? -1;
      if (ord < 0) return;
      if (tierOf[ord] === -1) {
        tierOf[ord] = index;
        count++;
      } else overlap++;
    });
    if (!count) return;
    this.size += count;
    // With no exact tier before it, the phrase tier's own match finds just its cases: no NOT to rank by.
    const ownRank = rankMatch && (name !== 'phrase' || this.tiers.length > 0) ? rankMatch : undefined;
    this.tiers.push({ name, rankMatch: ownRank ?? match, count, overlap: ownRank ? 0 : overlap });
  }

  /** OR over single tokens matches nearly everything: only its best few fill in, nothing more is counted. */
  private addAnyTier(match: string): void {
    const index = this.tiers.length;
    const group: RankGroup = {
      rankMatch: match,
      index: FULL,
      bonus: TIER_BONUS.any,
      count: 0,
      extra: 0,
      ranked: [],
      rankedLimit: FILL_MAX,
      complete: true,
    };
    for (const r of this.bm25(group, this.size + FILL_MAX)) {
      if (this.tierOf[r.ord] !== -1) continue;
      this.tierOf[r.ord] = index;
      group.ranked.push(r);
      if (++group.count >= FILL_MAX) break;
    }
    if (!group.count) return;
    this.size += group.count;
    this.tiers.push({ name: 'any', rankMatch: match, count: group.count, overlap: 0, groups: [group] });
  }

  /** The tier's rank groups: its head-column matches and the rest when it is large, else one. */
  private groups(index: number): RankGroup[] {
    const tier = this.tiers[index] as TierMatches;
    if (tier.groups) return tier.groups;
    const bonus = TIER_BONUS[tier.name];
    const group = (rankMatch: string, count: number, extra: number, head: boolean): RankGroup => ({
      rankMatch,
      index: head ? HEAD : FULL,
      bonus: bonus + (head ? HEAD_BONUS : 0),
      count,
      extra,
      ranked: [],
      rankedLimit: 0,
      complete: false,
    });
    if (tier.count <= SPLIT_ABOVE)
      return (tier.groups = [group(tier.rankMatch, tier.count, tier.overlap, false)]);
    const { tierOf, groupOf } = this;
    const { ordOfSeq } = this.snapshot;
    const headOrds: number[] = [];
    let elsewhere = 0;
    forEachRowid(this.rowids(tier.rankMatch, HEAD), (seq) => {
      const ord = ordOfSeq[seq] ?? -1;
      if (ord >= 0 && tierOf[ord] === index) headOrds.push(ord);
      else elsewhere++;
    });
    const head = headOrds.length;
    if (head) {
      for (let ord = 0; ord < tierOf.length; ord++) if (tierOf[ord] === index) groupOf[ord] = 1;
      for (const ord of headOrds) groupOf[ord] = 0;
    }
    const rest = group(tier.rankMatch, tier.count - head, tier.overlap + head, false);
    tier.groups = head ? [group(tier.rankMatch, head, elsewhere, true), rest] : [rest];
    return tier.groups;
  }

  /**
   * The best `limit` cases by bm25, of those `match` finds (and `within` holds, if given). The +
   * of +rowid keeps that list from FTS5, which would re-run the whole MATCH once per listed rowid.
   */
  private bm25(
    { rankMatch: match, index: { table, weights }, bonus }: RankGroup,
    limit: number,
    within?: readonly number[],
  ): Ranked[] {
    const rows = this.db
      .prepare(
        `SELECT rowid, bm25(${table}, ${weights}) AS rank FROM ${table} WHERE ${table} MATCH @match
         ${within ? 'AND +rowid IN (SELECT value FROM json_each(@within))' : ''}
         ORDER BY rank, rowid LIMIT @limit`,
      )
      .raw()
      .all({ match, limit, ...(within ? { within: JSON.stringify(within) } : {}) }) as [number, number][];
    const ranked: Ranked[] = [];
    for (const [seq, rank] of rows) {
      const ord = this.snapshot.ordOfSeq[seq] ?? -1;
      if (ord >= 0) ranked.push({ ord, score: bonus - rank });
    }
    return ranked;
  }

  private inGroup(ord: number, tier: number, group: number): boolean {
    return this.tierOf[ord] === tier && this.groupOf[ord] === group;
  }

  /** Puts at least `atLeast` more of the group's cases in bm25 order (all of them if fewer). */
  private rankMore(tier: number, index: number, atLeast: number): void {
    const group = this.groups(tier)[index] as RankGroup;
    const limit = Math.max(FIRST_RANKED, group.rankedLimit * 4, group.ranked.length + atLeast);
    const rows = this.bm25(group, limit + group.extra);
    group.ranked = rows.filter((r) => this.inGroup(r.ord, tier, index));
    group.rankedLimit = limit;
    // Fewer rows than asked for: the expression has nothing more to give.
    group.complete = group.ranked.length >= group.count || rows.length < limit + group.extra;
  }

  /** The cases at [offset, offset + limit) in relevance order, among those `allowed` admits. */
  relevancePage(allowed: Uint8Array | undefined, offset: number, limit: number): Ranked[] {
    const page: Ranked[] = [];
    let skip = offset;
    const take = (ranked: readonly Ranked[]) => {
      for (const r of ranked) {
        if (skip > 0) skip--;
        else if (page.length < limit) page.push(r);
        else break;
      }
    };
    for (let tier = 0; tier < this.tiers.length && page.length < limit; tier++) {
      const groups = this.groups(tier);
      for (let index = 0; index < groups.length && page.length < limit; index++) {
        const group = groups[index] as RankGroup;
        const wanted = skip + limit - page.length;
        if (allowed && !group.complete) {
          const admitted = this.admittedSeqs(tier, index, allowed);
          // A narrow filter: rank just the cases it admits rather than ever more of the whole group.
          if (admitted.length * NARROW < group.count) {
            if (admitted.length <= skip) skip -= admitted.length;
            else take(this.bm25(group, wanted, admitted));
            continue;
          }
        }
        for (;;) {
          const admitted = allowed ? group.ranked.filter((r) => allowed[r.ord] === 1) : group.ranked;
          if (admitted.length >= wanted || group.complete) {
            take(admitted);
            break;
          }
          this.rankMore(tier, index, wanted - admitted.length);
        }
      }
    }
    return page;
  }

  private admittedSeqs(tier: number, group: number, allowed: Uint8Array): number[] {
    const seqs: number[] = [];
    const { byOrd } = this.snapshot;
    for (let ord = 0; ord < this.tierOf.length; ord++)
      if (allowed[ord] === 1 && this.inGroup(ord, tier, group)) seqs.push((byOrd[ord] as CaseFacts).seq);
    return seqs;
  }

  /** The matched cases at [offset, offset + limit) by judgment date. */
  datePage(allowed: Uint8Array | undefined, newestFirst: boolean, offset: number, limit: number): Ranked[] {
    return walkDates(this.snapshot, newestFirst, offset, limit, (ord) => {
      const tier = this.tierOf[ord] as number;
      return tier >= 0 && (!allowed || allowed[ord] === 1)
        ? TIER_BONUS[(this.tiers[tier] as TierMatches).name]
        : undefined;
    });
  }

  /** Ords of every matched case the filters admit, for the total and the facets. */
  admitted(allowed: Uint8Array | undefined): number[] {
    const ords: number[] = [];
    const { tierOf } = this;
    for (let ord = 0; ord < tierOf.length; ord++)
      if ((tierOf[ord] as number) >= 0 && (!allowed || allowed[ord] === 1)) ords.push(ord);
    return ords;
  }
}

/** A page of the snapshot in date order, of the cases `score` gives a score (undefined = leave out). */
export function walkDates(
  snapshot: LibrarySnapshot,
  newestFirst: boolean,
  offset: number,
  limit: number,
  score: (ord: number) => number | undefined,
): Ranked[] {
  const order = snapshot.dateOrder();
  const page: Ranked[] = [];
  let skip = offset;
  for (let i = 0; i < order.length && page.length < limit; i++) {
    const ord = order[newestFirst ? i : order.length - 1 - i] as number;
    const s = score(ord);
    if (s === undefined) continue;
    if (skip > 0) skip--;
    else page.push({ ord, score: s });
  }
  return page;
}
