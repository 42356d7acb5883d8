import type { ReadableDB } from '../connection';
import type { Category, CourtLevel, Outcome, TrialStage } from '../model/taxonomy';

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
  outcome: Outcome;
  defendant: string;
  region: string;
  analysis: string;
  summary: string;
  issues: string;
  ruling: string;
  lessons: string;
}

export function hitRow(db: ReadableDB, seq: number): HitRow | undefined {
  return db
    .prepare(
      `SELECT id, title, case_number AS caseNumber, court, court_level AS courtLevel, trial_stage AS trialStage,
        judgment_date AS judgmentDate, category, outcome, defendant, region,
        analysis, summary, issues, ruling, lessons
       FROM cases WHERE seq = @seq`,
    )
    .get({ seq }) as HitRow | undefined;
}

/** The judgment text, read only when no commentary section holds the query. */
export const fullTextOfSeq = (db: ReadableDB, seq: number): string =>
  (db.prepare('SELECT full_text FROM cases WHERE seq = @seq').pluck().get({ seq }) as string | undefined) ??
  '';
