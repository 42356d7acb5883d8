import { AppError } from '../../db/errors';
import { CaseContent, type CaseContentInput } from '../../shared/case';
import type { ImportDraft, ImportFields } from '../contract/import';
import { proposeCase } from './draft';
import { extractJudgment } from './extract';
import { readCaseList } from './list/read';
import { MAX_TEXT_CHARS } from './limits';
import { checkSize, kindOf, normalizeNewlines, readDocument } from './readers';

/** A draft before the library is asked whether its 案号 is already there. */
export type FileDraft = Omit<ImportDraft, 'duplicates' | 'instances'>;

export interface FileDrafts {
  drafts: FileDraft[];
  failures: { name: string; message: string }[];
}

export function judgmentDraft(key: string, name: string, text: string): FileDraft {
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

function listDraft(key: string, name: string, input: CaseContentInput): FileDraft {
  const c = CaseContent.parse(input);
  return { key, name, kind: 'list', fields: listFields(c), sources: {}, problems: [], case: c };
}

const failureMessage = (name: string, e: unknown): string =>
  e instanceof AppError ? e.message : `文件“${name}”无法读取：${(e as Error).message ?? String(e)}`;

/**
 * The drafts one uploaded file yields (a judgment, or the rows of a list), or why it could not
 * be read. Touches no library: this is the part that runs in the parse worker
 * (core/untrusted), on bytes nobody has vouched for.
 */
export async function draftsFromFile(
  index: number,
  file: { name: string; data: Uint8Array },
): Promise<FileDrafts> {
  const drafts: FileDraft[] = [];
  const failures: FileDrafts['failures'] = [];
  try {
    checkSize(file.name, file.data.byteLength);
    const kind = kindOf(file.name);
    const data = Buffer.from(file.data.buffer, file.data.byteOffset, file.data.byteLength);
    if (kind === 'xlsx' || kind === 'csv' || kind === 'json') {
      const rows = await readCaseList(file.name, kind, data);
      rows.forEach((row, r) => {
        if (row.case) drafts.push(listDraft(`${index}:${r}`, row.name, row.case));
        else failures.push({ name: row.name, message: row.error ?? '无法读取' });
      });
    } else {
      drafts.push(judgmentDraft(String(index), file.name, await readDocument(file.name, data)));
    }
  } catch (e) {
    failures.push({ name: file.name, message: failureMessage(file.name, e) });
  }
  return { drafts, failures };
}

/** The draft of pasted judgment text, or why it cannot be one (too long to be a judgment). */
export function draftsFromText(name: string, text: string): FileDrafts {
  if (text.length > MAX_TEXT_CHARS) {
    const message = `粘贴的文本“${name}”超过了 ${MAX_TEXT_CHARS} 个字符的上限：这不像一份裁判文书，已拒绝读取。`;
    return { drafts: [], failures: [{ name, message }] };
  }
  return { drafts: [judgmentDraft('text', name, normalizeNewlines(text))], failures: [] };
}
