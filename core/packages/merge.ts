import type { ReadableDB } from '../../db/connection';
import { AppError } from '../../db/errors';
import { CaseContent } from '../../shared/case';
import { getCase, setDeleted } from '../../db/repos/cases';
import type { WriteContext } from '../../db/repos/searchIndex';
import { caseState, markFromPackage, reasonForRevision } from '../../db/repos/packages';
import { listEnforcementSteps, listLossReasons } from '../../db/repos/taxonomy';
import { createCase, replaceCase } from '../cases/write';
import type { PackageCase, PackageContents } from './format';
import { applySynonyms } from './synonyms';
import { BATCH_SIZE } from '../longCommit';

export const PACKAGE_REASON = 'package';

export interface ChangeItem {
  id: string;
  title: string;
  /** The officer changed this case after it last came from a package: their version is kept as a revision. */
  localEdits?: boolean;
}

export interface ChangePlan {
  added: ChangeItem[];
  updated: ChangeItem[];
  withdrawn: ChangeItem[];
  unchanged: number;
}

const contentOf = (value: unknown) => JSON.stringify(CaseContent.parse(value));

/**
 * A case counts as edited here when it was written locally, or when the save that produced its
 * current revision was not a package import (updateCase records why it kept each old version).
 */
export function editedLocally(db: ReadableDB, id: string): boolean {
  const state = caseState(db, id);
  if (!state) return false;
  if (state.origin === 'local') return true;
  if (state.revision <= 1) return false;
  return !(reasonForRevision(db, id, state.revision) ?? PACKAGE_REASON).startsWith(PACKAGE_REASON);
}

/** Refuses a package whose cases use taxonomy codes this version of 案鉴 does not know. */
export function checkTaxonomy(db: ReadableDB, contents: PackageContents, file: string): void {
  const reasons = new Set(listLossReasons(db).map((r) => r.code));
  const steps = new Set(listEnforcementSteps(db).map((s) => s.code));
  const unknown = [
    ...contents.taxonomy.lossReasons.filter((r) => !reasons.has(r.code)).map((r) => `败诉原因“${r.name}”`),
    ...contents.taxonomy.enforcementSteps.filter((s) => !steps.has(s.code)).map((s) => `执法环节“${s.name}”`),
  ];
  if (unknown.length) {
    throw new AppError(
      'BAD_PACKAGE',
      `案例包 ${file} 使用了本程序不认识的分类：${unknown.slice(0, 5).join('、')}。请先升级案鉴。`,
    );
  }
}

/** What importing would change, computed without writing anything. */
export function planChanges(db: ReadableDB, contents: PackageContents): ChangePlan {
  const plan: ChangePlan = { added: [], updated: [], withdrawn: [], unchanged: 0 };
  for (const incoming of contents.cases) {
    const local = getCase(db, incoming.id);
    if (!local) {
      plan.added.push({ id: incoming.id, title: incoming.title });
    } else if (local.deletedAt || contentOf(local) !== contentOf(incoming)) {
      plan.updated.push({
        id: incoming.id,
        title: incoming.title,
        localEdits: editedLocally(db, incoming.id),
      });
    } else {
      plan.unchanged += 1;
    }
  }
  for (const gone of contents.withdrawn) {
    const state = caseState(db, gone.id);
    if (state && !state.deletedAt) plan.withdrawn.push({ id: gone.id, title: getCase(db, gone.id)!.title });
  }
  return plan;
}

const toContent = (c: PackageCase): CaseContent => {
  const { id: _id, createdAt: _createdAt, updatedAt: _updatedAt, ...content } = c;
  return CaseContent.parse(content);
};

/**
 * Merges a checked package by case id. Runs inside the caller's (long) transaction, pausing every
 * BATCH_SIZE cases so other requests are answered; touches only the cases' editorial content
 * (never tags, stars, notes, highlights, which live in their own tables).
 */
export async function applyChanges(
  write: WriteContext,
  contents: PackageContents,
  plan: ChangePlan,
  progress: (done: number, total: number) => void = () => undefined,
  pause: () => Promise<void> = () => Promise.resolve(),
): Promise<void> {
  const { db } = write;
  const byId = new Map(contents.cases.map((c) => [c.id, c]));
  const total = plan.added.length + plan.updated.length + plan.withdrawn.length;
  let done = 0;
  // Called between cases: a cancelled job throws here, inside the transaction, which rolls back.
  const step = async () => {
    done += 1;
    if (done % 50 === 0 || done === total) progress(done, total);
    if (done % BATCH_SIZE === 0) await pause();
  };
  for (const item of plan.added) {
    createCase(write, item.id, toContent(byId.get(item.id)!), {
      origin: 'package',
      record: `案例包中的案例“${item.title}”`,
    });
    await step();
  }
  for (const item of plan.updated) {
    if (caseState(db, item.id)?.deletedAt) setDeleted(write, item.id, false);
    replaceCase(write, item.id, toContent(byId.get(item.id)!), {
      record: `案例包中的案例“${item.title}”`,
      reason: item.localEdits ? `${PACKAGE_REASON}:kept-local-edits` : PACKAGE_REASON,
    });
    markFromPackage(db, item.id);
    await step();
  }
  for (const item of plan.withdrawn) {
    setDeleted(write, item.id, true);
    await step();
  }
  applySynonyms(db, contents.synonyms);
}
