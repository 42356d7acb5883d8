import { hasArticle } from '../citations';
import { findAny, matchesAny, sentencesMatching } from '../text';
import type { Draft, Span } from '../types';
import type { Detector } from './hit';

/** Where a finding about something absent points: the sentence that made the rule apply, if any. */
function gatePassage(draft: Draft, when: readonly string[]): Span | undefined {
  const s = when.length ? sentencesMatching(draft.sentences, when)[0] : undefined;
  return s ? { start: s.start, end: s.end } : undefined;
}

/** Each group of alternatives must be present somewhere in the draft. */
export const detectMissing: Detector<'missing'> = (draft, detect, rule) => {
  const missing = detect.require.filter((group) => !matchesAny(draft.text, group.patterns));
  if (!missing.length) return [];
  return [{ detail: missing.map((g) => g.name).join('、'), passage: gatePassage(draft, rule.when) }];
};

/** Words that must not be there (enforcing during the 复议/诉讼 period …), one finding per sentence. */
export const detectForbidden: Detector<'forbidden'> = (draft, detect) =>
  sentencesMatching(draft.sentences, detect.patterns).map((s) => ({
    detail: s.text.length > 40 ? `${s.text.slice(0, 40)}…` : s.text,
    passage: findAny(s.text, detect.patterns, s.start) ?? { start: s.start, end: s.end },
  }));

/** Required items of a decision (补偿方式、金额 …); one finding naming every missing item. */
export const detectItems: Detector<'items'> = (draft, detect, rule) => {
  const missing = detect.items.filter((item) => !matchesAny(draft.text, item.patterns)).map((i) => i.name);
  if (!missing.length) return [];
  const decision = draft.elements.find((e) => e.kind === 'decision');
  return [
    {
      detail: missing.join('、'),
      passage: gatePassage(draft, rule.when) ?? (decision && { start: decision.start, end: decision.end }),
    },
  ];
};

/** A refusal sentence needs its reason (and article) in it or in the sentences right after it. */
export const detectGrounded: Detector<'grounded'> = (draft, detect) => {
  const { sentences } = draft;
  const hits = [];
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i];
    if (!s || !matchesAny(s.text, detect.trigger)) continue;
    const scope = sentences
      .slice(i, i + 1 + detect.within)
      .map((x) => x.text)
      .join('');
    const noReason = !matchesAny(scope, detect.reasons);
    const noArticle = detect.needArticle && !hasArticle(scope);
    if (!noReason && !noArticle) continue;
    hits.push({
      detail: [noReason ? '理由' : '', noArticle ? '法律依据（具体条款）' : ''].filter(Boolean).join('和'),
      passage: { start: s.start, end: s.end },
    });
    break;
  }
  return hits;
};
