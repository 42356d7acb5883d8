import { randomUUID } from 'node:crypto';
import type { WriteContext } from '../../db/repos/searchIndex';
import { AppError } from '../../db/errors';
import { getCase, insertCase, updateCase, type WriteOptions } from '../../db/repos/cases';
import type { CaseContent, CaseRecord } from '../../shared/case';
import { caseProblems } from '../../shared/caseRules';

/**
 * Every case write in core passes through here (lint forbids core/ from calling insertCase or
 * updateCase directly), so the 案号 form and what "reviewed" requires hold for the editor, the
 * HTTP API, judgment and list imports and case packages alike.
 */

/**
 * Refuses a case that breaks a rule of shared/caseRules.ts, naming the record and each field.
 * `record` names the case for the user, e.g. an import file; by default its title.
 */
export function checkCase(content: CaseContent, record = `案例“${content.title}”`): void {
  const problems = caseProblems(content);
  if (!problems.length) return;
  throw new AppError(
    'BAD_INPUT',
    `${record}不能写入案例库：${problems.map((p) => p.message).join('；')}`,
    problems,
  );
}

/** A new case, checked. */
export function createCase(
  write: WriteContext,
  id: string,
  content: CaseContent,
  options: WriteOptions & { record?: string } = {},
): CaseRecord {
  checkCase(content, options.record);
  return insertCase(write, id, content, options);
}

/** New content for an existing case (the old version stays in history), checked. */
export function replaceCase(
  write: WriteContext,
  id: string,
  content: CaseContent,
  options: Parameters<typeof updateCase>[3] & { record?: string } = {},
): CaseRecord {
  checkCase(content, options.record);
  return updateCase(write, id, content, options);
}

/**
 * The editor's save: updates the case with this id if there is one, otherwise creates it.
 * Reads the existing case once (for its revision and history) and checks the content once.
 */
export function saveCase(
  write: WriteContext,
  input: { id?: string; expectedRevision?: number; content: CaseContent },
): CaseRecord {
  checkCase(input.content);
  const { db } = write;
  return db.transaction(() => {
    const previous = input.id ? getCase(db, input.id) : undefined;
    return previous
      ? updateCase(write, previous.id, input.content, { expectedRevision: input.expectedRevision, previous })
      : insertCase(write, input.id ?? randomUUID(), input.content);
  })();
}
