import type { ReadableDB, WritableDB } from '../connection';
import { AppError } from '../errors';
import type { CaseContent, CaseRecord, CaseSummary } from '../../shared/case';
import { caseNumberKey } from '../../shared/caseNumber';
import type { CaseFilters, CaseSort } from '../model/filters';
import type {
  CaseStatus,
  Category,
  CourtLevel,
  LossReasonCode,
  Outcome,
  OutcomeBasis,
  TrialStage,
} from '../../shared/taxonomy';
import { caseFilterSql } from './caseFilters';
import { bumpRevision } from './meta';
import { linkProvisions, provisionsOfCase } from './provisions';
import { reindexCase, removeFromIndex, type WriteContext } from './searchIndex';

interface CaseRow {
  id: string;
  case_number: string;
  related_case_numbers: string;
  title: string;
  court: string;
  court_level: CourtLevel | null;
  trial_stage: TrialStage | null;
  judgment_date: string | null;
  region: string;
  defendant: string;
  agency_type: CaseRecord['agencyType'];
  category: Category;
  outcome: Outcome;
  outcome_basis: OutcomeBasis;
  summary: string;
  issues: string;
  ruling: string;
  analysis: string;
  lessons: string;
  full_text: string;
  source: string;
  status: CaseStatus;
  author: string;
  reviewer: string;
  reviewed_at: string | null;
  created_at: string;
  updated_at: string;
  revision: number;
  deleted_at: string | null;
}

const rowToRecord = (db: ReadableDB, row: CaseRow): CaseRecord => ({
  id: row.id,
  caseNumber: row.case_number,
  relatedCaseNumbers: JSON.parse(row.related_case_numbers) as string[],
  title: row.title,
  court: row.court,
  courtLevel: row.court_level,
  trialStage: row.trial_stage,
  judgmentDate: row.judgment_date,
  region: row.region,
  defendant: row.defendant,
  agencyType: row.agency_type,
  category: row.category,
  outcome: row.outcome,
  outcomeBasis: row.outcome_basis,
  lossReasons: db
    .prepare('SELECT code, ground FROM case_loss_reasons WHERE case_id = ? ORDER BY position')
    .all(row.id) as CaseRecord['lossReasons'],
  enforcementSteps: (
    db
      .prepare(
        `SELECT s.code FROM case_enforcement_steps cs JOIN enforcement_steps s ON s.code = cs.code
         WHERE cs.case_id = ? ORDER BY s.position`,
      )
      .all(row.id) as { code: CaseRecord['enforcementSteps'][number] }[]
  ).map((r) => r.code),
  provisions: provisionsOfCase(db, row.id),
  summary: row.summary,
  issues: row.issues,
  ruling: row.ruling,
  analysis: row.analysis,
  lessons: row.lessons,
  fullText: row.full_text,
  source: row.source,
  status: row.status,
  author: row.author,
  reviewer: row.reviewer,
  reviewedAt: row.reviewed_at,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
  revision: row.revision,
  deletedAt: row.deleted_at,
});

export function getCase(db: ReadableDB, id: string): CaseRecord | undefined {
  const row = db.prepare('SELECT * FROM cases WHERE id = ?').get(id) as CaseRow | undefined;
  return row && rowToRecord(db, row);
}

export function requireCase(db: ReadableDB, id: string): CaseRecord {
  const found = getCase(db, id);
  if (!found) throw new AppError('NOT_FOUND', `找不到案例（编号 ${id}）`);
  return found;
}

const contentParams = (content: CaseContent) => ({
  case_number: content.caseNumber,
  case_number_key: caseNumberKey(content.caseNumber),
  related_case_numbers: JSON.stringify(content.relatedCaseNumbers),
  title: content.title,
  court: content.court,
  court_level: content.courtLevel,
  trial_stage: content.trialStage,
  judgment_date: content.judgmentDate,
  region: content.region,
  defendant: content.defendant,
  agency_type: content.agencyType,
  category: content.category,
  outcome: content.outcome,
  outcome_basis: content.outcomeBasis,
  summary: content.summary,
  issues: content.issues,
  ruling: content.ruling,
  analysis: content.analysis,
  lessons: content.lessons,
  full_text: content.fullText,
  source: content.source,
  status: content.status,
  author: content.author,
  reviewer: content.reviewer,
  reviewed_at: content.reviewedAt,
});

function writeLinks(db: WritableDB, id: string, content: CaseContent): void {
  db.prepare('DELETE FROM case_loss_reasons WHERE case_id = ?').run(id);
  const insertReason = db.prepare(
    'INSERT INTO case_loss_reasons (case_id, code, ground, position) VALUES (?, ?, ?, ?)',
  );
  const seen = new Set<string>();
  content.lossReasons.forEach((r, i) => {
    if (seen.has(r.code)) return;
    seen.add(r.code);
    insertReason.run(id, r.code, r.ground, i);
  });
  db.prepare('DELETE FROM case_enforcement_steps WHERE case_id = ?').run(id);
  const insertStep = db.prepare('INSERT OR IGNORE INTO case_enforcement_steps (case_id, code) VALUES (?, ?)');
  for (const code of content.enforcementSteps) insertStep.run(id, code);
  linkProvisions(db, id, content.provisions);
}

