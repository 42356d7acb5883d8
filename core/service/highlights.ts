import { createHighlight, deleteHighlight, listHighlights, updateHighlight } from '../../db/repos/highlights';
import { ok } from '../contract/common';
import type { highlightsContract } from '../contract/highlights';
import type { AreaFactory } from './handlers';

export const highlightsHandlers: AreaFactory<typeof highlightsContract> = ({ db }) => ({
  'highlights.list': ({ caseId }) => listHighlights(db, caseId),
  'highlights.create': (input) => createHighlight(db, input),
  'highlights.update': ({ id, comment, color }) => updateHighlight(db, id, { comment, color }),
  'highlights.delete': ({ id }) => {
    deleteHighlight(db, id);
    return ok;
  },
});
