import type { Migration } from './types';

/**
 * Records what a case's outcome rests on: 'judgment' when the court's order was read in the
 * ruling text, 'library classification' when the source gave only the published holding and
 * the library classified the outcome itself. Existing rows were entered from judgments (the
 * editor and the importer both start from one), so they keep 'judgment'.
 *
 * The partial index serves the statistics footnote (how many outcomes the library classified)
 * without reading case rows: those cases are expected to stay few.
 */
export const outcomeBasis: Migration = {
  version: 5,
  name: 'outcome_basis',
  up(db) {
    db.exec(`
      ALTER TABLE cases ADD COLUMN outcome_basis TEXT NOT NULL DEFAULT 'judgment'
        CHECK (outcome_basis IN ('judgment', 'library classification'));
      CREATE INDEX cases_outcome_classified ON cases (deleted_at, id)
        WHERE outcome_basis = 'library classification';
    `);
  },
};
