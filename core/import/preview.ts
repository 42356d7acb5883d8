import type { ReadableDB } from '../../db/connection';
import { AppError } from '../../db/errors';
import { caseNumberKey } from '../../shared/caseNumber';
import { findByCaseNumber } from '../../db/repos/cases';
import type { ImportDraft } from '../contract/import';
import { DEFAULT_PARSE_LIMITS, UntrustedParser, type ParseLimits } from '../untrusted/parser';
import { citedInstances } from '../library/instances';
import type { FileDraft } from './draftsFromFile';
import { checkSize } from './readers';

export interface PreviewFile {
  name: string;
  dataBase64: string;
}

export interface PreviewProgress {
  progress(done: number, total: number, message?: string): void;
}

export interface PreviewResult {
  drafts: ImportDraft[];
  failures: { name: string; message: string }[];
}

/** Decoded size of a base64 string, known before decoding it. */
const base64Bytes = (s: string) =>
  Math.floor((s.length * 3) / 4) - (s.endsWith('==') ? 2 : s.endsWith('=') ? 1 : 0);

/**
 * Reads every file (or the pasted text) into drafts; a file that cannot be read becomes a failure
 * with its reason and never stops the others. Nothing is written. Each file is parsed in the
 * parse worker (core/untrusted) with a memory limit and a deadline, so a hostile file is refused
 * without stalling the host; cancelling the job stops the worker at once.
 */
export async function previewImport(
  db: ReadableDB,
  input: { files?: PreviewFile[]; text?: string; name?: string },
  job: PreviewProgress & { signal?: AbortSignal },
  limits: ParseLimits = DEFAULT_PARSE_LIMITS.importFile,
): Promise<PreviewResult> {
  const drafts: FileDraft[] = [];
  const failures: PreviewResult['failures'] = [];
  const files = input.files ?? [];
  const parser = new UntrustedParser(limits, { kind: 'importFile' });
  try {
    if (input.text?.trim()) {
      const name = input.name?.trim() || '粘贴的文本';
      try {
        const read = await parser.run({ kind: 'importText', name, text: input.text }, name, job.signal);
        drafts.push(...read.drafts);
        failures.push(...read.failures);
      } catch (e) {
        if (e instanceof AppError && e.code === 'CANCELLED') throw e;
        failures.push({
          name,
          message: e instanceof AppError ? e.message : `“${name}”无法读取：${String(e)}`,
        });
      }
    }
    for (const [i, file] of files.entries()) {
      job.progress(i, files.length, `正在读取 ${file.name}`);
      try {
        checkSize(file.name, base64Bytes(file.dataBase64));
        // A copy of its own, so the whole buffer can be handed to the worker.
        const data = new Uint8Array(Buffer.from(file.dataBase64, 'base64'));
        const read = await parser.run(
          { kind: 'importFile', index: i, name: file.name, data },
          file.name,
          job.signal,
        );
        drafts.push(...read.drafts);
        failures.push(...read.failures);
      } catch (e) {
        if (e instanceof AppError && e.code === 'CANCELLED') throw e;
        failures.push({
          name: file.name,
          message: e instanceof AppError ? e.message : `文件“${file.name}”无法读取：${String(e)}`,
        });
      }
    }
  } finally {
    await parser.close();
  }
  job.progress(files.length, files.length, '读取完成');
  return { drafts: markDuplicates(db, drafts), failures };
}

/**
 * Flags drafts whose 案号 is in the library, or repeats an earlier draft of the same batch; names
 * the library cases a draft cites (an earlier instance), which it will be linked to.
 */
function markDuplicates(db: ReadableDB, drafts: FileDraft[]): ImportDraft[] {
  const seen = new Map<string, string>();
  return drafts.map((d) => {
    const duplicates = d.case.caseNumber ? findByCaseNumber(db, d.case.caseNumber) : [];
    const problems = [...d.problems];
    if (duplicates.length) {
      problems.push(
        `案号 ${d.case.caseNumber} 已在案例库中（${duplicates.map((x) => `“${x.title}”`).join('、')}），导入时可选择跳过、替换或保留两者。`,
      );
    }
    const key = caseNumberKey(d.case.caseNumber);
    if (key && seen.has(key)) problems.push(`与本批的“${seen.get(key)}”案号相同。`);
    else if (key) seen.set(key, d.name);
    const instances = citedInstances(db, d.case.relatedCaseNumbers);
    if (instances.length)
      problems.push(
        `本文书引用的 ${instances.map((x) => `${x.caseNumber}（“${x.title}”）`).join('、')} 已在案例库中，导入后将作为关联文书链接；不需要链接的，请在“关联案号”中删去。`,
      );
    return { ...d, problems, duplicates, instances };
  });
}
