import { CaseFilters } from '../../db/model/filters';
import { libraryRevision } from '../../db/repos/meta';
import {
  clearRecentSearches,
  deleteSavedSearch,
  listRecentSearches,
  listSavedSearches,
  recordRecentSearch,
  saveSearch,
  type SavedSearchRow,
} from '../../db/repos/savedSearches';
import { readIndexState } from '../../db/repos/searchIndex';
import { SearchSort, type SavedSearch, type searchContract } from '../contract/search';
import { indexIsCurrent } from '../search/indexer';
import { cleanSynonymGroups, librarySynonyms } from '../search/synonymTable';
import { clearSynonymGroups, writeSynonymGroups } from '../../db/repos/synonyms';
import type { AreaFactory } from './handlers';
import { ok } from '../contract/common';

/** A saved row back to what the user saved; a row written by an older version degrades to its text. */
function toSavedSearch(row: SavedSearchRow): SavedSearch {
  let parsed: { q?: unknown; filters?: unknown; sort?: unknown } = {};
  try {
    parsed = JSON.parse(row.query) as typeof parsed;
  } catch {
    parsed = { q: row.query };
  }
  const filters = CaseFilters.safeParse(parsed.filters ?? {});
  const sort = SearchSort.safeParse(parsed.sort ?? 'relevance');
  return {
    id: row.id,
    name: row.name,
    q: typeof parsed.q === 'string' ? parsed.q : '',
    filters: filters.success ? filters.data : {},
    sort: sort.success ? sort.data : 'relevance',
    createdAt: row.createdAt,
  };
}

export const searchHandlers: AreaFactory<typeof searchContract> = ({ db, search: engine }) => {
  return {
    'search.query': (input) => engine.query(input),
    'search.suggest': ({ q, limit }) => ({ suggestions: engine.suggest(q, limit) }),
    'search.recent': () => listRecentSearches(db),
    'search.recordRecent': ({ q }) => {
      recordRecentSearch(db, q);
      return ok;
    },
    'search.clearRecent': () => {
      clearRecentSearches(db);
      return ok;
    },
    'search.indexStatus': () => {
      const state = readIndexState(db);
      return {
        current: indexIsCurrent(db),
        indexed: state.indexed,
        live: state.live,
        builtAtRevision: state.builtAtRevision ?? null,
        libraryRevision: libraryRevision(db),
      };
    },
    'search.rebuildIndex': (_input, { job }) => engine.rebuild(job),
    'search.synonyms': () => librarySynonyms(db),
    'search.saveSynonyms': ({ groups }) => {
      writeSynonymGroups(db, cleanSynonymGroups(groups));
      return librarySynonyms(db);
    },
    'search.resetSynonyms': () => {
      clearSynonymGroups(db);
      return librarySynonyms(db);
    },
    'savedSearches.list': () => listSavedSearches(db).map(toSavedSearch),
    'savedSearches.save': ({ name, q, filters, sort }) =>
      toSavedSearch(
        saveSearch(db, name, JSON.stringify({ q, filters: filters ?? {}, sort: sort ?? 'relevance' })),
      ),
    'savedSearches.delete': ({ id }) => {
      deleteSavedSearch(db, id);
      return ok;
    },
  };
};
