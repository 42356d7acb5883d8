import type { DecisionElement } from '../../../../core/contract/decisions';

/** When elements overlap, the more specific one colours the text (a citation inside a decision sentence). */
const PRIORITY: DecisionElement['kind'][] = [
  'basis',
  'date',
  'title',
  'agency',
  'party',
  'rights',
  'remedy',
  'evidence',
  'discretion',
  'decision',
  'facts',
];

export interface Segment {
  start: number;
  end: number;
  kind?: DecisionElement['kind'];
  label?: string;
  active: boolean;
}

/**
 * The text cut into runs that share one element kind and one state (inside the passage the
 * reviewer clicked or not), so the page can colour each run with a single <mark>.
 */
export function segmentText(
  length: number,
  elements: readonly DecisionElement[],
  passage: { start: number; end: number } | undefined,
): Segment[] {
  const kindAt = new Array<number>(length).fill(PRIORITY.length);
  const labelOf = new Map<DecisionElement['kind'], string>();
  for (const e of elements) {
    const rank = PRIORITY.indexOf(e.kind);
    labelOf.set(e.kind, e.label);
    for (let i = Math.max(0, e.start); i < Math.min(length, e.end); i++) {
      if (rank < (kindAt[i] ?? PRIORITY.length)) kindAt[i] = rank;
    }
  }
  const segments: Segment[] = [];
  for (let i = 0; i < length;) {
    const rank = kindAt[i] ?? PRIORITY.length;
    const active = passage !== undefined && i >= passage.start && i < passage.end;
    let j = i + 1;
    while (
      j < length &&
      kindAt[j] === rank &&
      (passage !== undefined && j >= passage.start && j < passage.end) === active
    )
      j++;
    const kind = PRIORITY[rank];
    segments.push({ start: i, end: j, kind, label: kind && labelOf.get(kind), active });
    i = j;
  }
  return segments;
}
