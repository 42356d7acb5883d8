/** A character range [start, end) into the draft's text, as the renderer highlights it. */
export interface Span {
  start: number;
  end: number;
}

export const ELEMENT_KINDS = {
  title: '文书名称',
  agency: '作出机关',
  party: '当事人',
  facts: '认定事实',
  evidence: '证据',
  basis: '法律依据',
  decision: '决定内容',
  discretion: '裁量理由',
  rights: '权利告知',
  remedy: '救济途径',
  date: '日期',
} as const;
export type ElementKind = keyof typeof ELEMENT_KINDS;

/** One thing read from the draft, with where it stands. */
export interface DecisionElement extends Span {
  kind: ElementKind;
  label: string;
  text: string;
  /** Normalized value: an ISO date, a citation such as 《行政处罚法》第44条, the date's role. */
  value?: string;
}

export type Severity = 'high' | 'medium' | 'low';
export const SEVERITY_LABELS: Record<Severity, string> = { high: '高', medium: '中', low: '低' };

export interface LinkedCase {
  id: string;
  title: string;
  reason: string;
}

export interface Finding {
  code: string;
  severity: Severity;
  /** What is wrong, in one sentence. */
  message: string;
  /** The rule's statute, current version. */
  statute: string;
  passage?: Span;
  cases: LinkedCase[];
}

export type Conclusion = '同意' | '建议修改' | '不同意';
export const CONCLUSIONS: readonly Conclusion[] = ['同意', '建议修改', '不同意'];

/** A sentence of the draft: the unit most rules read. */
export interface Sentence extends Span {
  text: string;
}

/** Everything the detectors may read: the text, its sentences and the elements found. */
export interface Draft {
  text: string;
  sentences: Sentence[];
  elements: DecisionElement[];
  /** The variant of the type (不予认定, 催告书 …), when the type has them. */
  variant?: string;
}
