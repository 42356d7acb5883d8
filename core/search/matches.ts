import type { ReadableDB } from '../../db/connection';
import { matchingRowidList, rankedSeqs, type SearchTable } from '../../db/repos/searchFts';
import type { SearchOutput } from '../contract/search';
import { EXACT_TIERS, type QueryPlan, type TierName } from './queryPlan';
import type { CaseFacts, LibrarySnapshot } from './snapshot';

/** The full index, and the head one (title, case number, metadata) that ranks a common word quickly. */
const FULL: SearchTable = 'search_fts';
const HEAD: SearchTable = 'search_head';
type IndexTable = SearchTable;

/** The partial tiers are only read when the exact ones found fewer than this; at most PARTIAL_MAX of them are shown. */
const FILL_BELOW = 10;
export const PARTIAL_MAX = 10;
/** A tier with more cases than this ranks its head-column matches first (see MatchSet). */
const SPLIT_ABOVE = 200;
/** At most this many cases of a group are scored by bm25: the newest; older ones follow by date. */
const SCORED_MAX = 2000;
/** How many of a group's cases are put in bm25 order at first; more when a page goes deeper. */
const FIRST_RANKED = 200;

/** Every case of a stricter tier ranks above every case of a looser one; head matches above the rest. */
const TIER_BONUS: Record<TierName, number> = {
  exact: 500_000,
  phrase: 400_000,
  all: 300_000,
  terms: 200_000,
  law: 100_000,
  any: 0,
};
const HEAD_BONUS = 50_000;
/** Cases past the scored ones, in date order, rank below every scored case of their group. */
const UNSCORED = -10_000;

export interface Ranked {
  ord: number;
  score: number;
}

/** Cases of one tier put in order together, by the bm25 of one expression in one table. */
interface RankGroup {
  rankMatch: string;
  index: IndexTable;
  bonus: number;
  /** Ords of the group's cases, ascending. */
  members: number[];
  /** Cases rankMatch also finds that belong elsewhere: room to leave in its bm25 LIMIT. */
  extra: number;
  /** The group's order as far as it was needed: unfiltered, and per filter. */
  order?: Ordering;
  filtered: WeakMap<Uint8Array, Ordering>;
}

/**
 * One group's order under one filter, made as far as pages need it: the scored cases (all, or the
 * newest SCORED_MAX) by bm25 under ORDER BY … LIMIT, the limit growing as pages go deeper, then
 * the older cases by date. The scored set is fixed, so a longer prefix continues a shorter one.
 */
interface Ordering {
  scored: number;
  /** The scored cases' seqs when bm25 must be kept to them (a filter, the cap, or many other cases in its way). */
  within: number[] | undefined;
  inScored: Uint8Array;
  ranked: Ranked[];
  limit: number;
  complete: boolean;
  /** Ords of the unscored cases, newest first. */
  older: number[];
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
 * What a query finds at one library revision, without filters: which tier found each case, and
 * each tier's order as far as pages asked for it.
 *
 * Facets and totals need every matching case, but only a page of them needs an order. The
 * match set is read as one group_concat string (better-sqlite3 marshals 10,000 rows one by one
 * slower than FTS5 finds them). Ordering is the costly part: bm25 scores row by row and counts
 * each phrase over the whole index first. So:
 * - a tier of more than SPLIT_ABOVE cases — a common word in a large library — ranks first the
 *   cases whose title, case number or metadata (agency, loss reasons, statutes) hold the words,
 *   by their bm25 in the small search_head table, then the rest by full bm25;
 * - bm25 scores at most SCORED_MAX cases of a group, the newest (by judgment date); older ones
 *   follow, newest first. A filter narrows the group before that choice.
 * Each group's scored set is fixed once chosen, so every page continues the same order.
 */
export class MatchSet {
  /** For each snapshot ord: index into `tiers` of the tier that found it, or -1. */
  readonly tierOf: Int8Array;
  private readonly tiers: TierMatches[] = [];
  /** Tiers [0, exactTiers) hold the answer; the rest only the partial list. */
  private exactTiers = 0;
  size = 0;
  /** Cases satisfying the whole query (the exact tiers), before filters. */
  exactSize = 0;
  matchedBy: SearchOutput['matchedBy'] = 'phrase';
  private readonly headSafe: boolean;

