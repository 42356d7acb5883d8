import type { ReadableDB, ReadStatement } from '../connection';
import type { CaseStatus, Category, CourtLevel, Outcome, TrialStage } from '../../shared/taxonomy';

/** What a search hit shows of a case, and the sections its snippet is cut from. */
export interface HitRow {
  id: string;
  title: string;
  caseNumber: string;
  court: string;
  courtLevel: CourtLevel | null;
  trialStage: TrialStage | null;
  judgmentDate: string | null;
  category: Category;
  status: CaseStatus;
  outcome: Outcome;
  defendant: string;
  region: string;
  analysis: string;
  summary: string;
  issues: string;
  ruling: string;
  lessons: string;
}

/** The two statements are prepared once per handle: a page of hits runs them twenty times per keystroke. */
const prepared = new WeakMap<ReadableDB, { row: ReadStatement; fullText: ReadStatement }>();

function statements(db: ReadableDB): { row: ReadStatement; fullText: ReadStatement } {
  let s = prepared.get(db);
  if (!s) {
    s = {
      row: db.prepare(
        `SELECT id, title, case_number AS caseNumber, court, court_level AS courtLevel, trial_stage AS trialStage,
        judgment_date AS judgmentDate, category, outcome, defendant, region, status,
        analysis, summary, issues, ruling, lessons
       FROM cases WHERE seq = @seq`,
      ),
      fullText: db.prepare('SELECT full_text FROM cases WHERE seq = @seq').pluck(),
    };
    prepared.set(db, s);
  }
  return s;
}

export const hitRow = (db: ReadableDB, seq: number): HitRow | undefined =>
  statements(db).row.get({ seq }) as HitRow | undefined;

/** The judgment text, read only when no commentary section holds the query. */
export const fullTextOfSeq = (db: ReadableDB, seq: number): string =>
  (statements(db).fullText.get({ seq }) as string | undefined) ?? '';
