import {
  assignTag,
  createTag,
  deleteTag,
  listTags,
  mergeTags,
  unassignTag,
  updateTag,
} from '../../db/repos/tags';
import { ok } from '../contract/common';
import type { tagsContract } from '../contract/tags';
import type { AreaFactory } from './handlers';

export const tagsHandlers: AreaFactory<typeof tagsContract> = ({ db }) => ({
  'tags.list': () => listTags(db),
  'tags.create': ({ name, color }) => createTag(db, name, color),
  'tags.update': ({ id, name, color }) => updateTag(db, id, { name, color }),
  'tags.delete': ({ id }) => ({ affected: deleteTag(db, id) }),
  'tags.merge': ({ sourceId, targetId }) => mergeTags(db, sourceId, targetId),
  'tags.assign': ({ caseId, tagId }) => {
    assignTag(db, caseId, tagId);
    return ok;
  },
  'tags.unassign': ({ caseId, tagId }) => {
    unassignTag(db, caseId, tagId);
    return ok;
  },
});
