import { chineseToNumber } from '../../text/numerals';
import { re, sentencesMatching } from '../text';
import type { Detector, Hit } from './hit';

const PERIOD = /([\d]+|[一二三四五六七八九十百两]+)\s*(日|天|个月|月)(?:内|以内)/gu;

function firstIndex(text: string, patterns: readonly string[], from: number): number {
  let best = -1;
  for (const p of patterns) {
    const g = re(p, 'gu');
    g.lastIndex = from;
    const m = g.exec(text);
    if (m && (best < 0 || m.index < best)) best = m.index;
  }
  return best;
}

/**
 * 复议 and 诉讼 must both be offered with their periods (行政复议法 2023 §20: 60 days; 行政诉讼法
 * §46: 6 months). A period is read as belonging to the route named right after it in the sentence
 * (自收到之日起六十日内向…申请行政复议), or else the route before it.
 */
export const detectRemedy: Detector<'remedy'> = (draft, detect) => {
  const { review, litigation } = detect;
  const sentences = sentencesMatching(draft.sentences, [...review.patterns, ...litigation.patterns]);
  if (!sentences.length) return [{ detail: '未告知申请行政复议和提起行政诉讼的途径和期限' }];
  const hits: Hit[] = [];
  const seen = { review: false, litigation: false, reviewPeriod: false, litigationPeriod: false };
  for (const s of sentences) {
    const hasReview = firstIndex(s.text, review.patterns, 0) >= 0;
    const hasLitigation = firstIndex(s.text, litigation.patterns, 0) >= 0;
    seen.review ||= hasReview;
    seen.litigation ||= hasLitigation;
    for (const m of s.text.matchAll(PERIOD)) {
      const at = m.index ?? 0;
      const nextReview = firstIndex(s.text, review.patterns, at);
      const nextLitigation = firstIndex(s.text, litigation.patterns, at);
      let route: 'review' | 'litigation' | undefined;
      if (nextReview >= 0 && (nextLitigation < 0 || nextReview < nextLitigation)) route = 'review';
      else if (nextLitigation >= 0) route = 'litigation';
      else route = hasLitigation ? 'litigation' : hasReview ? 'review' : undefined;
      if (!route) continue;
      const n = chineseToNumber((m[1] ?? '').replace('两', '二'));
      const unit = m[2] ?? '';
      const months = unit === '个月' || unit === '月';
      const passage = { start: s.start + at, end: s.start + at + m[0].length };
      if (route === 'review') {
        seen.reviewPeriod = true;
        if (months || n !== review.days)
          hits.push({ detail: `申请行政复议的期限写为“${m[0]}”，法定为${review.days}日`, passage });
      } else {
        seen.litigationPeriod = true;
        if (!months || n !== litigation.months)
          hits.push({ detail: `提起行政诉讼的期限写为“${m[0]}”，法定为${litigation.months}个月`, passage });
      }
    }
  }
  const where = sentences[0] && { start: sentences[0].start, end: sentences[0].end };
  if (!seen.review)
    hits.push({ detail: '未告知申请行政复议的途径和期限', passage: where, severity: 'medium' });
  else if (!seen.reviewPeriod)
    hits.push({ detail: '未写明申请行政复议的期限', passage: where, severity: 'medium' });
  if (!seen.litigation)
    hits.push({ detail: '未告知提起行政诉讼的途径和期限', passage: where, severity: 'medium' });
  else if (!seen.litigationPeriod)
    hits.push({ detail: '未写明提起行政诉讼的期限', passage: where, severity: 'medium' });
  return hits;
};
