import type { LossReasonCode } from '../../../shared/taxonomy';
import { groundRefs, reasonOfRef } from './groundCitations';
import { isPartyArgument, type Sentence } from './reasoning';
import type { Span } from './types';

/** A proposed loss reason with the court's words it was read from. */
export interface LossReasonEvidence {
  code: LossReasonCode;
  /** The court's sentence, as written (shortened around the ground when long). */
  ground: string;
  /** 'statute': the court cited the item; 'wording': the court said it in its reasoning. */
  basis: 'statute' | 'wording';
  span: Span;
}

/** How courts state a ground without citing an item. Order: the narrower reading first. */
const WORDING: [LossReasonCode, RegExp][] = [
  [
    'minor-procedure',
    /程序轻微违法|轻微违反法定程序|程序(上)?存在(轻微)?瑕疵[^。；]{0,30}(不产生实际影响|确认违法)/,
  ],
  ['void', /重大且明显违法|(确认|属于)[^。；]{0,20}无效/],
  [
    'agreement-breach',
    /(未|不)(依法|按照?约定)履行[^。；]{0,10}协议|违法(变更|解除)[^。；]{0,10}协议|(协议|约定)[^。；]{0,20}违约/,
  ],
  [
    'nonperformance',
    /(未|不|没有)(依法)?履行[^。；，]{0,12}(法定)?职责|拖延履行|不作为|(未|没有)(在法定期限内|及时)?(作出)?(书面)?答复|逾期[^。；，]{0,10}(未|不)(作出|答复|处理)/,
  ],
  [
    'evidence',
    /主要证据不足|证据不足|(认定|基本)?事实不清|事实认定(错误|不清)|认定事实错误|视为(被诉行政行为)?没有(相应)?证据|(未|没有)(提交|提供)[^。；]{0,20}证据/,
  ],
  [
    'law',
    /适用法律[、，,]?(法规)?(错误|不当)|适用法规错误|(缺乏|没有|无)(法律|事实和法律|法律、法规)依据|于法无据|法律依据不足|依据(的规范性文件)?不合法/,
  ],
  ['ultra-vires', /超越(法定)?职权|超越(其)?权限|无权作出|不具有[^。；]{0,10}(法定)?职权|越权/],
  ['abuse', /滥用职权/],
  ['unreasonable', /明显不当|显失公正|明显不合理|过罚不相当|畸重/],
  [
    'procedure',
    /违反法定程序|程序违法|不符合法定程序|严重违反[^。；]{0,6}程序|程序不当|(未|没有)(依法)?(告知|听取[^。；]{0,10}(陈述|申辩|意见)|举行听证|组织听证|送达|通知[^。；]{0,20}参加)/,
  ],
];

/** A ground preceded by 不/无/并非… (“并无明显不当”, “不存在程序违法”) is denied, not found. */
const NEGATED = /(不|无|未|并非|非|不属于|不存在|没有|不构成|不足以认定)[^，。；、]{0,3}$/;

const MAX_GROUND = 120;

/** A sentence about a lower court's judgment (原一审法院认定…, 原审判决…), not about the agency. */
const LOWER_COURT_SUBJECT = /^[^，。；]{0,8}?(原)?(一审|二审|原审|原)(法院|判决|裁定)/;

/** The sentence with quoted passages blanked (same length, so offsets hold). */
export const withoutQuotes = (s: string): string =>
  s.replace(/“[^”]*”|"[^"]*"|「[^」]*」/g, (q) => '　'.repeat(q.length));

function groundText(s: Sentence, at: number, length: number): { ground: string; span: Span } {
  // A quotation before the ground is the statute the court applied: the ground starts after it.
  const plain = s.plain ?? s.text;
  const quoteEnd = Math.max(plain.lastIndexOf('　', at), -1);
  const cut = quoteEnd >= 0 && /[”"]/.test(s.text[quoteEnd] ?? '') ? quoteEnd + 1 : 0;
  if (cut > 0 && cut < at) {
    const rest = {
      ...s,
      text: s.text.slice(cut),
      plain: plain.slice(cut),
      span: { start: s.span.start + cut, end: s.span.end },
    };
    return groundText(rest, at - cut, length);
  }
  if (s.text.length <= MAX_GROUND) return { ground: s.text, span: s.span };
  const from = Math.max(0, Math.min(at - 50, s.text.length - MAX_GROUND));
  const ground = s.text.slice(from, from + MAX_GROUND);
  return {
    ground: `${from > 0 ? '……' : ''}${ground}${from + MAX_GROUND < s.text.length ? '……' : ''}`,
    span: { start: s.span.start + from, end: s.span.start + from + Math.max(length, ground.length) },
  };
}

/** Grounds the court cited as items of 行政诉讼法 (in the legal-basis clause or the reasoning). */
function citedGrounds(sentences: Sentence[]): LossReasonEvidence[] {
  const out: LossReasonEvidence[] = [];
  for (const s of sentences) {
    if (
      isPartyArgument(s.text) ||
      /(原审|一审)[^。；]{0,10}(适用|依照|依据)[^。；]{0,6}(法律)?错误/.test(s.text)
    )
      continue;
    for (const ref of groundRefs(s.text)) {
      const code = reasonOfRef(ref);
      if (!code || out.some((e) => e.code === code)) continue;
      out.push({ code, basis: 'statute', ...groundText(s, 0, s.text.length) });
    }
  }
  return out;
}

/** Grounds the court states in words, in sentences that are its own findings about the agency. */
function wordedGrounds(sentences: Sentence[]): LossReasonEvidence[] {
  const out: LossReasonEvidence[] = [];
  for (const s of sentences) {
    if (isPartyArgument(s.text) || LOWER_COURT_SUBJECT.test(s.text)) continue;
    // Quoted statute text (“被告……逾期提供证据的，视为没有相应证据”) is the law, not a finding.
    let rest = withoutQuotes(s.plain ?? s.text);
    for (const [code, re] of WORDING) {
      const m = re.exec(rest);
      if (!m) continue;
      // Blank the match so that 程序轻微违法 is not read again as 程序违法.
      rest = rest.slice(0, m.index) + '　'.repeat(m[0].length) + rest.slice(m.index + m[0].length);
      if (NEGATED.test(s.text.slice(0, m.index))) continue;
      if (/(原审|一审)(法院|判决|裁定)[^。；，]{0,20}$/.test(s.text.slice(0, m.index))) continue;
      if (out.some((e) => e.code === code)) continue;
      out.push({ code, basis: 'wording', ...groundText(s, m.index, m[0].length) });
    }
  }
  return out;
}

/**
 * The reasons the agency lost, each with the court's words. Where the court names the items of
 * 行政诉讼法 it decided on, those are its grounds; otherwise what its reasoning says in words
 * (主要证据不足, 违反法定程序, 缺乏法律依据, 明显不当…) is proposed.
 */
export function readLossReasons(
  reasoning: Sentence[],
  legalBasis: Sentence | undefined,
  own: Sentence[] = reasoning,
): LossReasonEvidence[] {
  const cited = citedGrounds(legalBasis ? [legalBasis, ...reasoning] : reasoning);
  // This court's own words first (本院认为); the lower courts' reasons it quotes only when it says none.
  const ownWords = wordedGrounds(own);
  const worded = ownWords.length ? ownWords : wordedGrounds(reasoning);
  if (!cited.length) return worded;
  // The cited item is the ground; the court's own words for it, where it has them, say why.
  return cited.map((c) => {
    const words = worded.find((w) => w.code === c.code);
    return words ? { ...c, ground: words.ground, span: words.span } : c;
  });
}
