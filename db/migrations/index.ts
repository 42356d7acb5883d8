import { initial } from './0001_initial';
import { seedTaxonomy } from './0002_seed_taxonomy';
import { searchIndex } from './0003_search_index';
import { searchHead } from './0004_search_head';
import { outcomeBasis } from './0005_outcome_basis';
import { packagePins } from './0006_package_pins';
import type { Migration } from './types';

/**
 * Every migration, in order. A migration is never edited after it has landed: a change to the
 * schema is a new file appended here. 0003 is reserved for the search index.
 */
export const MIGRATIONS: readonly Migration[] = [
  initial,
  seedTaxonomy,
  searchIndex,
  searchHead,
  outcomeBasis,
  packagePins,
];
