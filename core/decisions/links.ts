import type { ReadableDB } from '../../db/connection';
import { linkCandidates, type LinkCandidate } from '../../db/repos/decisionLinks';
import type { DecisionRule } from './ruleSchema';
import type { LinkedCase } from './types';

const MAX_CASES = 3;
const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n)}…` : s);

/** The sentence of a text that holds a word, without Markdown marks. */
function sentenceWith(text: string, word: string): string | undefined {
  const plain = text.replace(/[#*>`_-]+\s*/gu, '');
  const at = plain.indexOf(word);
  if (at < 0) return undefined;
  const start = Math.max(plain.lastIndexOf('。', at), plain.lastIndexOf('\n', at)) + 1;
  const endDot = plain.indexOf('。', at);
  const endLine = plain.indexOf('\n', at);
  const ends = [endDot, endLine].filter((i) => i >= 0);
  const end = ends.length ? Math.min(...ends) : plain.length;
  return plain.slice(start, end).trim();
}

interface Scored extends LinkedCase {
  score: number;
}

/**
 * Why one case matches a rule, or undefined when it does not: a case links only when the court's
 * ground (or the library's analysis of it) speaks of the defect in the rule's own words; the
 * coding (loss reason, enforcement step, category) orders the matches.
 */
function score(c: LinkCandidate, link: DecisionRule['link']): Scored | undefined {
  let best: { score: number; reason: string } | undefined;
  for (const word of link.words) {
    const ground = c.grounds.find((g) => g.ground.includes(word));
    if (ground) {
      const s = 3 + (link.lossReasons.includes(ground.code as never) ? 2 : 0);
      if (!best || s > best.score)
        best = { score: s, reason: `败诉原因“${ground.name}”：${clip(ground.ground, 70)}` };
      continue;
    }
    // The library's own analysis speaks more loosely than a court's ground: it counts only within the rule's categories.
    if (link.categories.length && !link.categories.includes(c.category)) continue;
    const sentence = sentenceWith(c.lessons, word) ?? sentenceWith(c.analysis, word);
    if (sentence && (!best || best.score < 1))
      best = { score: 1, reason: `本案评析指出：${clip(sentence, 70)}` };
  }
  if (!best) return undefined;
  const extra =
    (link.categories.includes(c.category) ? 2 : 0) +
    (c.steps.some((s) => link.steps.includes(s as never)) ? 1 : 0) +
    (c.grounds.some((g) => link.lossReasons.includes(g.code as never)) ? 1 : 0);
  return { id: c.id, title: c.title, reason: best.reason, score: best.score + extra };
}

/** The lost cases of the library where this rule's defect cost the agency the case, best first. */
export function casesForRule(db: ReadableDB, rule: DecisionRule): LinkedCase[] {
  return linkCandidates(db, {
    lossReasons: rule.link.lossReasons,
    steps: rule.link.steps,
    words: rule.link.words,
  })
    .map((c) => score(c, rule.link))
    .filter((s): s is Scored => s !== undefined)
    .sort((a, b) => b.score - a.score)
    .slice(0, MAX_CASES)
    .map(({ id, title, reason }) => ({ id, title, reason }));
}
