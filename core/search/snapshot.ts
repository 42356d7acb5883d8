import type { ReadableDB } from '../../db/connection';
import type { CaseFilters } from '../../db/model/filters';
import { facetRows, filteredSeqs, lossReasonLinks, tagLinks, tagNames } from '../../db/repos/searchSnapshot';
import { libraryRevision } from '../../db/repos/meta';
import { LOSS_REASON_CODES } from '../../shared/taxonomy';

/** What search needs to know of every live case to filter, sort and count facets without SQL per hit. */
export interface CaseFacts {
  seq: number;
  /** Position in the snapshot's flat facet arrays. */
  ord: number;
  judgmentDate: string | null;
  lossReasons: string[];
  tagIds: number[];
}

/** Facets with one value per case, in the order of LibrarySnapshot.codes. */
export const SINGLE_FACETS = [
  ['categories', 'category'],
  ['outcomes', 'outcome'],
  ['courtLevels', 'courtLevel'],
  ['trialStages', 'trialStage'],
  ['years', 'year'],
  ['regions', 'region'],
  ['agencyTypes', 'agencyType'],
] as const;
export const FACET_COUNT = SINGLE_FACETS.length;

/**
 * Facts of the live library at one revision. Loaded from the covering index
 * cases_search_facets (no case text is read), dropped when the library revision moves.
 * Facet values are small integers in flat typed arrays, so counting facets over tens of
 * thousands of hits on every keystroke is a tight loop.
 */
export class LibrarySnapshot {
  /** Every live case's facts by ord, the index every typed array below shares. */
  readonly byOrd: CaseFacts[] = [];
  /** ordOfSeq[seq] = the case's ord, -1 for none: FTS5 answers with seqs (its rowids), thousands per query. */
  readonly ordOfSeq: Int32Array;
  readonly tagNames = new Map<number, string>();
  /** For each single-valued facet, its distinct values; `codes` index into these. */
  readonly dictionaries: string[][] = SINGLE_FACETS.map(() => []);
  /** codes[ord * FACET_COUNT + i] = the case's value of facet i as an index into dictionaries[i]; -1 for none. */
  readonly codes: Int32Array;
  /** Loss reasons of each case as bits (LOSS_REASON_CODES order). */
  readonly lossMask: Int32Array;
  private readonly filtered = new Map<string, Uint8Array>();
  private newestFirst: Int32Array | undefined;

  constructor(
    private readonly db: ReadableDB,
    readonly revision: number,
  ) {
    const rows = facetRows(db);
    this.codes = new Int32Array(rows.length * FACET_COUNT);
    this.lossMask = new Int32Array(rows.length);
    const byId = new Map<string, CaseFacts>();
    const lookups = SINGLE_FACETS.map(() => new Map<string, number>());
    rows.forEach((r, ord) => {
      for (let i = 0; i < FACET_COUNT; i++) {
        const value = r[SINGLE_FACETS[i]?.[1] ?? 'category'];
        if (value === null || value === undefined || value === '') {
          this.codes[ord * FACET_COUNT + i] = -1;
          continue;
        }
        const text = String(value);
        const lookup = lookups[i] as Map<string, number>;
        let code = lookup.get(text);
        if (code === undefined) {
          code = lookup.size;
          lookup.set(text, code);
          this.dictionaries[i]?.push(text);
        }
        this.codes[ord * FACET_COUNT + i] = code;
      }
      const f: CaseFacts = { seq: r.seq, ord, judgmentDate: r.judgmentDate, lossReasons: [], tagIds: [] };
      this.byOrd.push(f);
      byId.set(r.id, f);
    });
    this.ordOfSeq = new Int32Array(rows.reduce((max, r) => Math.max(max, r.seq), 0) + 1).fill(-1);
    for (const f of this.byOrd) this.ordOfSeq[f.seq] = f.ord;
    const bit = new Map<string, number>(LOSS_REASON_CODES.map((code, i) => [code, 1 << i]));
    for (const r of lossReasonLinks(db)) {
      const f = byId.get(r.id);
      if (!f) continue;
      f.lossReasons.push(r.code);
      this.lossMask[f.ord] = (this.lossMask[f.ord] ?? 0) | (bit.get(r.code) ?? 0);
    }
    for (const r of tagLinks(db)) {
      byId.get(r.id)?.tagIds.push(r.tagId);
    }
    for (const t of tagNames(db)) {
      this.tagNames.set(t.id, t.name);
    }
  }

  get size(): number {
    return this.byOrd.length;
  }

  /**
   * Which cases the filters admit, as a flag per ord (1 = admitted); undefined when no filter is
   * set. Through caseFilterSql, the one definition of a filter.
   */
  allowed(filters: CaseFilters | undefined): Uint8Array | undefined {
    const active = Object.entries(filters ?? {}).filter(
      ([, v]) => v !== undefined && v !== false && !(Array.isArray(v) && v.length === 0),
    );
    if (!active.length) return undefined;
    const key = JSON.stringify(active);
    let flags = this.filtered.get(key);
    if (!flags) {
      flags = new Uint8Array(this.size);
      for (const seq of filteredSeqs(this.db, filters)) {
        const ord = this.ordOfSeq[seq] ?? -1;
        if (ord >= 0) flags[ord] = 1;
      }
      if (this.filtered.size > 50) this.filtered.clear();
      this.filtered.set(key, flags);
    }
    return flags;
  }

  /**
   * Ords by judgment date, newest first (undated last), computed once per snapshot: date sorts
   * and browsing walk it instead of sorting the result set on every keystroke.
   */
  dateOrder(): Int32Array {
    if (!this.newestFirst) {
      const facts = this.byOrd;
      // ISO dates compare as plain strings (localeCompare would go through ICU per call).
      const ords = Array.from(facts, (_, i) => i).sort((a, b) => {
        const x = facts[a]?.judgmentDate ?? '';
        const y = facts[b]?.judgmentDate ?? '';
        return x === y ? a - b : x < y ? 1 : -1;
      });
      this.newestFirst = Int32Array.from(ords);
    }
    return this.newestFirst;
  }
}

/** Keeps one snapshot per database handle, renewed when the library revision changes. */
export class SnapshotCache {
  private current: LibrarySnapshot | undefined;
  constructor(private readonly db: ReadableDB) {}

  get(): LibrarySnapshot {
    const revision = libraryRevision(this.db);
    if (this.current?.revision !== revision) this.current = new LibrarySnapshot(this.db, revision);
    return this.current;
  }
}
