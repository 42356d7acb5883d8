import { chineseToNumber } from '../text/numerals';
import type { DecisionElement, Sentence } from './types';

const YEAR = '(?:\\d{4}|[〇○零一二三四五六七八九]{4})';
const NUM = '(?:\\d{1,2}|[一二三四五六七八九十]{1,3})';
const DATE = new RegExp(`(${YEAR})\\s*年\\s*(${NUM})\\s*月\\s*(${NUM})\\s*日`, 'gu');

/**
 * What a date is for, read from the words just before it in its sentence. Order matters: the
 * first role whose words stand closest before the date wins.
 */
const ROLES: { role: string; label: string; words: RegExp }[] = [
  { role: 'filed', label: '立案日期', words: /立案/u },
  { role: 'applied', label: '申请日期', words: /(提出|提交|递交).{0,12}申请|申请.{0,6}(于|在)$/u },
  { role: 'received', label: '收到/受理日期', words: /收到|受理|收悉/u },
  { role: 'notified', label: '告知日期', words: /告知|送达.{0,8}告知书/u },
  { role: 'accident', label: '事故日期', words: /受伤|事故|摔倒|发生/u },
  { role: 'deadline', label: '期限', words: /(前|之前|以前)$/u },
];

export function isoOf(y: number, m: number, d: number): string | undefined {
  if (!(y > 1900 && y < 2200 && m >= 1 && m <= 12 && d >= 1 && d <= 31)) return undefined;
  const iso = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  // Refuses 2月30日 and the like.
  return new Date(`${iso}T00:00:00Z`).toISOString().startsWith(iso) ? iso : undefined;
}

/**
 * Every date in the draft, with its role. The last date of the text is the signature date
 * (落款) the decision was made on, unless words before it give it another role.
 */
export function readDates(text: string, sentences: readonly Sentence[]): DecisionElement[] {
  const found: DecisionElement[] = [];
  for (const m of text.matchAll(DATE)) {
    const iso = isoOf(chineseToNumber(m[1] ?? ''), chineseToNumber(m[2] ?? ''), chineseToNumber(m[3] ?? ''));
    if (!iso) continue;
    const start = m.index ?? 0;
    const sentence = sentences.find((s) => s.start <= start && start < s.end);
    const end = start + m[0].length;
    // Only the clause around the date speaks for it: "收到申请后，于…作出答复" is not a receipt date.
    const from = Math.max(sentence?.start ?? 0, start - 30);
    const before =
      text
        .slice(from, start)
        .split(/[，,、：:]/u)
        .at(-1) ?? '';
    const labelBefore = text.slice(from, start).replace(/\s+$/u, '');
    const after =
      text.slice(end, Math.min(sentence?.end ?? text.length, end + 40)).split(/[，,。；]/u)[0] ?? '';
    let role = ROLES.find((r) => r.words.test(before + (/^(前|之前|以前)/u.test(after) ? '前' : '')));
    // 立案日期：2024年3月1日 names the date in a label before a colon.
    if (!role && /[：:]$/u.test(labelBefore))
      role = ROLES.find((r) => r.role !== 'deadline' && r.words.test(labelBefore.slice(-8)));
    // 于2024年3月5日立案 / 2024年3月5日收到 name the event after the date.
    // The event named first after the date is the one it dates (收到你提交的申请 is a receipt).
    if (!role) {
      const named = ROLES.filter((r) => r.role !== 'deadline')
        .map((r) => ({ r, at: after.search(r.words) }))
        .filter((x) => x.at >= 0)
        .sort((a, b) => a.at - b.at)[0];
      role = named?.r;
    }
    found.push({
      kind: 'date',
      label: role?.label ?? '日期',
      text: m[0],
      start,
      end,
      value: `${iso}|${role?.role ?? 'other'}`,
    });
  }
  const last = found.at(-1);
  if (last && last.value?.endsWith('|other')) {
    last.value = last.value.replace('|other', '|issued');
    last.label = '落款日期';
  }
  return found;
}

/** The ISO date and role of a date element. */
export function dateOf(e: DecisionElement): { iso: string; role: string } {
  const [iso = '', role = 'other'] = (e.value ?? '').split('|');
  return { iso, role };
}