export interface WriteOptions {
  now?: string;
  origin?: 'local' | 'package' | 'starter';
}

/**
 * Inserts a new case. Runs inside the caller's transaction if there is one. `content` is already
 * parsed (CaseContent's output type) by whoever received it; core/cases/write.ts checks its rules.
 */
export function insertCase(
  write: WriteContext,
  id: string,
  content: CaseContent,
  options: WriteOptions = {},
): CaseRecord {
  const { db } = write;
  const now = options.now ?? new Date().toISOString();
  db.transaction(() => {
    db.prepare(
      `INSERT INTO cases (id, case_number, case_number_key, related_case_numbers, title, court, court_level,
        trial_stage, judgment_date, region, defendant, agency_type, category, outcome, outcome_basis, summary,
        issues,
        ruling, analysis, lessons, full_text, source, status, author, reviewer, reviewed_at, origin, created_at,
        updated_at, revision)
       VALUES (@id, @case_number, @case_number_key, @related_case_numbers, @title, @court, @court_level,
        @trial_stage, @judgment_date, @region, @defendant, @agency_type, @category, @outcome, @outcome_basis,
        @summary, @issues,
        @ruling, @analysis, @lessons, @full_text, @source, @status, @author, @reviewer, @reviewed_at, @origin,
        @now, @now, 1)`,
    ).run({ ...contentParams(content), id, origin: options.origin ?? 'local', now });
    writeLinks(db, id, content);
    reindexCase(write, id);
    bumpRevision(db);
  })();
  return requireCase(db, id);
}

/**
 * Replaces a case's content, first keeping the previous version in case_revisions.
 * `expectedRevision` guards against overwriting a newer save made elsewhere.
 */
export function updateCase(
  write: WriteContext,
  id: string,
  content: CaseContent,
  options: WriteOptions & { expectedRevision?: number; reason?: string; previous?: CaseRecord } = {},
): CaseRecord {
  const { db } = write;
  const now = options.now ?? new Date().toISOString();
  db.transaction(() => {
    // A caller that has just read the case inside its own transaction passes it, saving a read.
    const previous = options.previous ?? requireCase(db, id);
    if (options.expectedRevision !== undefined && options.expectedRevision !== previous.revision) {
      throw new AppError(
        'CONFLICT',
        `案例“${previous.title}”已被修改（当前版本 ${previous.revision}，您编辑的是版本 ${options.expectedRevision}），请重新打开后再保存。`,
      );
    }
    keepRevision(db, previous, options.reason ?? 'save', now);
    const result = db
      .prepare(
        `UPDATE cases SET case_number = @case_number, case_number_key = @case_number_key,
          related_case_numbers = @related_case_numbers, title = @title, court = @court,
          court_level = @court_level, trial_stage = @trial_stage, judgment_date = @judgment_date,
          region = @region, defendant = @defendant, agency_type = @agency_type, category = @category,
          outcome = @outcome, outcome_basis = @outcome_basis, summary = @summary, issues = @issues,
          ruling = @ruling, analysis = @analysis,
          lessons = @lessons, full_text = @full_text, source = @source, status = @status, author = @author,
          reviewer = @reviewer, reviewed_at = @reviewed_at, updated_at = @now, revision = revision + 1
         WHERE id = @id`,
      )
      .run({ ...contentParams(content), id, now });
    if (result.changes !== 1) throw new AppError('NOT_FOUND', `找不到案例（编号 ${id}）`);
    writeLinks(db, id, content);
    reindexCase(write, id);
    bumpRevision(db);
  })();
  return requireCase(db, id);
}

function keepRevision(db: WritableDB, previous: CaseRecord, reason: string, now: string): void {
  db.prepare(
    'INSERT INTO case_revisions (case_id, revision, snapshot, saved_at, reason) VALUES (?, ?, ?, ?, ?)',
  ).run(previous.id, previous.revision, JSON.stringify(previous), now, reason);
}

export function setDeleted(
  write: WriteContext,
  id: string,
  deleted: boolean,
  now = new Date().toISOString(),
): void {
  const { db } = write;
  db.transaction(() => {
    const result = db
      .prepare(
        deleted
          ? 'UPDATE cases SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL'
          : 'UPDATE cases SET deleted_at = NULL WHERE id = ? AND deleted_at IS NOT NULL',
      )
      .run(...(deleted ? [now, id] : [id]));
    if (result.changes !== 1) {
      throw new AppError(
        'NOT_FOUND',
        deleted ? `案例不存在或已在回收站中（编号 ${id}）` : `回收站中没有该案例（编号 ${id}）`,
      );
    }
    reindexCase(write, id);
    bumpRevision(db);
  })();
}

