import type {
  AgencyType,
  Category,
  CourtLevel,
  EnforcementStepCode,
  LossReasonCode,
  Outcome,
} from '../../../shared/taxonomy';
import { proposeAgencyType, proposeCategory } from './category';
import { readCause } from './cause';
import { courtLevelOf } from './court';
import { readDisposition } from './disposition';
import { readHeader, trialStageOf } from './header';
import { citedCaseNumbers } from './instances';
import { readLossReasons, type LossReasonEvidence } from './lossReasons';
import { readOutcome, type OutcomeKind } from './outcome';
import { readParties } from './parties';
import type { CitedProvision } from './provisions';
import { ownSpans, reasoningSpans, sentencesOf } from './reasoning';
import { readSignature } from './signature';
import { readSteps } from './steps';
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
  courtLevel: CourtLevel | null;
  category: Category;
  /** The words the category was read from ('' when none matched and 其他 was taken). */
  categoryEvidence: string;
  agencyType: AgencyType | null;
  /** Proposed only where the agency lost; each with the court's sentence. */
  lossReasons: LossReasonCode[];
  lossReasonEvidence: LossReasonEvidence[];
  enforcementSteps: EnforcementStepCode[];
  enforcementStepEvidence: { code: EnforcementStepCode; ground: string }[];
  /** Other 行 案号 the document cites (the instances before it). */
  relatedCaseNumbers: string[];
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
  const reasoningEnd = disposition.dispositionSpan?.start ?? signature.start;
  const reasoningPassages = reasoningSpans(text, reasoningEnd);
  const reasoning = sentencesOf(text, reasoningPassages);
  const factsEnd = reasoningPassages[0]?.start ?? reasoningEnd;
  const basisSentence = disposition.legalBasisSpan
    ? { text: disposition.legalBasis, span: disposition.legalBasisSpan }
    : undefined;
  const lost = outcome.agencyLost === true;
  const own = sentencesOf(text, ownSpans(text, reasoningPassages));
  const grounds = lost ? readLossReasons(reasoning, basisSentence, own) : [];
  const steps = lost ? readSteps(reasoning, grounds) : [];
  const narrative = lines[parties.narrativeLine];
  const category = proposeCategory(
    { text: cause.cause, span: cause.span },
    {
      text: blankNames(text.slice(narrative?.start ?? 0, factsEnd), partyNames),
      start: narrative?.start ?? 0,
    },
    { text: disposition.disposition, start: disposition.dispositionSpan?.start ?? 0 },
  );
  const agency = proposeAgencyType(parties.defendants[0] ?? '', parties.spans.defendants?.[0]);
  const related = citedCaseNumbers(text, header.caseNumber, reasoningEnd);
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
    courtLevel: courtLevelOf(header.court),
    category: category.value,
    categoryEvidence: category.evidence,
    agencyType: agency?.value ?? null,
    lossReasons: grounds.map((g) => g.code),
    lossReasonEvidence: grounds,
    enforcementSteps: steps.map((s) => s.code),
    enforcementStepEvidence: steps.map(({ code, ground }) => ({ code, ground })),
    relatedCaseNumbers: related.map((r) => r.caseNumber),
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
    courtLevel: one(header.courtSpan),
    category: one(category.span),
    agencyType: one(agency?.span),
    lossReasons: grounds.map((g) => g.span),
    enforcementSteps: steps.map((s) => s.span),
    relatedCaseNumbers: related.map((r) => r.span),
  };
  for (const key of Object.keys(sources) as FieldName[]) if (!sources[key]?.length) delete sources[key];
  return { fields, sources, problems: problemsOf(fields), libraryOutcome: outcome.libraryOutcome };
}

/** Party names blanked out (same length, so offsets hold): 规划局 in a name is not a 规划 case. */
function blankNames(line: string, names: string[]): string {
  let out = line;
  for (const name of names) if (name) out = out.split(name).join('　'.repeat(name.length));
  return out;
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
