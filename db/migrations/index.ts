import { initial } from './0001_initial';
import { seedTaxonomy } from './0002_seed_taxonomy';
import { searchIndex } from './0003_search_index';
import { searchHead } from './0004_search_head';
import { packagePins } from './0007_package_pins';
import type { Migration } from './types';

/**
 * Every migration, in order. A migration is never edited after it has landed: a change to the
 * schema is a new file appended here. 0003 is reserved for the search index.
 */
// TODO(merge): 0005 (outcome_basis, h4) and 0006 land from other branches; these placeholders
// only keep the registry contiguous on h9b-paths and are replaced by the real migrations at merge.
const pending = (version: number, name: string): Migration => ({ version, name, up: () => undefined });

export const MIGRATIONS: readonly Migration[] = [
  initial,
  seedTaxonomy,
  searchIndex,
  searchHead,
  pending(5, 'pending_0005'),
  pending(6, 'pending_0006'),
  packagePins,
];
