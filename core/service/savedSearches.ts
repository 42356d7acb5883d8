import { deleteSavedSearch, listSavedSearches, saveSearch } from '../../db/repos/savedSearches';
import { ok } from '../contract/common';
import type { savedSearchesContract } from '../contract/savedSearches';
import type { AreaFactory } from './handlers';

export const savedSearchesHandlers: AreaFactory<typeof savedSearchesContract> = ({ db }) => ({
  'savedSearches.list': () => listSavedSearches(db),
  'savedSearches.save': ({ name, q, filters, sort }) =>
    saveSearch(db, { name, q, filters: filters ?? {}, sort: sort ?? 'relevance' }),
  'savedSearches.delete': ({ id }) => {
    deleteSavedSearch(db, id);
    return ok;
  },
});
