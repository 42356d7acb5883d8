import type { ReadableDB } from '../../db/connection';
import { provisionsOfCase } from '../../db/repos/provisions';
import { normalize } from '../../shared/search/normalize';
import {
  basisText,
  citationStatus,
  citedNumbering,
  type NumberingBasis,
  statuteLaw,
  statuteReadings,
  tableCitations,
} from '../../shared/search/statutes';
import type { QueryPlan } from './queryPlan';

interface Citation {
  law: string;
  article: number;
  numbering: string;
  basis: NumberingBasis;
}

/**
 * How a hit matches each statute the query names, in the reading the index used (the same
 * citedNumbering): 原第四十二条（1996年文本），对应现行第六十三条（案例注明版本）. The case's recorded
 * citations first; the judgment text (read only then) for a case that cites the article only there.
 * Laws outside the correspondence table keep the older note: how the cited version stands today.
 */
export function statuteNotes(
  db: ReadableDB,
  hit: { id: string; judgmentDate: string | null },
  plan: QueryPlan,
  fullText: () => string,
): string[] {
  if (!plan.statutes.length) return [];
  const recorded = provisionsOfCase(db, hit.id);
  const notes: string[] = [];
  const fromRecord: Citation[] = recorded.flatMap((p) => {
    const law = normalize(p.law);
    const n = citedNumbering(law, p.article, p, hit.judgmentDate);
    return n ? [{ law, article: p.article, ...n }] : [];
  });
  let fromText: Citation[] | undefined;
  for (const s of plan.statutes) {
    const readings = statuteReadings(s.law, s.article);
    if (!readings) {
      notes.push(...untabledNotes(recorded, s));
      continue;
    }
    const table = statuteLaw(s.law)?.law;
    const matching = (cs: Citation[]) =>
      cs.flatMap((c) => {
        if (statuteLaw(c.law)?.law !== table) return [];
        const r = readings.find((x) => x.numbering === c.numbering && x.article === c.article);
        return r ? [`${r.label}（${basisText(c.basis)}）`] : [];
      });
    let found = matching(fromRecord);
    if (!found.length) {
      fromText ??= textCitations(fullText(), hit.judgmentDate);
      found = matching(fromText).map((n) => `判决书引用：${n}`);
    }
    notes.push(...found);
  }
  return [...new Set(notes)];
}

function textCitations(text: string, judgmentDate: string | null): Citation[] {
  return tableCitations(normalize(text)).flatMap((c) => {
    const n = citedNumbering(c.law, c.article, { version: c.version, before: c.before }, judgmentDate);
    return n
      ? [{ law: c.law, article: c.article, numbering: n.numbering, basis: c.version ? 'text' : n.basis }]
      : [];
  });
}

/** A law the table does not know: the note of a citation in an older, named version. */
function untabledNotes(
  recorded: { law: string; article: number; version: string }[],
  s: QueryPlan['statutes'][number],
): string[] {
  const articles = new Set([s.article, ...s.corresponding.map((c) => c.article)]);
  return recorded.flatMap((p) => {
    if (normalize(p.law) !== s.law || !articles.has(p.article)) return [];
    const status = citationStatus(s.law, p.article, { version: p.version });
    return status && !status.inForce ? [status.note] : [];
  });
}
