import { randomUUID } from 'node:crypto';
import type { WriteContext } from '../../db/repos/searchIndex';
import { CaseContent } from '../../shared/case';
import { OUTCOMES, TRIAL_STAGES } from '../../shared/taxonomy';
import { caseNumberKey } from '../../shared/caseNumber';
import { findByCaseNumber, getCase } from '../../db/repos/cases';
import { AppError } from '../../db/errors';
import type { ReadableDB } from '../../db/connection';
import { checkCase, createCase, replaceCase } from '../cases/write';
import type { ImportFields, ImportResult } from '../contract/import';
import { BATCH_SIZE, ungatedLongCommit, type LongCommit } from '../longCommit';
import { categoryOf, courtLevelOf, regionOf, titleOf } from './draft';

export interface CommitDraftInput {
  name?: string;
  /** An earlier instance, still a draft, whose content this document replaces (history kept). */
  mergeInto?: string;
  case?: CaseContent;
  fields?: Partial<ImportFields>;
}

export type OnDuplicate = 'skip' | 'replace' | 'keepBoth';

/** A case from bare fields, for scripts that commit what they extracted without editing a case. */
function caseFromFields(f: Partial<ImportFields>, name: string): CaseContent {
  const stage = f.trialStage === '再审审查' ? '再审' : f.trialStage;
  const filled = {
    plaintiffs: f.plaintiffs ?? [],
    defendants: f.defendants ?? [],
    cause: f.cause ?? '',
  };
  return CaseContent.parse({
    caseNumber: f.caseNumber ?? '',
    title: titleOf(filled) || f.caseNumber || name,
    court: f.court ?? '',
    courtLevel: f.courtLevel ?? courtLevelOf(f.court ?? ''),
    trialStage: TRIAL_STAGES.find((t) => t === stage) ?? null,
    judgmentDate: f.judgmentDate ?? null,
    region: regionOf(f.court ?? ''),
    defendant: filled.defendants.join('、'),
    agencyType: f.agencyType ?? null,
    category: f.category ?? categoryOf(filled.cause, ''),
    lossReasons: (f.lossReasonEvidence ?? []).map((e) => ({ code: e.code, ground: e.ground })),
    enforcementSteps: f.enforcementSteps ?? [],
    relatedCaseNumbers: f.relatedCaseNumbers ?? [],
    outcome: OUTCOMES.find((o) => o === f.outcome) ?? '撤销',
    provisions: f.provisions ?? [],
    ruling: f.disposition ?? '',
    source: name,
  });
}

/** Only a live draft may be merged into: a reviewed case is the office's work and is only linked. */
function checkMergeTarget(db: ReadableDB, id: string, name: string): void {
  const target = getCase(db, id);
  if (!target || target.deletedAt) {
    throw new AppError('NOT_FOUND', `${name}：要合并的案例已不存在（可能已删除），请重新预览后再导入。`);
  }
  if (target.status !== 'draft') {
    throw new AppError(
      'BAD_INPUT',
      `${name}：案例“${target.title}”已审核，不能被合并覆盖，只能作为关联文书链接。`,
    );
  }
}

export interface CommitProgress {
  progress(done: number, total: number, message?: string): void;
}

/**
 * Writes every draft in ONE transaction: if any draft fails validation, a write fails or the job
 * is cancelled, nothing is written. The transaction is written BATCH_SIZE drafts at a time with
 * other requests answered in between (core/longCommit.ts). A duplicate 案号 (in the library or
 * earlier in the batch) is skipped, replaces the existing case (whose old version stays in
 * history) or is kept as a second case.
 */
export async function commitImport(
  write: WriteContext,
  drafts: CommitDraftInput[],
  onDuplicate: OnDuplicate,
  job: CommitProgress,
  longCommit: LongCommit = ungatedLongCommit(write.db),
): Promise<ImportResult> {
  const contents = drafts.map((d, i) => {
    const name = d.name ?? `第 ${i + 1} 个草稿`;
    const content = d.case ? CaseContent.parse(d.case) : caseFromFields(d.fields ?? {}, name);
    // Checked before the transaction so one bad draft refuses the batch before anything is written.
    checkCase(content, `${name}（${content.title}）`);
    if (d.mergeInto) checkMergeTarget(write.db, d.mergeInto, name);
    return { name, content, mergeInto: d.mergeInto };
  });
  const { db } = write;
  const result: ImportResult = { imported: [], skipped: [] };
  await longCommit(async (pause) => {
    const batch = new Map<string, string>();
    for (const [i, { name, content, mergeInto }] of contents.entries()) {
      if (i > 0 && i % BATCH_SIZE === 0) await pause();
      job.progress(i, contents.length, `正在写入 ${content.title}`);
      if (mergeInto) {
        replaceCase(write, mergeInto, content, { reason: 'import-merge', record: name });
        result.imported.push({
          id: mergeInto,
          name,
          title: content.title,
          caseNumber: content.caseNumber,
          action: 'merged',
        });
        continue;
      }
      const key = caseNumberKey(content.caseNumber);
      const existing = key ? findByCaseNumber(db, content.caseNumber) : [];
      const inBatch = key ? batch.get(key) : undefined;
      const target = existing[0]?.id ?? inBatch;
      if (target && onDuplicate === 'skip') {
        result.skipped.push({
          name,
          title: content.title,
          reason: `案号 ${content.caseNumber} 已存在，按选择跳过。`,
        });
        continue;
      }
      if (target && onDuplicate === 'replace') {
        replaceCase(write, target, content, { reason: 'import-replace', record: name });
        result.imported.push({
          id: target,
          name,
          title: content.title,
          caseNumber: content.caseNumber,
          action: 'replaced',
        });
        continue;
      }
      const id = randomUUID();
      createCase(write, id, content, { record: name });
      if (key && !batch.has(key)) batch.set(key, id);
      result.imported.push({
        id,
        name,
        title: content.title,
        caseNumber: content.caseNumber,
        action: 'created',
      });
    }
    // Cancelled after the last batch: still nothing is written.
    job.progress(contents.length, contents.length, '正在提交');
  });
  job.progress(contents.length, contents.length, '导入完成');
  return result;
}
