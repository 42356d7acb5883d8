import type { ReadableDB } from '../connection';
import type { Category } from '../../shared/taxonomy';

/** A case that shares something with the one being read, with what it shares. */
export interface RelatedCandidate {
  id: string;
  title: string;
  category: string;
  sameCategory: number;
  /** Loss reason codes both cases were lost on, comma separated. */
  sharedReasons: string | null;
  sharedReasonCount: number;
  sharedProvisionCount: number;
  /** Title, summary and issues: the text similarity is computed over these. */
  text: string;
}

/**
 * Every other live case, ranked by what it shares with `caseId` (same category, same loss
 * reasons, same cited provisions), best first, at most `limit`. The caller refines the order
 * by text similarity, so cases that share nothing are still returned to fill the list.
 */
export function relatedCandidates(db: ReadableDB, caseId: string, limit: number): RelatedCandidate[] {
  // Ranked on index-only columns and primary-key lookups first; the text is read only for the
  // cases that made the cut. (Measured on 5,000 cases: about half the time of joining grouped CTEs.)
  return db
    .prepare(
      `WITH ranked AS (
         SELECT c.id, c.judgment_date,
           (c.category = (SELECT category FROM cases WHERE id = @caseId)) AS sameCategory,
           (SELECT count(*) FROM case_loss_reasons o WHERE o.case_id = c.id
              AND o.code IN (SELECT code FROM case_loss_reasons WHERE case_id = @caseId)) AS sharedReasonCount,
           (SELECT count(*) FROM case_provisions o WHERE o.case_id = c.id
              AND o.provision_id IN (SELECT provision_id FROM case_provisions WHERE case_id = @caseId))
             AS sharedProvisionCount
         FROM cases c
         WHERE c.deleted_at IS NULL AND c.id <> @caseId
         ORDER BY sameCategory + sharedReasonCount DESC, sharedProvisionCount DESC, c.judgment_date DESC
         LIMIT @limit)
       SELECT r.id, c.title, c.category, r.sameCategory, r.sharedReasonCount, r.sharedProvisionCount,
         (SELECT group_concat(o.code) FROM case_loss_reasons o WHERE o.case_id = r.id
            AND o.code IN (SELECT code FROM case_loss_reasons WHERE case_id = @caseId)) AS sharedReasons,
         c.title || char(10) || c.summary || char(10) || c.issues AS text
       FROM ranked r JOIN cases c ON c.id = r.id
       ORDER BY r.sameCategory + r.sharedReasonCount DESC, r.sharedProvisionCount DESC, r.judgment_date DESC`,
    )
    .all({ caseId, limit }) as RelatedCandidate[];
}

/** The text of one case that similarity is measured on. */
export function similarityText(db: ReadableDB, caseId: string): string | undefined {
  const row = db
    .prepare(
      `SELECT title || char(10) || summary || char(10) || issues AS text FROM cases WHERE id = @caseId`,
    )
    .get({ caseId }) as { text: string } | undefined;
  return row?.text;
}

/** How many live cases of each category cite one provision, most first. */
export function provisionCategoryCounts(
  db: ReadableDB,
  law: string,
  article: number,
): { category: Category; count: number }[] {
  return db
    .prepare(
      `SELECT c.category, count(*) AS count
       FROM case_provisions cp
       JOIN provisions p ON p.id = cp.provision_id
       JOIN cases c ON c.id = cp.case_id AND c.deleted_at IS NULL
       WHERE p.law = @law AND p.article = @article
       GROUP BY c.category ORDER BY count DESC, c.category`,
    )
    .all({ law, article }) as { category: Category; count: number }[];
}
