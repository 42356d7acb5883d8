import { libraryRevision } from '../../db/repos/meta';
import { clearRecentSearches, listRecentSearches, recordRecentSearch } from '../../db/repos/savedSearches';
import { readIndexState } from '../../db/repos/searchIndex';
import type { searchContract } from '../contract/search';
import { indexIsCurrent } from '../search/indexer';
import { writeSearchReport } from '../search/report/writeReport';
import { cleanSynonymGroups, librarySynonyms } from '../search/synonymTable';
import { clearSynonymGroups, writeSynonymGroups } from '../../db/repos/synonyms';
import type { AreaFactory } from './handlers';
import { ok } from '../contract/common';

export const searchHandlers: AreaFactory<typeof searchContract> = (ctx) => {
  const { db, search: engine } = ctx;
  return {
    'search.query': (input) => engine.query(input),
    'search.report': (input, call) => writeSearchReport(ctx, input, call),
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
  };
};
