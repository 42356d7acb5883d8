import { requireCase } from '../../db/repos/cases';
import { listRecentCases, recordRecentCase } from '../../db/repos/recent';
import { ok } from '../contract/common';
import type { recentContract } from '../contract/recent';
import type { AreaFactory } from './handlers';

export const recentHandlers: AreaFactory<typeof recentContract> = ({ db }) => ({
  'recent.cases': ({ limit }) => listRecentCases(db, limit),
  'recent.record': ({ caseId }) => {
    requireCase(db, caseId);
    recordRecentCase(db, caseId);
    return ok;
  },
});
