import type { ReadableDB } from '../connection';
import { caseNumberKey } from '../../shared/caseNumber';

/** A live case as one instance of a dispute (一审, 二审, 再审…). */
export interface InstanceRow {
  id: string;
  title: string;
  caseNumber: string;
  trialStage: string | null;
  judgmentDate: string | null;
  outcome: string;
  status: string;
  ruling: string;
  relatedCaseNumbers: string[];
}

interface Row extends Omit<InstanceRow, 'relatedCaseNumbers'> {
  related: string;
}

const COLUMNS = `id, title, case_number AS caseNumber, trial_stage AS trialStage, judgment_date AS judgmentDate,
  outcome, status, ruling, related_case_numbers AS related`;

const toInstance = ({ related, ...r }: Row): InstanceRow => ({
  ...r,
  relatedCaseNumbers: JSON.parse(related) as string[],
});

export function instanceById(db: ReadableDB, id: string): InstanceRow | undefined {
  const row = db.prepare(`SELECT ${COLUMNS} FROM cases WHERE id = ? AND deleted_at IS NULL`).get(id) as
    Row | undefined;
  return row && toInstance(row);
}

/** Live cases holding any of these 案号 (compared by their normalized key). */
export function instancesByNumbers(db: ReadableDB, numbers: readonly string[]): InstanceRow[] {
  const keys = [...new Set(numbers.map(caseNumberKey).filter(Boolean))];
  if (!keys.length) return [];
  const stmt = db.prepare(`SELECT ${COLUMNS} FROM cases WHERE case_number_key = ? AND deleted_at IS NULL`);
  return keys.flatMap((k) => (stmt.all(k) as Row[]).map(toInstance));
}

/**
 * Live cases that cite this 案号 among their related numbers (a later instance citing an earlier
 * one). The serial number narrows the scan in SQL; the normalized key decides.
 */
export function instancesCiting(db: ReadableDB, caseNumber: string): InstanceRow[] {
  const key = caseNumberKey(caseNumber);
  const serial = /(\d+)号$/.exec(key)?.[1];
  if (!key || !serial) return [];
  const rows = db
    .prepare(
      `SELECT ${COLUMNS} FROM cases
       WHERE deleted_at IS NULL AND related_case_numbers <> '[]' AND related_case_numbers LIKE @like`,
    )
    .all({ like: `%${serial}号%` }) as Row[];
  return rows.map(toInstance).filter((r) => r.relatedCaseNumbers.some((n) => caseNumberKey(n) === key));
}
