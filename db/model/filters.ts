import { z } from 'zod';
import {
  AGENCY_TYPES,
  CASE_STATUSES,
  CATEGORIES,
  COURT_LEVELS,
  ENFORCEMENT_STEP_CODES,
  LOSS_REASON_CODES,
  OUTCOMES,
  TRIAL_STAGES,
} from '../../shared/taxonomy';

/** The facets a case list, a search and the statistics can all be narrowed by. */
export const CaseFilters = z
  .object({
    categories: z.array(z.enum(CATEGORIES)),
    outcomes: z.array(z.enum(OUTCOMES)),
    lossReasons: z.array(z.enum(LOSS_REASON_CODES)),
    enforcementSteps: z.array(z.enum(ENFORCEMENT_STEP_CODES)),
    courtLevels: z.array(z.enum(COURT_LEVELS)),
    trialStages: z.array(z.enum(TRIAL_STAGES)),
    agencyTypes: z.array(z.enum(AGENCY_TYPES)),
    regions: z.array(z.string()),
    tagIds: z.array(z.number().int()),
    statuses: z.array(z.enum(CASE_STATUSES)),
    yearFrom: z.number().int(),
    yearTo: z.number().int(),
    /** The year a case was recorded in the library (created), as the yearly report may count. */
    recordedYear: z.number().int(),
    starred: z.boolean(),
    /** Restrict to these case ids (search within results, a selection). */
    ids: z.array(z.string()),
    /** Show the trash instead of the live library. */
    trashed: z.boolean(),
  })
  .partial();
export type CaseFilters = z.infer<typeof CaseFilters>;

/** The orders a search can be shown in (a saved search keeps one). */
export const SearchSort = z.enum(['relevance', 'date-desc', 'date-asc']);
export type SearchSort = z.infer<typeof SearchSort>;

export const CaseSort = z.enum(['date-desc', 'date-asc', 'title', 'updated-desc', 'relevance']);
export type CaseSort = z.infer<typeof CaseSort>;
