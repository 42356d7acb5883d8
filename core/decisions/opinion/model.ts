import { numberToChinese } from '../../text/numerals';
import type { CheckResult } from '../check';
import { SEVERITY_LABELS, type Conclusion, type Severity } from '../types';

/** One numbered opinion of the 意见书: the finding, the passage it concerns and the cases it recalls. */
export interface Opinion {
  number: string;
  severity: Severity;
  severityLabel: string;
  message: string;
  statute: string;
  passage?: string;
  cases: { title: string; reason: string }[];
  /** The earlier opinion that already lists the same cases (its number), so they are not repeated. */
  casesAsIn?: string;
}

/** Everything a 法制审核意见书 says, in the order it says it; rendered to Word and to print HTML. */
export interface OpinionDoc {
  /** The draft under review as its title names it, with its 文号 when there is one. */
  reviewedTitle: string;
  docType: string;
  agency: string;
  party: string;
  opinions: Opinion[];
  conclusion: Conclusion;
  proposed: Conclusion;
  reviewer: string;
  notes: string;
  /** 2026年12月3日 */
  date: string;
  /** Every case cited, once, for the closing list. */
  cited: { title: string }[];
}

const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n)}…` : s);
const FILE_NUMBER = /[\u4e00-\u9fa5]{1,12}[〔[（(]\d{4}[〕\]）)]\s*\d+\s*号/u;

const chineseDate = (d: Date) => `${d.getFullYear()}年${d.getMonth() + 1}月${d.getDate()}日`;

export function buildOpinion(
  check: CheckResult & { text: string },
  options: { conclusion?: Conclusion; reviewer?: string; notes?: string; today?: Date },
): OpinionDoc {
  const first = (kind: string) => check.elements.find((e) => e.kind === kind)?.text ?? '';
  const agency = first('agency');
  const title = first('title') || check.docType;
  const number = FILE_NUMBER.exec(check.text.slice(0, 400))?.[0] ?? '';
  const reviewedTitle = `${agency && !title.startsWith(agency) ? agency : ''}《${title}》${number ? `（${number}）` : ''}`;
  const listed = new Map<string, string>();
  const opinions = check.findings.map((f, i): Opinion => {
    const number = numberToChinese(i + 1);
    const key = f.cases.map((c) => c.id).join(',');
    const earlier = key ? listed.get(key) : undefined;
    if (key && !earlier) listed.set(key, number);
    return {
      number,
      severity: f.severity,
      severityLabel: SEVERITY_LABELS[f.severity],
      message: f.message,
      statute: f.statute,
      ...(f.passage ? { passage: clip(check.text.slice(f.passage.start, f.passage.end), 120) } : {}),
      cases: earlier ? [] : f.cases.map((c) => ({ title: c.title, reason: c.reason })),
      ...(earlier ? { casesAsIn: earlier } : {}),
    };
  });
  const seen = new Set<string>();
  const cited = check.findings
    .flatMap((f) => f.cases)
    .filter((c) => !seen.has(c.id) && Boolean(seen.add(c.id)))
    .map((c) => ({ title: c.title }));
  return {
    reviewedTitle,
    docType: check.docType,
    agency,
    party: first('party').replace(/^[^：:]{0,12}[：:]\s*/u, ''),
    opinions,
    conclusion: options.conclusion ?? check.conclusion,
    proposed: check.conclusion,
    reviewer: options.reviewer?.trim() ?? '',
    notes: options.notes?.trim() ?? '',
    date: chineseDate(options.today ?? new Date()),
    cited,
  };
}

/** The sentence under 审核结论 for each conclusion. */
export const CONCLUSION_TEXT: Record<Conclusion, string> = {
  同意: '经审核，该文书主体适格、事实清楚、证据确凿、适用依据正确、程序合法，同意作出。',
  建议修改: '经审核，该文书存在上述问题，建议按审核意见修改完善后再行作出。',
  不同意:
    '经审核，该文书存在影响决定合法性的重大问题，不同意按现稿作出，请依法补正程序或重新研究后再报审核。',
};
