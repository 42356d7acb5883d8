import type { Outcome } from '../../../shared/taxonomy';
import type { PartyLists } from './types';

/** What the operative part says, in the words of the library where the agency lost. */
export type OutcomeKind =
  Outcome | '驳回起诉' | '驳回诉讼请求' | '维持' | '维持原判' | '驳回再审申请' | '提审' | '其他';

/** Kinds where the agency's act stands: the draft is not a lost case unless the reader says so. */
export const NOT_LOST_KINDS: readonly OutcomeKind[] = [
  '驳回起诉',
  '驳回诉讼请求',
  '维持',
  '维持原判',
  '驳回再审申请',
];

export interface OutcomeReading {
  kind: OutcomeKind;
  /** true: the agency lost; false: it won; null: the document decides nothing on the merits. */
  agencyLost: boolean | null;
  /** The library outcome for a lost case (for 维持原判: what the upheld judgment ordered). */
  libraryOutcome: Outcome | null;
}

/** One item of a disposition to the outcome it states. */
type ItemKind = Outcome | '驳回' | '维持';

function classifyItem(item: string): ItemKind | undefined {
  // The item's leading verb decides: 驳回原告要求撤销……的请求 rejects a claim, it revokes nothing.
  if (/^驳回/.test(item)) return '驳回';
  if (/确认[^；;。]{0,60}无效/.test(item)) return '确认无效';
  if (/确认[^；;。]{0,80}违法/.test(item)) return '确认违法';
  if (/撤销/.test(item)) return '撤销';
  if (/变更/.test(item)) return '变更';
  if (/赔偿|补偿/.test(item) && !/驳回/.test(item)) return '行政赔偿/补偿';
  if (
    /责令|限[^；;。]{0,6}(履行|作出|答复)|履行[^；;。]{0,20}职责|重新作出|^被告[^；;。]{0,30}应[^；;。]{0,30}履行[^；;。]{0,80}职责/.test(
      item,
    )
  )
    return '责令履行';
  if (/驳回/.test(item)) return '驳回';
  // 1989 law: 判决维持 the agency's act.
  if (/^维持/.test(item)) return '维持';
  return undefined;
}

/** Revoking a lower court's judgment is procedure, not the outcome against the agency. */
const revokesCourtDecision = (item: string) =>
  /撤销[^；;。]{0,40}(法院|一审|原审)[^；;。]{0,60}(行政判决|行政裁定|判决|裁定)/.test(item) &&
  !/决定书|处罚决定|复议决定/.test(item);

function classifyItems(text: string): ItemKind | undefined {
  const items = text
    .split(/[；;。\n]/)
    .map((s) => s.replace(/^[一二三四五六七八九十\d]+[、.．]/, '').trim())
    .filter(Boolean);
  for (const item of items) {
    if (revokesCourtDecision(item) || /受理费|诉讼费/.test(item)) continue;
    const found = classifyItem(item);
    if (found) return found;
  }
  return undefined;
}

/**
 * The outcome type. For 驳回上诉，维持原判 the result depends on who appealed: an agency that
 * appealed lost again; a citizen who appealed leaves standing what the first instance ordered,
 * which the document quotes (一审法院……判决：…).
 */
export function readOutcome(
  disposition: string,
  fullText: string,
  dispositionStart: number,
  parties: PartyLists,
): OutcomeReading {
  const d = disposition.replace(/[\s\u3000]/g, '');
  if (/本案由本院提审|指令[^；;。]{0,30}再审/.test(d))
    return { kind: '提审', agencyLost: null, libraryOutcome: null };
  if (/驳回[^；;。]{0,20}再审申请/.test(d)) {
    const agencyApplied =
      parties.appellants.includes('defendant') && !parties.appellants.includes('plaintiff');
    return { kind: '驳回再审申请', agencyLost: agencyApplied, libraryOutcome: null };
  }
  if (/驳回上诉/.test(d) && /维持/.test(d)) {
    if (/维持原裁定/.test(d)) return { kind: '维持原判', agencyLost: false, libraryOutcome: null };
    if (parties.appellants.includes('defendant') && !parties.appellants.includes('plaintiff')) {
      const lower = lowerJudgment(fullText, dispositionStart);
      const outcome = lower && lower !== '驳回' && lower !== '维持' ? lower : '撤销';
      return { kind: '维持原判', agencyLost: true, libraryOutcome: outcome };
    }
    const lower = lowerJudgment(fullText, dispositionStart);
    if (lower && lower !== '驳回' && lower !== '维持')
      return { kind: '维持原判', agencyLost: true, libraryOutcome: lower };
    return { kind: '维持原判', agencyLost: false, libraryOutcome: null };
  }
  if (/驳回[^；;。]{0,30}起诉/.test(d) && !/撤销/.test(d)) {
    return { kind: '驳回起诉', agencyLost: false, libraryOutcome: null };
  }
  const found = classifyItems(disposition);
  if (!found) return { kind: '其他', agencyLost: null, libraryOutcome: null };
  if (found === '驳回') return { kind: '驳回诉讼请求', agencyLost: false, libraryOutcome: null };
  if (found === '维持') return { kind: '维持', agencyLost: false, libraryOutcome: null };
  return { kind: found, agencyLost: true, libraryOutcome: found };
}

/** What the first-instance judgment ordered, as quoted before this court's own disposition. */
function lowerJudgment(text: string, before: number): ItemKind | undefined {
  const quotes = [...text.slice(0, before).matchAll(/(判决|裁定)(如下)?\s*[:：]/g)];
  for (let i = quotes.length - 1; i >= 0; i--) {
    const q = quotes[i]!;
    // This court's own marker (判决如下：) sits right before its disposition: not a quote.
    if (/^[\s\u3000]*$/.test(text.slice(q.index + q[0].length, before))) continue;
    const found = classifyItems(text.slice(q.index + q[0].length, q.index + q[0].length + 200));
    if (found) return found;
  }
  return undefined;
}
