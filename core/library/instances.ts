import type { ReadableDB } from '../../db/connection';
import { caseNumberKey } from '../../shared/caseNumber';
import {
  instanceById,
  instancesByNumbers,
  instancesCiting,
  type InstanceRow,
} from '../../db/repos/instances';

/** One document of a dispute as the case page lists it (关联文书). */
export interface Instance {
  id: string;
  title: string;
  caseNumber: string;
  /** 一审 / 二审 / 再审审查 / 再审, from the stored stage or the 案号's type code. */
  stage: string;
  judgmentDate: string | null;
  outcome: string;
  status: string;
  /** The case being read. */
  current: boolean;
  /** A later instance revoked or amended this decision: its 案号. */
  overturnedBy: string | null;
}

const STAGE_ORDER = ['一审', '二审', '再审审查', '再审'];

function stageOf(r: InstanceRow): string {
  const code = /行(?:赔|监|审)?(初|终|再|申|重)/.exec(caseNumberKey(r.caseNumber))?.[1];
  const byCode = { 初: '一审', 重: '一审', 终: '二审', 申: '再审审查', 再: '再审' }[code ?? ''];
  return byCode ?? r.trialStage ?? '';
}

/** A later decision that sets aside the earlier court's judgment (撤销…判决 / 改判), not the agency's act. */
const REVOKES_LOWER = /撤销[^。；;\n]{0,60}(法院|一审|原审|原判)[^。；;\n]{0,40}(判决|裁定)|改判/;

/**
 * The chain of instances of one dispute: every case linked to this one by a cited 案号, in either
 * direction, two steps deep (一审 ← 二审 ← 再审), ordered 一审 → 二审 → 再审. An earlier decision is
 * marked when a later instance in the chain revoked or amended it.
 */
export function instanceChain(db: ReadableDB, id: string): Instance[] {
  const start = instanceById(db, id);
  if (!start) return [];
  const found = new Map<string, InstanceRow>([[start.id, start]]);
  let frontier = [start];
  for (let depth = 0; depth < 2 && frontier.length; depth++) {
    const next: InstanceRow[] = [];
    for (const r of frontier) {
      const linked = [
        ...instancesByNumbers(db, r.relatedCaseNumbers),
        ...(r.caseNumber ? instancesCiting(db, r.caseNumber) : []),
      ];
      for (const l of linked)
        if (!found.has(l.id)) {
          found.set(l.id, l);
          next.push(l);
        }
    }
    frontier = next;
  }
  if (found.size < 2) return [];
  const rows = [...found.values()].map((r) => ({ r, stage: stageOf(r) }));
  const rank = (s: string) => (STAGE_ORDER.includes(s) ? STAGE_ORDER.indexOf(s) : STAGE_ORDER.length);
  rows.sort(
    (a, b) => rank(a.stage) - rank(b.stage) || (a.r.judgmentDate ?? '').localeCompare(b.r.judgmentDate ?? ''),
  );
  return rows.map(({ r, stage }, i) => {
    const later = rows
      .slice(i + 1)
      .find(
        (l) =>
          rank(l.stage) > rank(stage) &&
          l.r.relatedCaseNumbers.some((n) => caseNumberKey(n) === caseNumberKey(r.caseNumber)) &&
          REVOKES_LOWER.test(l.r.ruling),
      );
    return {
      id: r.id,
      title: r.title,
      caseNumber: r.caseNumber,
      stage,
      judgmentDate: r.judgmentDate,
      outcome: r.outcome,
      status: r.status,
      current: r.id === id,
      overturnedBy: later ? later.r.caseNumber : null,
    };
  });
}

/** Library cases a document being imported cites: it will be linked to them as 关联文书. */
export function citedInstances(
  db: ReadableDB,
  numbers: readonly string[],
): { id: string; title: string; caseNumber: string; draft: boolean }[] {
  // A draft may be merged into instead of linked (import.commit mergeInto); a reviewed case only linked.
  return instancesByNumbers(db, numbers).map(({ id, title, caseNumber, status }) => ({
    id,
    title,
    caseNumber,
    draft: status === 'draft',
  }));
}
