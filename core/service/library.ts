import { LATEST_VERSION } from '../../db/migrate';
import { AGENCY_TYPES, CATEGORIES, COURT_LEVELS, OUTCOMES, TRIAL_STAGES } from '../../shared/taxonomy';
import { libraryId, libraryRevision } from '../../db/repos/meta';
import { listEnforcementSteps, listLossReasons } from '../../db/repos/taxonomy';
import type { libraryContract } from '../contract/library';
import type { AreaFactory } from './handlers';

export const libraryHandlers: AreaFactory<typeof libraryContract> = ({ db, libraryPath }) => ({
  'library.info': () => {
    const counts = db
      .prepare(
        `SELECT sum(deleted_at IS NULL) AS live, sum(deleted_at IS NULL AND status = 'draft') AS drafts,
          sum(deleted_at IS NOT NULL) AS trashed FROM cases`,
      )
      .get() as { live: number | null; drafts: number | null; trashed: number | null };
    return {
      libraryId: libraryId(db),
      revision: libraryRevision(db),
      schemaVersion: LATEST_VERSION,
      caseCount: counts.live ?? 0,
      draftCount: counts.drafts ?? 0,
      trashCount: counts.trashed ?? 0,
      path: libraryPath,
    };
  },
  'taxonomy.get': () => ({
    categories: [...CATEGORIES],
    lossReasons: listLossReasons(db),
    outcomes: [...OUTCOMES],
    courtLevels: [...COURT_LEVELS],
    trialStages: [...TRIAL_STAGES],
    agencyTypes: [...AGENCY_TYPES],
    enforcementSteps: listEnforcementSteps(db),
  }),
});
