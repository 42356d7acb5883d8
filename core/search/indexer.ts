import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import type { ReadableDB, WritableDB } from '../../db/connection';
import { caseNumberKey } from '../../shared/caseNumber';
import { ENFORCEMENT_STEPS, LOSS_REASONS } from '../../shared/taxonomy';
import { getCase } from '../../db/repos/cases';
import { libraryRevision } from '../../db/repos/meta';
import { seqOfCase } from '../../db/repos/searchSnapshot';
import {
  type CaseIndexer,
  clearIndex,
  type IndexColumns,
  liveCaseIds,
  markIndexBuilt,
  markIndexStale,
  optimizeIndex,
  readIndexState,
  writeIndexRow,
} from '../../db/repos/searchIndex';
import type { JobHandle } from '../service/jobs';
import { normalize } from '../../shared/search/normalize';
import { citedNumbering, statuteKey, tableCitations } from '../../shared/search/statutes';
import { markedTokenString, tokenString } from './tokenize';

/** Bump when normalization or tokenization changes: every library's index is then rebuilt. */
export const INDEX_VERSION = '2';

const LOSS_NAMES = new Map<string, string>(LOSS_REASONS.map((r) => [r.code, r.name]));
const STEP_NAMES = new Map<string, string>(ENFORCEMENT_STEPS.map((s) => [s.code, s.name]));

const tok = (...parts: string[]) => tokenString(normalize(parts.filter(Boolean).join('\n')));

/**
 * A text's tokens followed by one statute key (stat0v1996a42) per citation of a table law in it,
 * the numbering decided by the words before it or the judgment date (see citedNumbering).
 */
function tokWithCitations(judgmentDate: string | null, ...parts: string[]): string {
  const text = normalize(parts.filter(Boolean).join('\n'));
  const keys = tableCitations(text).flatMap((c) => {
    const n = citedNumbering(c.law, c.article, { version: c.version, before: c.before }, judgmentDate);
    const key = n && statuteKey(c.law, n.numbering, c.article);
    return key ? [key] : [];
  });
  const tokens = tokenString(text);
  return keys.length ? `${tokens} ${[...new Set(keys)].join(' ')}` : tokens;
}

/** The statute keys of a case's recorded citations, the numbering from their version, note or date. */
function provisionKeys(
  provisions: readonly { law: string; article: number; version: string; note: string }[],
  judgmentDate: string | null,
): string[] {
  return provisions.flatMap((p) => {
    const law = normalize(p.law);
    const n = citedNumbering(law, p.article, p, judgmentDate);
    const key = n && statuteKey(law, n.numbering, p.article);
    return key ? [key] : [];
  });
}

/** The index row of a live case; undefined when the case is gone or in the trash. */
export function caseIndexColumns(
  db: ReadableDB,
  caseId: string,
): { seq: number; columns: IndexColumns } | undefined {
  const c = getCase(db, caseId);
  if (!c || c.deletedAt) return undefined;
  const seq = seqOfCase(db, caseId);
  if (seq === undefined) return undefined;
  const numbers = [c.caseNumber, ...c.relatedCaseNumbers].filter(Boolean);
  return {
    seq,
    columns: {
      title: tok(c.title),
      // Both the number as written and its comparison key (no 字第), so either form is found.
      num: tok(...numbers, ...numbers.map(caseNumberKey)),
      meta: [
        tok(
          c.defendant,
          c.court,
          c.region,
          c.category,
          c.outcome,
          c.agencyType ?? '',
          ...c.lossReasons.flatMap((r) => [LOSS_NAMES.get(r.code) ?? '', r.ground]),
          ...c.enforcementSteps.map((s) => STEP_NAMES.get(s) ?? ''),
          ...c.provisions.map((p) => `${p.law}第${p.article}条`),
        ),
        ...new Set(provisionKeys(c.provisions, c.judgmentDate)),
        // 法院: and 机关: read these alone (the unmarked tokens above serve every other query).
        markedTokenString('court', normalize(c.court)),
        markedTokenString('agency', normalize([c.defendant, c.agencyType ?? ''].join('\n'))),
      ]
        .filter(Boolean)
        .join(' '),
      comment: tokWithCitations(c.judgmentDate, c.summary, c.issues, c.ruling, c.analysis, c.lessons),
      body: tokWithCitations(c.judgmentDate, c.fullText),
    },
  };
}

/** Passed with every case write (WriteContext), so the case repository keeps the index current in its transactions. */
export const caseIndexer: CaseIndexer = { columns: caseIndexColumns };

export function indexIsCurrent(db: ReadableDB): boolean {
  const state = readIndexState(db);
  return state.version === INDEX_VERSION && !state.stale && state.indexed === state.live;
}

const BATCH = 250;

/**
 * Rebuilds the whole index from the library. Batches run in their own transactions and yield
 * between them, so progress can be polled and the job cancelled; a cancelled or failed rebuild
 * leaves the index marked stale, never half-trusted.
 */
export async function rebuildIndex(db: WritableDB, job?: JobHandle): Promise<{ indexed: number }> {
  const ids = liveCaseIds(db);
  db.transaction(() => {
    clearIndex(db);
    markIndexStale(db);
  })();
  for (let i = 0; i < ids.length; i += BATCH) {
    job?.progress(i, ids.length, `正在建立检索索引：${i}/${ids.length}`);
    indexBatch(db, ids.slice(i, i + BATCH));
    if (job) await yieldToEventLoop();
  }
  finishRebuild(db);
  job?.progress(ids.length, ids.length, '检索索引已建立');
  return { indexed: ids.length };
}

/** The same in one go, for small libraries and benchmarks. */
export function rebuildIndexSync(db: WritableDB): { indexed: number } {
  const ids = liveCaseIds(db);
  db.transaction(() => {
    clearIndex(db);
    indexBatch(db, ids);
  })();
  finishRebuild(db);
  return { indexed: ids.length };
}

function indexBatch(db: WritableDB, ids: readonly string[]): void {
  db.transaction(() => {
    for (const id of ids) {
      const row = caseIndexColumns(db, id);
      if (row) writeIndexRow(db, row.seq, row.columns);
    }
  })();
}

function finishRebuild(db: WritableDB): void {
  optimizeIndex(db);
  db.transaction(() => markIndexBuilt(db, INDEX_VERSION, libraryRevision(db)))();
}
