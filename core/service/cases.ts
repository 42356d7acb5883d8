import { randomUUID } from 'node:crypto';
import type { ReadableDB } from '../../db/connection';
import { AppError } from '../../db/errors';
import {
  emptyTrash,
  getRevision,
  insertCase,
  listCases,
  listRevisions,
  requireCase,
  setDeleted,
  updateCase,
} from '../../db/repos/cases';
import { isStarred, setStar } from '../../db/repos/stars';
import { tagsOfCase } from '../../db/repos/tags';
import type { CaseDetail, casesContract } from '../contract/cases';
import type { AreaFactory } from './handlers';

export const caseDetail = (db: ReadableDB, id: string): CaseDetail => ({
  ...requireCase(db, id),
  tags: tagsOfCase(db, id),
  starred: isStarred(db, id),
});

export const casesHandlers: AreaFactory<typeof casesContract> = ({ db, write }) => ({
  'cases.list': (input) => listCases(db, input),
  'cases.get': ({ id }) => caseDetail(db, id),
  'cases.save': ({ id, expectedRevision, case: content }) => {
    if (id && db.prepare('SELECT 1 FROM cases WHERE id = ?').get(id)) {
      updateCase(write, id, content, { expectedRevision });
      return caseDetail(db, id);
    }
    const created = insertCase(write, id ?? randomUUID(), content);
    return caseDetail(db, created.id);
  },
  'cases.trash': ({ id }) => {
    setDeleted(write, id, true);
    return { id };
  },
  'cases.restore': ({ id }) => {
    setDeleted(write, id, false);
    return { id };
  },
  'cases.emptyTrash': () => ({ removed: emptyTrash(db) }),
  'cases.revisions': ({ id }) => {
    requireCase(db, id);
    return listRevisions(db, id);
  },
  'cases.revision': ({ id, revision }) => {
    const found = getRevision(db, id, revision);
    if (!found) throw new AppError('NOT_FOUND', `案例没有版本 ${revision}`);
    return found;
  },
  'cases.restoreRevision': ({ id, revision }) => {
    const old = getRevision(db, id, revision);
    if (!old) throw new AppError('NOT_FOUND', `案例没有版本 ${revision}`);
    updateCase(write, id, old, { reason: `restore:${revision}` });
    return caseDetail(db, id);
  },
  'cases.star': ({ id, starred }) => {
    requireCase(db, id);
    setStar(db, id, starred);
    return { id, starred };
  },
});
