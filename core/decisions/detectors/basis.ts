import { hasArticle } from '../citations';
import { findAny, matchesAny, sentencesMatching } from '../text';
import type { Detector, Hit } from './hit';
import { NOTICE_SENTENCE } from './hit';

/**
 * The basis must be cited to the article: 依据《…》的有关规定 is flagged where it stands, and each
 * role the rule file names (the rule broken, the penalty imposed) must have an article in its
 * sentences. Rights and remedy notices name laws too, but they are not the decision's basis.
 */
export const detectBasisArticle: Detector<'basis-article'> = (draft, detect) => {
  const basisSentences = draft.sentences.filter((s) => !matchesAny(s.text, NOTICE_SENTENCE));
  const hits: Hit[] = [];
  for (const s of basisSentences) {
    const vague = findAny(s.text, detect.vague, s.start);
    if (vague && !hasArticle(s.text)) {
      hits.push({ detail: `“${draft.text.slice(vague.start, vague.end)}”未写明条款`, passage: vague });
    }
  }
  for (const role of detect.roles) {
    const found = sentencesMatching(basisSentences, role.patterns);
    if (found.some((s) => hasArticle(s.text))) continue;
    if (
      hits.some((h) => found.some((s) => h.passage && s.start <= h.passage.start && h.passage.start < s.end))
    )
      continue;
    const first = found[0];
    hits.push({
      detail: first ? `${role.name}未写明具体条款` : `未写明${role.name}`,
      passage: first && { start: first.start, end: first.end },
    });
  }
  return hits;
};

/** Facts need the evidence that proves them; a conclusion needs its reasons next to it. */
export const detectFactsEvidence: Detector<'facts-evidence'> = (draft, detect) => {
  const facts = sentencesMatching(draft.sentences, detect.facts);
  const first = facts[0];
  if (!first) return [{ detail: '未写明认定的事实' }];
  const hits: Hit[] = [];
  if (!matchesAny(draft.text, detect.evidence)) {
    hits.push({
      detail: '只写了事实，未列明证明这些事实的证据',
      passage: { start: first.start, end: first.end },
    });
  }
  if (detect.conclusion.length) {
    const { sentences } = draft;
    // The conclusion after the facts: the title (不予认定工伤决定书) names the outcome but is not it.
    const from = sentences.indexOf(first);
    const i = sentences.findIndex((s, k) => k >= from && matchesAny(s.text, detect.conclusion));
    const at = sentences[i];
    if (at) {
      const around = sentences
        .slice(Math.max(0, i - 1), i + 2)
        .map((s) => s.text)
        .join('');
      if (!matchesAny(around, detect.reasons) || !hasArticle(around)) {
        hits.push({
          detail: '结论没有写明理由和所依据的条款',
          passage: { start: at.start, end: at.end },
        });
      }
    }
  }
  return hits;
};
