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
  // Ranked on the small columns first; the text is read only for the cases that made the cut.
  return db
    .prepare(
      `WITH me AS (SELECT category FROM cases WHERE id = @caseId),
       reasons AS MATERIALIZED (
         SELECT o.case_id, group_concat(o.code) AS codes, count(*) AS n
         FROM case_loss_reasons mine
         JOIN case_loss_reasons o ON o.code = mine.code AND o.case_id <> @caseId
         WHERE mine.case_id = @caseId GROUP BY o.case_id),
       provisions AS MATERIALIZED (
         SELECT o.case_id, count(*) AS n
         FROM case_provisions mine
         JOIN case_provisions o ON o.provision_id = mine.provision_id AND o.case_id <> @caseId
         WHERE mine.case_id = @caseId GROUP BY o.case_id),
       ranked AS (
         SELECT c.id, (c.category = me.category) AS sameCategory, r.codes AS sharedReasons,
           coalesce(r.n, 0) AS sharedReasonCount, coalesce(p.n, 0) AS sharedProvisionCount, c.judgment_date
         FROM cases c CROSS JOIN me
         LEFT JOIN reasons r ON r.case_id = c.id
         LEFT JOIN provisions p ON p.case_id = c.id
         WHERE c.deleted_at IS NULL AND c.id <> @caseId
         ORDER BY sameCategory + sharedReasonCount DESC, sharedProvisionCount DESC, c.judgment_date DESC
         LIMIT @limit)
       SELECT ranked.id, c.title, c.category, ranked.sameCategory, ranked.sharedReasons,
         ranked.sharedReasonCount, ranked.sharedProvisionCount,
         c.title || char(10) || c.summary || char(10) || c.issues AS text
       FROM ranked JOIN cases c ON c.id = ranked.id
       ORDER BY ranked.sameCategory + ranked.sharedReasonCount DESC, ranked.sharedProvisionCount DESC,
         ranked.judgment_date DESC`,
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
