import { chineseToNumber } from '../../../shared/numerals';
import type { Judge, Line, Span } from './types';

const ROLE_WORDS = '代理审判长|审判长|代理审判员|审判员|人民陪审员|陪审员|法官助理|书记员|速录员';
const ROLE_SPLIT = new RegExp(`(${ROLE_WORDS})`, 'g');
const NAME = /^[\u4e00-\u9fa5·]{2,5}$/;
const CN_DATE =
  /([〇○零Ｏ０0一二三四五六七八九]{4})\s*年\s*([一二三四五六七八九十]{1,3})\s*月\s*([一二三四五六七八九十]{1,3})\s*日/g;

export interface Signature {
  judges: Judge[];
  judgesSpan?: Span;
  clerk: string;
  date: string | null;
  dateSpan?: Span;
  /** Offset where the signature block begins, so the disposition stops before it. */
  start: number;
}

/** 二〇一七年五月十二日 (with 〇, ○ or 零) → 2017-05-12; null if it is not a real date. */
export function chineseDateToIso(year: string, month: string, day: string): string | null {
  const y = Number(
    [...year].map((ch) => String(chineseToNumber(ch === 'Ｏ' || ch === '０' ? '〇' : ch))).join(''),
  );
  const m = chineseToNumber(month);
  const d = chineseToNumber(day);
  if (!(y > 1949 && y < 2200 && m >= 1 && m <= 12 && d >= 1 && d <= 31)) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function rolesIn(compact: string): Judge[] | undefined {
  const parts = compact.split(ROLE_SPLIT).filter(Boolean);
  if (parts.length < 2 || !new RegExp(`^(${ROLE_WORDS})$`).test(parts[0]!)) return undefined;
  const found: Judge[] = [];
  for (let i = 0; i + 1 < parts.length; i += 2) {
    const role = parts[i]!;
    const name = parts[i + 1]!;
    if (!new RegExp(`^(${ROLE_WORDS})$`).test(role) || !NAME.test(name)) return undefined;
    found.push({ role, name });
  }
  return found;
}

/**
 * The signature block at the end: 审判长/审判员/人民陪审员 lines, the date in Chinese numerals,
 * 法官助理 and 书记员. It is found from the 书记员 line backwards, so statute texts appended after
 * it (附：相关法律条文) are never read as part of the judgment.
 */
export function readSignature(lines: Line[], text: string): Signature {
  let clerkIndex = -1;
  for (let i = lines.length - 1; i >= 0; i--) {
    if (/书记员[\u4e00-\u9fa5·]{2,5}$/.test(lines[i]!.compact)) {
      clerkIndex = i;
      break;
    }
  }
  const sig: Signature = { judges: [], clerk: '', date: null, start: text.length };
  if (clerkIndex < 0) {
    // No clerk line: fall back to the last Chinese-numeral date in the document.
    const all = [...text.matchAll(CN_DATE)];
    const last = all[all.length - 1];
    if (last) {
      sig.date = chineseDateToIso(last[1]!, last[2]!, last[3]!);
      sig.dateSpan = { start: last.index, end: last.index + last[0].length };
      sig.start = last.index;
    }
    return sig;
  }
  let first = clerkIndex;
  for (let i = clerkIndex; i >= Math.max(0, clerkIndex - 30); i--) {
    const line = lines[i]!;
    const compact = line.compact.replace(/^落款/, '');
    if (!compact) continue;
    const roles = rolesIn(compact);
    const date =
      new RegExp(`^${CN_DATE.source}$`).exec(compact) ?? /^(\d{4})年(\d{1,2})月(\d{1,2})日$/.exec(compact);
    if (roles) {
      for (const r of roles.reverse()) {
        if (r.role === '书记员' || r.role === '速录员') sig.clerk ||= r.name;
        else if (r.role !== '法官助理') sig.judges.unshift(r);
      }
      first = i;
    } else if (date) {
      sig.date = chineseDateToIso(date[1]!, date[2]!, date[3]!);
      sig.dateSpan = { start: line.start, end: line.end };
      first = i;
    } else {
      break;
    }
  }
  sig.start = lines[first]!.start;
  const judgeLines = lines.slice(first, clerkIndex + 1);
  if (sig.judges.length) sig.judgesSpan = { start: judgeLines[0]!.start, end: judgeLines.at(-1)!.end };
  if (!sig.date) {
    // Date on the same line as a name, or written before the block: the last one before the clerk.
    const before = text.slice(0, lines[clerkIndex]!.end);
    const all = [...before.matchAll(CN_DATE)];
    const last = all[all.length - 1];
    if (last) {
      sig.date = chineseDateToIso(last[1]!, last[2]!, last[3]!);
      sig.dateSpan = { start: last.index, end: last.index + last[0].length };
    }
  }
  return sig;
}
