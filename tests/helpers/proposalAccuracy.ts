import { extractJudgment } from '../../core/import/extract';
import type { Reading } from '../fixtures/judgmentReadings';
import type { FieldChecks } from './fieldAccuracy';

const sameSet = (a: readonly string[], b: readonly string[]) =>
  JSON.stringify([...a].sort()) === JSON.stringify([...b].sort());

/** Per field, whether what 案鉴 proposes from the text matches what a person read. */
export function proposalChecks(text: string, r: Reading): FieldChecks {
  const { fields: f, libraryOutcome } = extractJudgment(text);
  return {
    category: f.category === r.category,
    agencyType: f.agencyType === r.agencyType,
    outcome: f.outcome === r.outcome,
    agencyLost: f.agencyLost === r.agencyLost,
    libraryOutcome: (r.agencyLost ? libraryOutcome : null) === r.libraryOutcome,
    lossReasons: sameSet(f.lossReasons, r.lossReasons),
    courtLevel: f.courtLevel === r.courtLevel,
    trialStage: f.trialStage === r.trialStage,
  };
}

/** Right readings over all readings of a table. */
export function overall(rows: { checks: FieldChecks }[]): { right: number; total: number } {
  let right = 0;
  let total = 0;
  for (const r of rows)
    for (const ok of Object.values(r.checks)) {
      total++;
      if (ok) right++;
    }
  return { right, total };
}
