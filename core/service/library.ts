import { LATEST_VERSION } from '../../db/migrate';
import { AGENCY_TYPES, CATEGORIES, COURT_LEVELS, OUTCOMES, TRIAL_STAGES } from '../../shared/taxonomy';
import { caseCounts } from '../../db/repos/cases';
import { libraryId, libraryRevision } from '../../db/repos/meta';
import { listEnforcementSteps, listLossReasons } from '../../db/repos/taxonomy';
import type { libraryContract } from '../contract/library';
import type { AreaFactory } from './handlers';

export const libraryHandlers: AreaFactory<typeof libraryContract> = ({ db, libraryPath }) => ({
  'library.info': () => {
    const counts = caseCounts(db);
    return {
      libraryId: libraryId(db),
      revision: libraryRevision(db),
      schemaVersion: LATEST_VERSION,
      caseCount: counts.live,
      draftCount: counts.drafts,
      trashCount: counts.trashed,
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
