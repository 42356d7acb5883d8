import { z } from 'zod';
import { CATEGORIES, COURT_LEVELS, OUTCOMES, TRIAL_STAGES, AGENCY_TYPES } from '../../shared/taxonomy';
import { Empty } from './common';
import { op } from './define';

const Named = z.object({ code: z.string(), name: z.string() });

export const libraryContract = {
  'library.info': op(
    '案例库信息：编号、修订号、结构版本、案例数',
    Empty,
    z.object({
      libraryId: z.string(),
      revision: z.number(),
      schemaVersion: z.number(),
      caseCount: z.number(),
      draftCount: z.number(),
      trashCount: z.number(),
      path: z.string(),
    }),
  ),
  'taxonomy.get': op(
    '分类体系：案件类别、败诉原因（含法条）、裁判结果、法院层级、审级、机关类型、执法环节',
    Empty,
    z.object({
      categories: z.array(z.enum(CATEGORIES)),
      lossReasons: z.array(
        z.object({ code: z.string(), name: z.string(), article: z.string(), description: z.string() }),
      ),
      outcomes: z.array(z.enum(OUTCOMES)),
      courtLevels: z.array(z.enum(COURT_LEVELS)),
      trialStages: z.array(z.enum(TRIAL_STAGES)),
      agencyTypes: z.array(z.enum(AGENCY_TYPES)),
      enforcementSteps: z.array(Named),
    }),
  ),
} as const;
