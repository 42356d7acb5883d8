import type { ReadableDB } from '../../db/connection';
import { AppError } from '../../db/errors';
import {
  emptyTrash,
  getRevision,
  listCases,
  listRevisions,
  requireCase,
  setDeleted,
} from '../../db/repos/cases';
import { isStarred, setStar } from '../../db/repos/stars';
import { tagsOfCase } from '../../db/repos/tags';
import { CaseContent, type CaseRecord } from '../../shared/case';
import { replaceCase, saveCase } from '../cases/write';
import type { CaseDetail, casesContract } from '../contract/cases';
import type { AreaFactory } from './handlers';
import { relatedCases } from './related';
import { instanceChain } from '../library/instances';

/** A case record with the reader's own tags and star. */
const withReaderState = (db: ReadableDB, record: CaseRecord): CaseDetail => ({
  ...record,
  tags: tagsOfCase(db, record.id),
  starred: isStarred(db, record.id),
});

export const caseDetail = (db: ReadableDB, id: string): CaseDetail =>
  withReaderState(db, requireCase(db, id));

export const casesHandlers: AreaFactory<typeof casesContract> = ({ db, write }) => ({
  'cases.list': (input) => listCases(db, input),
  'cases.get': ({ id }) => caseDetail(db, id),
  // The contract has parsed the input; saveCase checks the rules, reads the old version once.
  'cases.save': ({ id, expectedRevision, case: content }) =>
    withReaderState(db, saveCase(write, { id, expectedRevision, content })),
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
    // An old snapshot may predate fields added since, which parsing fills with their defaults.
    return withReaderState(
      db,
      replaceCase(write, id, CaseContent.parse(old), { reason: `restore:${revision}` }),
    );
  },
  'cases.star': ({ id, starred }) => {
    requireCase(db, id);
    setStar(db, id, starred);
    return { id, starred };
  },
  'cases.related': ({ id }) => relatedCases(db, id),
  'cases.instances': ({ id }) => instanceChain(db, id),
});
