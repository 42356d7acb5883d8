import type { ReadableDB, WritableDB } from '../connection';
import type { CaseProvision } from '../../shared/case';

/** Replaces a case's citations, creating provision rows (law + article) as they first appear. */
export function linkProvisions(db: WritableDB, caseId: string, provisions: readonly CaseProvision[]): void {
  db.prepare('DELETE FROM case_provisions WHERE case_id = ?').run(caseId);
  const upsert = db.prepare(
    'INSERT INTO provisions (law, article) VALUES (?, ?) ON CONFLICT (law, article) DO UPDATE SET law = law RETURNING id',
  );
  const link = db.prepare(
    `INSERT OR IGNORE INTO case_provisions (case_id, provision_id, clause, version, note, position)
     VALUES (?, ?, ?, ?, ?, ?)`,
  );
  provisions.forEach((p, i) => {
    const { id } = upsert.get(p.law, p.article) as { id: number };
    link.run(caseId, id, p.clause, p.version, p.note, i);
  });
}

export function provisionsOfCase(db: ReadableDB, caseId: string): CaseProvision[] {
  return db
    .prepare(
      `SELECT p.law, p.article, cp.clause, cp.version, cp.note
       FROM case_provisions cp JOIN provisions p ON p.id = cp.provision_id
       WHERE cp.case_id = ? ORDER BY cp.position`,
    )
    .all(caseId) as CaseProvision[];
}

export interface ProvisionUse {
  law: string;
  article: number;
  count: number;
}

/** Live cases citing one provision, newest first. */
export function casesCitingProvision(
  db: ReadableDB,
  law: string,
  article: number,
): { id: string; title: string; caseNumber: string; judgmentDate: string | null }[] {
  return db
    .prepare(
      `SELECT c.id, c.title, c.case_number AS caseNumber, c.judgment_date AS judgmentDate
       FROM case_provisions cp
       JOIN provisions p ON p.id = cp.provision_id
       JOIN cases c ON c.id = cp.case_id
       WHERE p.law = ? AND p.article = ? AND c.deleted_at IS NULL
       ORDER BY c.judgment_date IS NULL, c.judgment_date DESC`,
    )
    .all(law, article) as { id: string; title: string; caseNumber: string; judgmentDate: string | null }[];
}

/** Every cited provision with the number of live cases citing it. */
export function provisionUsage(db: ReadableDB): ProvisionUse[] {
  return db
    .prepare(
      `SELECT p.law, p.article, count(*) AS count
       FROM case_provisions cp JOIN provisions p ON p.id = cp.provision_id
       JOIN cases c ON c.id = cp.case_id AND c.deleted_at IS NULL
       GROUP BY p.id ORDER BY count DESC, p.law, p.article`,
    )
    .all() as ProvisionUse[];
}
