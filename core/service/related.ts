import type { ReadableDB } from '../../db/connection';
import { requireCase } from '../../db/repos/cases';
import { relatedCandidates, similarityText } from '../../db/repos/related';
import { LOSS_REASONS } from '../../shared/taxonomy';

/** How many candidates, ranked by shared facets in SQL, are compared by text. */
const POOL = 400;
const SHOW = 5;

/** Character bigrams of the Chinese letters and digits of a text (full and half width folded). */
function bigramCounts(text: string): Map<string, number> {
  const letters = text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{Script=Han}a-z0-9]+/gu, ' ');
  const counts = new Map<string, number>();
  for (const run of letters.split(' ')) {
    for (let i = 0; i + 1 < run.length; i++) {
      const gram = run.slice(i, i + 2);
      counts.set(gram, (counts.get(gram) ?? 0) + 1);
    }
  }
  return counts;
}

/** Cosine similarity of two bigram vectors, 0…1. */
function cosine(a: Map<string, number>, b: Map<string, number>): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (const [gram, n] of a) {
    na += n * n;
    const m = b.get(gram);
    if (m) dot += n * m;
  }
  for (const n of b.values()) nb += n * n;
  return na && nb ? dot / Math.sqrt(na * nb) : 0;
}

const reasonName = (code: string) => LOSS_REASONS.find((r) => r.code === code)?.name ?? code;

/**
 * The cases most like one case: same category and the same loss reasons first, then the
 * closeness of their titles, facts and issues (bigram cosine), each with the reason in words.
 */
export function relatedCases(db: ReadableDB, id: string): { id: string; title: string; reason: string }[] {
  requireCase(db, id);
  const mine = bigramCounts(similarityText(db, id) ?? '');
  return relatedCandidates(db, id, POOL)
    .map((c) => ({ ...c, similarity: cosine(mine, bigramCounts(c.text)) }))
    .sort(
      (a, b) =>
        b.sameCategory + b.sharedReasonCount - (a.sameCategory + a.sharedReasonCount) ||
        b.similarity + 0.05 * b.sharedProvisionCount - (a.similarity + 0.05 * a.sharedProvisionCount),
    )
    .slice(0, SHOW)
    .map((c) => {
      const parts: string[] = [];
      if (c.sameCategory) parts.push(`同为${c.category}案件`);
      if (c.sharedReasons) {
        parts.push(`同因“${c.sharedReasons.split(',').map(reasonName).join('、')}”败诉`);
      }
      if (c.sharedProvisionCount) parts.push(`引用 ${c.sharedProvisionCount} 条相同法条`);
      if (c.similarity >= 0.15 || parts.length === 0) {
        parts.push(`案情文字相近（相似度 ${Math.round(c.similarity * 100)}%）`);
      }
      return { id: c.id, title: c.title, reason: parts.join('；') };
    });
}
