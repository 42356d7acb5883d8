import type { ReadableDB } from '../connection';

export interface LossReasonRow {
  code: string;
  name: string;
  article: string;
  description: string;
}

export const listLossReasons = (db: ReadableDB): LossReasonRow[] =>
  db
    .prepare('SELECT code, name, article, description FROM loss_reasons ORDER BY position')
    .all() as LossReasonRow[];

export const listEnforcementSteps = (db: ReadableDB): { code: string; name: string }[] =>
  db.prepare('SELECT code, name FROM enforcement_steps ORDER BY position').all() as {
    code: string;
    name: string;
  }[];
