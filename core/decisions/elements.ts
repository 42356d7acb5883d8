import { readCitations } from './citations';
import { readDates } from './dates';
import type { Recognised } from './docType';
import { matchesAny } from './text';
import { ELEMENT_KINDS, type DecisionElement, type ElementKind, type Sentence } from './types';

/** Sentence patterns for each element read a sentence at a time (one sentence may be two elements). */
const SENTENCE_ELEMENTS: { kind: ElementKind; patterns: string[] }[] = [
  { kind: 'facts', patterns: ['经查', '查明', '经调查', '经核实', '经审查', '经核查', '现已查明'] },
  {
    kind: 'evidence',
    patterns: ['证据', '笔录', '照片', '鉴定', '证明', '为证', '证实', '勘验', '检测报告', '视听资料'],
  },
  {
    kind: 'decision',
    patterns: [
      '决定如下',
      '现决定',
      '本机关决定',
      '作出如下',
      '决定[：:]',
      '^[一二三四五六七八九十]+、',
      '认定为工伤',
      '视同工伤',
      '不予认定',
      '不属于工伤',
      '予以公开',
      '不予公开',
      '部分公开',
      '补偿方式',
      '限你',
      '限期',
      '强制执行',
      '催告你',
    ],
  },
  { kind: 'discretion', patterns: ['裁量', '从轻', '减轻', '从重', '鉴于', '情节', '考虑到'] },
  { kind: 'rights', patterns: ['陈述', '申辩', '听证'] },
  { kind: 'remedy', patterns: ['行政复议', '行政诉讼', '向.{0,20}人民法院.{0,6}(起诉|提起)'] },
];

const PARTY =
  /^(当事人|申请人|被申请人|被征收人|被执行人|被催告人|受伤职工|职工姓名|职工|用人单位|申请单位|违法行为人)\s*[（(]?[^：:\n]{0,12}[）)]?\s*[：:].+$/gmu;
const ADDRESSEE = /^[^\s：:，。]{2,30}[：:]\s*$/gmu;
const AGENCY_LINE =
  /^[\u4e00-\u9fa5（）()]{2,40}(局|人民政府|委员会|办事处|办公室|中心|厅|大队|支队|管理处)(（印章）|（章）|（盖章）)?$/gmu;

const element = (kind: ElementKind, start: number, text: string, value?: string): DecisionElement => ({
  kind,
  label: ELEMENT_KINDS[kind],
  text,
  start,
  end: start + text.length,
  ...(value === undefined ? {} : { value }),
});

/** Everything the review reads from a draft, in text order. */
export function readElements(
  text: string,
  sentences: readonly Sentence[],
  type: Recognised,
): DecisionElement[] {
  const out: DecisionElement[] = [];
  if (type.titleSpan)
    out.push(element('title', type.titleSpan.start, text.slice(type.titleSpan.start, type.titleSpan.end)));
  const agencies = [...text.matchAll(AGENCY_LINE)];
  for (const m of [agencies[0], agencies.length > 1 ? agencies.at(-1) : undefined]) {
    if (m) out.push(element('agency', m.index ?? 0, m[0]));
  }
  const parties = [...text.matchAll(PARTY)];
  if (parties.length) for (const m of parties) out.push(element('party', m.index ?? 0, m[0]));
  else {
    const addressee = [...text.matchAll(ADDRESSEE)][0];
    if (addressee) out.push(element('party', addressee.index ?? 0, addressee[0].replace(/[：:]\s*$/u, '')));
  }
  for (const s of sentences) {
    for (const { kind, patterns } of SENTENCE_ELEMENTS) {
      if (matchesAny(s.text, patterns)) out.push(element(kind, s.start, s.text));
    }
  }
  for (const c of readCitations(text)) {
    if (c.articles.length) out.push(element('basis', c.start, c.text, c.articles.join('、')));
  }
  out.push(...readDates(text, sentences));
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}
