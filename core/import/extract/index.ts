import type { Outcome } from '../../../shared/taxonomy';
import { readCause } from './cause';
import { readDisposition } from './disposition';
import { readHeader, trialStageOf } from './header';
import { readOutcome, type OutcomeKind } from './outcome';
import { readParties } from './parties';
import type { CitedProvision } from './provisions';
import { readSignature } from './signature';
import { splitLines, type Judge, type Span } from './types';

/** The fields 案鉴 proposes from one judgment; names fixed by the import.preview contract. */
export interface JudgmentFields {
  court: string;
  docType: string;
  caseNumber: string;
  /** 一审 / 二审 / 再审 / 再审审查, from the 案号's type code. */
  trialStage: string;
  plaintiffs: string[];
  defendants: string[];
  thirdParties: string[];
  cause: string;
  judgmentDate: string | null;
  judges: Judge[];
  clerk: string;
  disposition: string;
  outcome: OutcomeKind | '';
  agencyLost: boolean | null;
  legalBasis: string;
  provisions: CitedProvision[];
}

export type FieldName = keyof JudgmentFields;

export interface Extraction {
  fields: JudgmentFields;
  /** Per field, the passages of the text it was read from. */
  sources: Partial<Record<FieldName, Span[]>>;
  /** Fields that could not be read, in Chinese, for the review screen. */
  problems: string[];
  /** The library outcome for a lost case, when the document states one. */
  libraryOutcome: Outcome | null;
}

/**
 * Reads a judgment's fields by its structure: title lines (court, document type, 案号), the party
 * list, the opening narrative (案由), the legal-basis clause and operative part, and the signature
 * block (judges, date). Plain patterns, no network, no model.
 */
export function extractJudgment(text: string): Extraction {
  const lines = splitLines(text);
  const header = readHeader(lines, text);
  const parties = readParties(lines, header.bodyLine);
  const signature = readSignature(lines, text);
  const disposition = readDisposition(text, signature.start);
  const partyNames = [...parties.plaintiffs, ...parties.defendants, ...parties.thirdParties];
  const cause = readCause(lines, parties.narrativeLine, partyNames);
  const outcome = disposition.disposition
    ? readOutcome(disposition.disposition, text, disposition.dispositionSpan?.start ?? text.length, parties)
    : { kind: '' as const, agencyLost: null, libraryOutcome: null };
  const fields: JudgmentFields = {
    court: header.court,
    docType: header.docType,
    caseNumber: header.caseNumber,
    trialStage: trialStageOf(header.caseNumber),
    plaintiffs: parties.plaintiffs,
    defendants: parties.defendants,
    thirdParties: parties.thirdParties,
    cause: cause.cause,
    judgmentDate: signature.date,
    judges: signature.judges,
    clerk: signature.clerk,
    disposition: disposition.disposition,
    outcome: outcome.kind,
    agencyLost: outcome.agencyLost,
    legalBasis: disposition.legalBasis,
    provisions: disposition.provisions,
  };
  const one = (s?: Span) => (s ? [s] : undefined);
  const sources: Extraction['sources'] = {
    court: one(header.courtSpan),
    docType: one(header.docTypeSpan),
    caseNumber: one(header.caseNumberSpan),
    trialStage: one(header.caseNumberSpan),
    plaintiffs: parties.spans.plaintiffs,
    defendants: parties.spans.defendants,
    thirdParties: parties.spans.thirdParties,
    cause: one(cause.span),
    judgmentDate: one(signature.dateSpan),
    judges: one(signature.judgesSpan),
    clerk: one(signature.judgesSpan),
    disposition: one(disposition.dispositionSpan),
    outcome: one(disposition.dispositionSpan),
    agencyLost: one(disposition.dispositionSpan),
    legalBasis: one(disposition.legalBasisSpan),
    provisions: one(disposition.legalBasisSpan),
  };
  for (const key of Object.keys(sources) as FieldName[]) if (!sources[key]?.length) delete sources[key];
  return { fields, sources, problems: problemsOf(fields), libraryOutcome: outcome.libraryOutcome };
}

const LABELS: Partial<Record<FieldName, string>> = {
  court: '法院',
  docType: '文书类型',
  caseNumber: '案号',
  trialStage: '审级',
  cause: '案由',
  judgmentDate: '裁判日期',
  disposition: '裁判主文（判决如下）',
};

function problemsOf(f: JudgmentFields): string[] {
  const problems: string[] = [];
  for (const [key, label] of Object.entries(LABELS) as [FieldName, string][]) {
    const value = f[key];
    if (value === null || value === '') problems.push(`未能识别${label}，请手工填写。`);
  }
  if (!f.plaintiffs.length) problems.push('未能识别原告（上诉人/再审申请人），请手工填写。');
  if (!f.defendants.length) problems.push('未能识别被告行政机关，请手工填写。');
  if (!f.judges.length) problems.push('未能识别审判人员。');
  if (!f.provisions.length) problems.push('未能识别裁判依据的法律条文（“依照……之规定”）。');
  if (f.agencyLost === false)
    problems.push(`文书显示行政机关未败诉（${f.outcome}），请确认是否收入败诉案例库。`);
  if (f.agencyLost === null && f.outcome)
    problems.push(`裁判结果为“${f.outcome}”，未对行政行为作出实体判断，请核对。`);
  return problems;
}
