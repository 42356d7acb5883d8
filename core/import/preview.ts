import type { ReadableDB } from '../../db/connection';
import { AppError } from '../../db/errors';
import { CaseContent, type CaseContentInput } from '../../shared/case';
import { caseNumberKey } from '../../shared/caseNumber';
import { findByCaseNumber } from '../../db/repos/cases';
import type { ImportDraft, ImportFields } from '../contract/import';
import { citedInstances } from '../library/instances';
import { proposeCase } from './draft';
import { extractJudgment } from './extract';
import { readCaseList } from './list/read';
import { checkSize, kindOf, normalizeNewlines, readDocument } from './readers';

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

function judgmentDraft(
  key: string,
  name: string,
  text: string,
): Omit<ImportDraft, 'duplicates' | 'instances'> {
  const extraction = extractJudgment(text);
  const proposed = CaseContent.parse(proposeCase(extraction, text, name));
  return {
    key,
    name,
    kind: 'judgment',
    fields: extraction.fields,
    sources: extraction.sources,
    problems: extraction.problems,
    case: proposed,
  };
}

/** The fields a list row states, in the shape of a judgment's, so the review screen shows both alike. */
function listFields(c: CaseContent): ImportFields {
  return {
    court: c.court,
    docType: '',
    caseNumber: c.caseNumber,
    trialStage: c.trialStage ?? '',
    plaintiffs: [],
    defendants: c.defendant ? c.defendant.split('、') : [],
    thirdParties: [],
    cause: '',
    judgmentDate: c.judgmentDate,
    judges: [],
    clerk: '',
    disposition: c.ruling,
    outcome: c.outcome,
    agencyLost: true,
    legalBasis: '',
    provisions: c.provisions.map((p) => ({ law: p.law, article: p.article, clause: p.clause })),
    courtLevel: c.courtLevel,
    category: c.category,
    categoryEvidence: '',
    agencyType: c.agencyType,
    lossReasons: c.lossReasons.map((r) => r.code),
    lossReasonEvidence: [],
    enforcementSteps: c.enforcementSteps,
    enforcementStepEvidence: [],
    relatedCaseNumbers: c.relatedCaseNumbers,
  };
}

function listDraft(
  key: string,
  name: string,
  input: CaseContentInput,
): Omit<ImportDraft, 'duplicates' | 'instances'> {
  const c = CaseContent.parse(input);
  return { key, name, kind: 'list', fields: listFields(c), sources: {}, problems: [], case: c };
}

const failureMessage = (name: string, e: unknown): string =>
  e instanceof AppError ? e.message : `文件“${name}”无法读取：${(e as Error).message ?? String(e)}`;

/**
 * Reads every file (or the pasted text) into drafts; a file that cannot be read becomes a failure
 * with its reason and never stops the others. Nothing is written. Yields between files so that a
 * cancel request can arrive.
 */
export async function previewImport(
  db: ReadableDB,
  input: { files?: PreviewFile[]; text?: string; name?: string },
  job: PreviewProgress,
): Promise<PreviewResult> {
  const drafts: Omit<ImportDraft, 'duplicates' | 'instances'>[] = [];
  const failures: PreviewResult['failures'] = [];
  const files = input.files ?? [];
  if (input.text?.trim()) {
    drafts.push(judgmentDraft('text', input.name?.trim() || '粘贴的文本', normalizeNewlines(input.text)));
  }
  for (const [i, file] of files.entries()) {
    job.progress(i, files.length, `正在读取 ${file.name}`);
    await new Promise((resolve) => setImmediate(resolve));
    try {
      checkSize(file.name, base64Bytes(file.dataBase64));
      const kind = kindOf(file.name);
      const data = Buffer.from(file.dataBase64, 'base64');
      if (kind === 'xlsx' || kind === 'csv' || kind === 'json') {
        const rows = await readCaseList(file.name, kind, data);
        rows.forEach((row, r) => {
          if (row.case) drafts.push(listDraft(`${i}:${r}`, row.name, row.case));
          else failures.push({ name: row.name, message: row.error ?? '无法读取' });
        });
      } else {
        drafts.push(judgmentDraft(String(i), file.name, await readDocument(file.name, data)));
      }
    } catch (e) {
      if (e instanceof AppError && e.code === 'CANCELLED') throw e;
      failures.push({ name: file.name, message: failureMessage(file.name, e) });
    }
  }
  job.progress(files.length, files.length, '读取完成');
  return { drafts: markDuplicates(db, drafts), failures };
}

/**
 * Flags drafts whose 案号 is in the library, or repeats an earlier draft of the same batch; names
 * the library cases a draft cites (an earlier instance), which it will be linked to.
 */
function markDuplicates(
  db: ReadableDB,
  drafts: Omit<ImportDraft, 'duplicates' | 'instances'>[],
): ImportDraft[] {
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