/** Deletes trashed cases for good; their revisions go with them. Returns how many were removed. */
export function emptyTrash(db: WritableDB): number {
  return db.transaction(() => {
    const ids = (
      db.prepare('SELECT id FROM cases WHERE deleted_at IS NOT NULL').all() as { id: string }[]
    ).map((r) => r.id);
    const remove = db.prepare('DELETE FROM cases WHERE id = ?');
    const removeRevisions = db.prepare('DELETE FROM case_revisions WHERE case_id = ?');
    for (const id of ids) {
      removeFromIndex(db, id);
      removeRevisions.run(id);
      remove.run(id);
    }
    if (ids.length) bumpRevision(db);
    return ids.length;
  })();
}

export interface RevisionInfo {
  revision: number;
  savedAt: string;
  reason: string;
  title: string;
}

export function listRevisions(db: ReadableDB, caseId: string): RevisionInfo[] {
  return (
    db
      .prepare(
        `SELECT revision, saved_at AS savedAt, reason, json_extract(snapshot, '$.title') AS title
         FROM case_revisions WHERE case_id = ? ORDER BY revision DESC`,
      )
      .all(caseId) as RevisionInfo[]
  ).map((r) => ({ ...r }));
}

export function getRevision(db: ReadableDB, caseId: string, revision: number): CaseRecord | undefined {
  const row = db
    .prepare(
      'SELECT snapshot FROM case_revisions WHERE case_id = ? AND revision = ? ORDER BY id DESC LIMIT 1',
    )
    .get(caseId, revision) as { snapshot: string } | undefined;
  return row && (JSON.parse(row.snapshot) as CaseRecord);
}

const SORT_SQL: Record<CaseSort, string> = {
  'date-desc': 'c.judgment_date IS NULL, c.judgment_date DESC, c.title',
  'date-asc': 'c.judgment_date IS NULL, c.judgment_date ASC, c.title',
  title: 'c.title',
  'updated-desc': 'c.updated_at DESC',
  relevance: 'c.judgment_date IS NULL, c.judgment_date DESC, c.title',
};

export interface ListQuery {
  filters?: CaseFilters;
  sort?: CaseSort;
  offset?: number;
  limit?: number;
}

export function listCases(db: ReadableDB, query: ListQuery = {}): { total: number; items: CaseSummary[] } {
  const where = caseFilterSql(query.filters);
  const total = (
    db.prepare(`SELECT count(*) AS n FROM cases c WHERE ${where.sql}`).get(where.params) as { n: number }
  ).n;
  const rows = db
    .prepare(
      `SELECT c.id, c.title, c.case_number AS caseNumber, c.court, c.court_level AS courtLevel,
        c.trial_stage AS trialStage, c.judgment_date AS judgmentDate, c.region, c.defendant, c.category,
        c.outcome, c.status, c.updated_at AS updatedAt,
        (SELECT json_group_array(code) FROM (SELECT code FROM case_loss_reasons WHERE case_id = c.id ORDER BY position))
          AS lossReasons
       FROM cases c WHERE ${where.sql}
       ORDER BY ${SORT_SQL[query.sort ?? 'date-desc']}
       LIMIT @limit OFFSET @offset`,
    )
    .all({ ...where.params, limit: query.limit ?? 50, offset: query.offset ?? 0 }) as (Omit<
    CaseSummary,
    'lossReasons'
  > & { lossReasons: string })[];
  return {
    total,
    items: rows.map((r) => ({ ...r, lossReasons: JSON.parse(r.lossReasons) as LossReasonCode[] })),
  };
}

/** Cases whose normalized 案号 matches, for duplicate detection on import. */
export function findByCaseNumber(db: ReadableDB, caseNumber: string): { id: string; title: string }[] {
  const key = caseNumberKey(caseNumber);
  if (!key) return [];
  return db
    .prepare('SELECT id, title FROM cases WHERE case_number_key = ? AND deleted_at IS NULL')
    .all(key) as { id: string; title: string }[];
}

/** How many cases the library holds: live, live drafts, and in the trash. */
export function caseCounts(db: ReadableDB): { live: number; drafts: number; trashed: number } {
  const counts = db
    .prepare(
      `SELECT sum(deleted_at IS NULL) AS live, sum(deleted_at IS NULL AND status = 'draft') AS drafts,
        sum(deleted_at IS NOT NULL) AS trashed FROM cases`,
    )
    .get() as { live: number | null; drafts: number | null; trashed: number | null };
  return { live: counts.live ?? 0, drafts: counts.drafts ?? 0, trashed: counts.trashed ?? 0 };
}
