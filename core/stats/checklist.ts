import type { ReadableDB } from '../../db/connection';
import type { CaseFilters } from '../../db/model/filters';
import type { Category } from '../../shared/taxonomy';
import { checklistSources, lossReasonCounts, type ChecklistSource } from '../../db/repos/stats';
import type { Checklist } from '../contract/checklists';
import { lossReasonArticle, lossReasonName, stepName } from './labels';

/** Enough for one printed A4 page with the list of source cases under it. */
export const MAX_SECTIONS = 4;
export const MAX_ITEMS_PER_SECTION = 3;
const MAX_STEPS_PER_SECTION = 3;

/** The lines of a 启示与建议 text: Markdown list items, or its paragraphs when it has no list. */
export function lessonLines(markdown: string): string[] {
  const lines = markdown
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
  const bullets = lines
    .filter((l) => /^([-*+]|\d+[.、)]|（\d+）)\s*/.test(l))
    .map((l) => l.replace(/^([-*+]|\d+[.、)]|（\d+）)\s*/, ''));
  const chosen = bullets.length ? bullets : lines.filter((l) => !l.startsWith('#'));
  return chosen.map((l) => l.replace(/\*\*|__|`/g, '').trim()).filter((l) => l.length >= 4);
}

/** Same check written with different punctuation or spacing counts once. */
const normalize = (text: string) => text.replace(/[\s，。；、,.;：:！!？?“”"'（）()]/g, '');

/**
 * 败诉风险自查清单 for one category: a section per loss reason (most frequent first), each with
 * the enforcement steps where it arose and check items taken from the lessons of its cases.
 * Cases whose main (first) loss reason it is are drawn on first; items are taken round-robin across
 * cases so that one long commentary does not crowd out the others, and the same check learnt
 * from several cases is listed once with all of them.
 */
export function buildChecklist(db: ReadableDB, category: Category, filters: CaseFilters = {}): Checklist {
  const scope: CaseFilters = { ...filters, categories: [category] };
  const sources = checklistSources(db, scope, category);
  const reasonCounts = lossReasonCounts(db, scope).slice(0, MAX_SECTIONS);
  const numbers = new Map<string, number>();
  const numberOf = (c: ChecklistSource) => {
    let n = numbers.get(c.id);
    if (n === undefined) {
      n = numbers.size + 1;
      numbers.set(c.id, n);
    }
    return n;
  };

  /** Checks already listed under an earlier (more frequent) reason are not repeated. */
  const used = new Set<string>();
  const sections = reasonCounts.map(({ key, count }) => {
    const withReason = sources.filter((c) => c.lossReasons.includes(key));
    const stepCounts = new Map<string, number>();
    for (const c of withReason) for (const s of c.steps) stepCounts.set(s, (stepCounts.get(s) ?? 0) + 1);
    const steps = [...stepCounts]
      .sort((a, b) => b[1] - a[1])
      .slice(0, MAX_STEPS_PER_SECTION)
      .map(([code, n]) => ({ code, name: stepName(code), count: n }));

    // Cases whose main reason this is come first in each round; the others fill the remaining places.
    const main = withReason.filter((c) => c.lossReasons[0] === key);
    const others = withReason.filter((c) => c.lossReasons[0] !== key);
    const queues = [...main, ...others].map((c) => ({
      source: c,
      lines: lessonLines(c.lessons).filter((l) => !used.has(normalize(l))),
    }));
    const items: { text: string; key: string; cases: ChecklistSource[] }[] = [];
    for (let round = 0; items.length < MAX_ITEMS_PER_SECTION; round++) {
      const batch = queues.filter((q) => q.lines[round] !== undefined);
      if (!batch.length) break;
      for (const { source, lines } of batch) {
        const text = lines[round] ?? '';
        const same = items.find((i) => i.key === normalize(text));
        if (same) {
          if (!same.cases.includes(source)) same.cases.push(source);
        } else if (items.length < MAX_ITEMS_PER_SECTION) {
          items.push({ text, key: normalize(text), cases: [source] });
        }
      }
    }
    for (const i of items) used.add(i.key);
    return {
      lossReason: key,
      name: lossReasonName(key),
      article: lossReasonArticle(key),
      count,
      steps,
      items: items.map((i) => ({ text: i.text, refs: i.cases.map(numberOf) })),
    };
  });

  const byId = new Map(sources.map((c) => [c.id, c]));
  return {
    category,
    total: sources.length,
    sections,
    sources: [...numbers].map(([id, n]) => {
      const c = byId.get(id);
      return { n, id, title: c?.title ?? '', caseNumber: c?.caseNumber ?? '' };
    }),
  };
}
