import type { ReadableDB } from '../connection';
import type { Category } from '../model/taxonomy';

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
  return db
    .prepare(
      `WITH me AS (SELECT id, category FROM cases WHERE id = @caseId),
       reasons AS (
         SELECT o.case_id, group_concat(o.code) AS codes, count(*) AS n
         FROM case_loss_reasons o
         JOIN case_loss_reasons mine ON mine.code = o.code AND mine.case_id = @caseId
         WHERE o.case_id <> @caseId GROUP BY o.case_id),
       provisions AS (
         SELECT o.case_id, count(*) AS n
         FROM case_provisions o
         JOIN case_provisions mine ON mine.provision_id = o.provision_id AND mine.case_id = @caseId
         WHERE o.case_id <> @caseId GROUP BY o.case_id)
       SELECT c.id, c.title, c.category,
         (c.category = me.category) AS sameCategory,
         r.codes AS sharedReasons, coalesce(r.n, 0) AS sharedReasonCount,
         coalesce(p.n, 0) AS sharedProvisionCount,
         c.title || char(10) || c.summary || char(10) || c.issues AS text
       FROM cases c CROSS JOIN me
       LEFT JOIN reasons r ON r.case_id = c.id
       LEFT JOIN provisions p ON p.case_id = c.id
       WHERE c.deleted_at IS NULL AND c.id <> @caseId
       ORDER BY sameCategory + coalesce(r.n, 0) DESC, coalesce(p.n, 0) DESC, c.judgment_date DESC
       LIMIT @limit`,
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
