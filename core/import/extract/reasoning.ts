import type { Span } from './types';

/** One sentence of the court's reasoning, with where it stands in the document. */
export interface Sentence {
  text: string;
  /** The same sentence with quoted passages blanked: quoted statute text is the law, not a finding. */
  plain?: string;
  span: Span;
}

/** Quoted passages (“……”), possibly over several sentences, blanked with the same length. */
const blankQuotes = (s: string): string => s.replace(/“[^”"]*[”"]|「[^」]*」/g, (q) => '　'.repeat(q.length));

/** "本院认为，" / "本院经审查认为：" / "上海市第一中级人民法院认为：" — a court giving its reasons. */
const OPENS = /(?:本院|法院|本庭)(?:经审查|经审理|再审)?认为\s*[，,：:]/g;
/** Where a court's reasoning stops: its operative part, or the next party's statement. */
const CLOSES = /(?:判决|裁定)如下|(?:上诉|申请再审|诉|辩|述)称|经审理查明|审理查明|二审诉辩|再审诉辩/g;

/**
 * The passages where a court gives its own reasons (本院认为…, and in an appeal the first
 * instance's reasons it quotes), up to the operative part. Party statements, evidence lists and
 * the statutes appended after the signature are left out, so that a ground found here is the
 * court's and not a party's claim.
 */
export function reasoningSpans(text: string, end: number): Span[] {
  const spans: Span[] = [];
  const body = text.slice(0, end);
  for (const open of body.matchAll(OPENS)) {
    const start = open.index;
    if (spans.length && start < spans[spans.length - 1]!.end) continue;
    CLOSES.lastIndex = start + open[0].length;
    const close = CLOSES.exec(body);
    spans.push({ start, end: close ? close.index : end });
  }
  return spans;
}

/** The passages where the court deciding this document speaks (本院认为), not the lower courts it quotes. */
export const ownSpans = (text: string, spans: Span[]): Span[] => {
  const own = spans.filter((s) => /^本院|^本庭/.test(text.slice(s.start, s.start + 2)));
  return own.length ? own : spans;
};

/** Splits passages into sentences at 。；; and line ends, keeping offsets into the text. */
export function sentencesOf(text: string, spans: Span[]): Sentence[] {
  const out: Sentence[] = [];
  for (const s of spans) {
    const re = /[^。；;\n]+[。；;]?/g;
    const passage = text.slice(s.start, s.end);
    const plainPassage = blankQuotes(passage);
    for (const m of passage.matchAll(re)) {
      const raw = m[0];
      const lead = raw.length - raw.trimStart().length;
      const trimmed = raw.trim();
      if (trimmed.replace(/[\s\u3000]/g, '').length < 4) continue;
      const start = s.start + m.index + lead;
      const from = m.index + lead;
      const plain = plainPassage.slice(from, from + trimmed.length);
      if (!plain.replace(/[\s\u3000]/g, '')) continue;
      out.push({ text: trimmed, plain, span: { start, end: start + trimmed.length } });
    }
  }
  return out;
}

/** A sentence that states or rejects a party's argument, not the court's own finding. */
export const isPartyArgument = (s: string): boolean =>
  /(主张|上诉理由|再审理由|申请理由|诉讼请求|上诉请求|诉称|辩称|认为[^，。]{0,20}(请求|理由))[^。]*(不能成立|不成立|不予支持|不予采纳|不予采信|没有|缺乏|无)/.test(
    s,
  ) || /(不能成立|不予支持|不予采纳|不予采信)[。；;]?$/.test(s);