  constructor(
    private readonly db: ReadableDB,
    readonly snapshot: LibrarySnapshot,
    plan: QueryPlan,
  ) {
    this.tierOf = new Int8Array(snapshot.size).fill(-1);
    this.headSafe = plan.headSafe;
    let answerDone = false;
    for (const tier of plan.tiers) {
      const exact = EXACT_TIERS.has(tier.name);
      if (!exact && !answerDone) {
        answerDone = true;
        this.exactTiers = this.tiers.length;
        this.exactSize = this.size;
      }
      // The partial tiers are only read for a thin answer (they would add noise to a full one).
      if (!exact && this.size >= FILL_BELOW) break;
      const before = this.size;
      if (tier.name === 'any') this.addAnyTier(tier.match);
      else this.addTier(tier);
      if (before === 0 && this.size > 0) this.matchedBy = tier.name === 'exact' ? 'phrase' : tier.name;
    }
    if (!answerDone) {
      this.exactTiers = this.tiers.length;
      this.exactSize = this.size;
    }
  }

  /** Whether the case at ord is in the answer (not merely in the partial list). */
  private isExact(ord: number): boolean {
    const tier = this.tierOf[ord] as number;
    return tier >= 0 && tier < this.exactTiers;
  }

  private rowids(match: string, table: IndexTable = FULL): string {
    return matchingRowidList(this.db, table, match);
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
    const group = newGroup(match, FULL, TIER_BONUS.any, [], 0);
    const ranked: Ranked[] = [];
    for (const r of this.bm25(group, this.size + PARTIAL_MAX)) {
      if (this.tierOf[r.ord] !== -1) continue;
      this.tierOf[r.ord] = index;
      ranked.push(r);
      if (ranked.length >= PARTIAL_MAX) break;
    }
    group.members = ranked.map((r) => r.ord).sort((a, b) => a - b);
    group.order = {
      scored: ranked.length,
      within: undefined,
      inScored: new Uint8Array(0),
      ranked,
      limit: PARTIAL_MAX,
      complete: true,
      older: [],
    };
    const count = ranked.length;
    if (!count) return;
    this.size += count;
    this.tiers.push({ name: 'any', rankMatch: match, count, overlap: 0, groups: [group] });
  }

  /** The tier's rank groups: its head-column matches and the rest when it is large, else one. */
  private groups(index: number): RankGroup[] {
    const tier = this.tiers[index] as TierMatches;
    if (tier.groups) return tier.groups;
    const { tierOf } = this;
    const bonus = TIER_BONUS[tier.name];
    if (tier.count <= SPLIT_ABOVE || !this.headSafe) {
      const members: number[] = [];
      for (let ord = 0; ord < tierOf.length; ord++) if (tierOf[ord] === index) members.push(ord);
      return (tier.groups = [newGroup(tier.rankMatch, FULL, bonus, members, tier.overlap)]);
    }
    const inHead = new Uint8Array(tierOf.length);
    let elsewhere = 0;
    const { ordOfSeq } = this.snapshot;
    forEachRowid(this.rowids(tier.rankMatch, HEAD), (seq) => {
      const ord = ordOfSeq[seq] ?? -1;
      if (ord >= 0 && tierOf[ord] === index) inHead[ord] = 1;
      else elsewhere++;
    });
    const head: number[] = [];
    const rest: number[] = [];
    for (let ord = 0; ord < tierOf.length; ord++)
      if (tierOf[ord] === index) (inHead[ord] === 1 ? head : rest).push(ord);
    tier.groups = [
      ...(head.length ? [newGroup(tier.rankMatch, HEAD, bonus + HEAD_BONUS, head, elsewhere)] : []),
      newGroup(tier.rankMatch, FULL, bonus, rest, tier.overlap + head.length),
    ];
    return tier.groups;
  }

  /**
   * The best `limit` cases by bm25, of those the group's expression finds (and `within` holds,
   * if given). The + of +rowid keeps that list from FTS5, which would re-run the whole MATCH once
   * per listed rowid.
   */
  private bm25(group: RankGroup, limit: number, within?: readonly number[]): Ranked[] {
    const rows = rankedSeqs(this.db, group.index, group.rankMatch, limit, within);
    const ranked: Ranked[] = [];
    for (const [seq, rank] of rows) {
      const ord = this.snapshot.ordOfSeq[seq] ?? -1;
      if (ord >= 0) ranked.push({ ord, score: group.bonus - rank });
    }
    return ranked;
  }

