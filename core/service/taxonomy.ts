import { AGENCY_TYPES, CATEGORIES, COURT_LEVELS, OUTCOMES, TRIAL_STAGES } from '../../shared/taxonomy';
import { listEnforcementSteps, listLossReasons } from '../../db/repos/taxonomy';
import type { taxonomyContract } from '../contract/taxonomy';
import type { AreaFactory } from './handlers';

export const taxonomyHandlers: AreaFactory<typeof taxonomyContract> = ({ db }) => ({
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
