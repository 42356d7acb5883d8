import type { ReadableDB } from '../connection';

/** A live case lost on one of the given grounds or steps, with the text a link is explained from. */
export interface LinkCandidate {
  id: string;
  title: string;
  category: string;
  /** Loss reasons as `code` + the court's ground, in the case's order. */
  grounds: { code: string; name: string; ground: string }[];
  steps: string[];
  lessons: string;
  analysis: string;
}

interface Row {
  id: string;
  title: string;
  category: string;
  lessons: string;
  analysis: string;
  grounds: string;
  steps: string;
}

/**
 * Cases (not in the trash) coded with any of `lossReasons` or `steps` whose grounds, lessons or
 * analysis contain one of `words` — the candidates for the lost cases a finding of 文书体检 points
 * to. The caller decides which text the word stands in and explains each link.
 */
export function linkCandidates(
  db: ReadableDB,
  query: { lossReasons: readonly string[]; steps: readonly string[]; words: readonly string[] },
): LinkCandidate[] {
  const rows = db
    .prepare(
      `SELECT c.id, c.title, c.category, c.lessons, c.analysis,
         (SELECT json_group_array(json_object('code', r.code, 'name', lr.name, 'ground', r.ground))
            FROM (SELECT * FROM case_loss_reasons WHERE case_id = c.id ORDER BY position) r
            JOIN loss_reasons lr ON lr.code = r.code) AS grounds,
         (SELECT json_group_array(code) FROM case_enforcement_steps WHERE case_id = c.id) AS steps
       FROM cases c
       WHERE c.deleted_at IS NULL
         AND (EXISTS (SELECT 1 FROM case_loss_reasons r WHERE r.case_id = c.id
                        AND r.code IN (SELECT value FROM json_each(@reasons)))
           OR EXISTS (SELECT 1 FROM case_enforcement_steps s WHERE s.case_id = c.id
                        AND s.code IN (SELECT value FROM json_each(@steps))))
         -- Only cases whose grounds or analysis hold one of the words can link; the text stays in SQLite.
         AND (EXISTS (SELECT 1 FROM case_loss_reasons r, json_each(@words) w
                        WHERE r.case_id = c.id AND instr(r.ground, w.value) > 0)
           OR EXISTS (SELECT 1 FROM json_each(@words) w
                        WHERE instr(c.lessons, w.value) > 0 OR instr(c.analysis, w.value) > 0))
       ORDER BY c.judgment_date DESC, c.seq`,
    )
    .all({
      reasons: JSON.stringify(query.lossReasons),
      steps: JSON.stringify(query.steps),
      words: JSON.stringify(query.words),
    }) as Row[];
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    category: r.category,
    lessons: r.lessons,
    analysis: r.analysis,
    grounds: JSON.parse(r.grounds) as LinkCandidate['grounds'],
    steps: JSON.parse(r.steps) as string[],
  }));
}