  /** The group's order under the filter, begun (nothing ranked yet) if it was not. */
  private ordering(group: RankGroup, allowed: Uint8Array | undefined): Ordering {
    const cached = allowed ? group.filtered.get(allowed) : group.order;
    if (cached) return cached;
    const members = allowed ? group.members.filter((ord) => allowed[ord] === 1) : group.members;
    const inScored = new Uint8Array(this.tierOf.length);
    const older: number[] = [];
    let scored = members;
    if (members.length > SCORED_MAX) {
      const isMember = new Uint8Array(this.tierOf.length);
      for (const ord of members) isMember[ord] = 1;
      scored = [];
      for (const ord of this.snapshot.dateOrder()) {
        if (isMember[ord] !== 1) continue;
        if (scored.length < SCORED_MAX) scored.push(ord);
        else older.push(ord);
      }
    }
    for (const ord of scored) inScored[ord] = 1;
    const { byOrd } = this.snapshot;
    const ordering: Ordering = {
      scored: scored.length,
      // Unfiltered, uncapped and with few other cases in its expression's way, the group is what
      // its expression finds: no rowid list needed.
      within:
        allowed || older.length || group.extra > FIRST_RANKED
          ? scored.map((ord) => (byOrd[ord] as CaseFacts).seq)
          : undefined,
      inScored,
      ranked: scored.length === 1 ? scored.map((ord) => ({ ord, score: group.bonus })) : [],
      limit: 0,
      complete: scored.length <= 1,
      older,
    };
    if (allowed) group.filtered.set(allowed, ordering);
    else group.order = ordering;
    return ordering;
  }

  /** The first `need` cases of the group's order under the filter (all of them if fewer). */
  private prefix(group: RankGroup, allowed: Uint8Array | undefined, need: number): Ranked[] {
    const o = this.ordering(group, allowed);
    while (!o.complete && o.ranked.length < need) {
      o.limit = Math.max(FIRST_RANKED, o.limit * 4, need);
      const asked = o.within ? o.limit : o.limit + group.extra;
      const rows = this.bm25(group, asked, o.within);
      o.ranked = rows.filter((r) => o.inScored[r.ord] === 1);
      if (rows.length < asked || o.ranked.length >= o.scored) {
        // Whatever bm25 did not return (it should return every scored case) still belongs here.
        const seen = new Uint8Array(this.tierOf.length);
        for (const r of o.ranked) seen[r.ord] = 1;
        for (let ord = 0; ord < o.inScored.length; ord++)
          if (o.inScored[ord] === 1 && seen[ord] === 0) o.ranked.push({ ord, score: group.bonus });
        o.complete = true;
      }
    }
    if (!o.complete || !o.older.length || need <= o.ranked.length) return o.ranked;
    const score = group.bonus + UNSCORED;
    return [...o.ranked, ...o.older.slice(0, need - o.ranked.length).map((ord) => ({ ord, score }))];
  }

  /** The answer's cases at [offset, offset + limit) in relevance order, among those `allowed` admits. */
  relevancePage(allowed: Uint8Array | undefined, offset: number, limit: number): Ranked[] {
    return this.rankedPage(0, this.exactTiers, allowed, offset, limit);
  }

  /** The best PARTIAL_MAX cases holding only part of the query, among those `allowed` admits. */
  partialPage(allowed: Uint8Array | undefined): Ranked[] {
    return this.rankedPage(this.exactTiers, this.tiers.length, allowed, 0, PARTIAL_MAX);
  }

  private rankedPage(
    from: number,
    to: number,
    allowed: Uint8Array | undefined,
    offset: number,
    limit: number,
  ): Ranked[] {
    const page: Ranked[] = [];
    let skip = offset;
    for (let tier = from; tier < to && page.length < limit; tier++) {
      for (const group of this.groups(tier)) {
        if (page.length >= limit) break;
        const size = allowed ? countAdmitted(group.members, allowed) : group.members.length;
        // A group wholly before the page needs no order.
        if (skip >= size) {
          skip -= size;
          continue;
        }
        const order = this.prefix(group, allowed, skip + limit - page.length);
        page.push(...order.slice(skip, skip + limit - page.length));
        skip = 0;
      }
    }
    return page;
  }

  /** The matched cases at [offset, offset + limit) by judgment date. */
  datePage(allowed: Uint8Array | undefined, newestFirst: boolean, offset: number, limit: number): Ranked[] {
    return walkDates(this.snapshot, newestFirst, offset, limit, (ord) =>
      this.isExact(ord) && (!allowed || allowed[ord] === 1)
        ? TIER_BONUS[(this.tiers[this.tierOf[ord] as number] as TierMatches).name]
        : undefined,
    );
  }

  /** Ords of every case of the answer the filters admit, for the total and the facets. */
  admitted(allowed: Uint8Array | undefined): number[] {
    const ords: number[] = [];
    for (let ord = 0; ord < this.tierOf.length; ord++)
      if (this.isExact(ord) && (!allowed || allowed[ord] === 1)) ords.push(ord);
    return ords;
  }
}

function newGroup(
  rankMatch: string,
  index: IndexTable,
  bonus: number,
  members: number[],
  extra: number,
): RankGroup {
  return { rankMatch, index, bonus, members, extra, filtered: new WeakMap<Uint8Array, Ordering>() };
}

function countAdmitted(ords: readonly number[], allowed: Uint8Array): number {
  let n = 0;
  for (const ord of ords) if (allowed[ord] === 1) n++;
  return n;
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
