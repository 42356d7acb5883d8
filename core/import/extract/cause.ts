import { stripLabel, type Line, type Span } from './types';

const DOC_NUMBER = /[\u4e00-\u9fa5]{0,12}[（(〔[［][12]\d{3}[）)〕\]］][\d\-—]*号/g;
const PAREN = /[（(][^（）()]*[）)]/g;

function cleanCause(s: string): string {
  return s
    .replace(/^(诉其|诉|与|因|不服|被告|原告|的)+/, '')
    .replace(/(所作|作出)的?/g, '')
    .replace(/[、，,]+$/, '')
    .replace(/(诉|案|一案)$/, '')
    .trim();
}

/** Splits at every party name and bracket, leaving the words between them. */
function segments(text: string, parties: string[]): string[] {
  let marked = text.replace(DOC_NUMBER, '').replace(PAREN, '|');
  for (const name of [...parties].sort((a, b) => b.length - a.length)) marked = marked.split(name).join('|');
  return marked.split('|');
}

/**
 * 案由 from the opening narrative: "上诉人甲与被上诉人乙不履行法定职责一案" → 不履行法定职责;
 * "原告甲不服被告乙（以下简称…）行政处理决定，向本院提起诉讼" → 行政处理决定; the words left
 * between the last party name and 一案. "诉其X并诉Y机关Z一案" → X及Z.
 */
export function readCause(
  lines: Line[],
  narrativeLine: number,
  parties: string[],
): { cause: string; span?: Span } {
  const line = lines[narrativeLine];
  if (!line) return { cause: '' };
  const body = stripLabel(line.raw);
  const offset = line.start + (line.raw.length - body.length);
  const caseAt = body.indexOf('一案');
  const roleWords =
    /(再审申请人|被申请人|被上诉人|上诉人|原审原告|原审被告|原审第三人|一审原告|一审被告|一审第三人|原告|被告|第三人)/g;
  if (caseAt >= 0) {
    const parts = segments(body.slice(0, caseAt).replace(roleWords, '|'), parties);
    const last = cleanCause(parts[parts.length - 1] ?? '');
    let cause = last;
    const previous = parts[parts.length - 2] ?? '';
    if (last && /并诉$/.test(previous)) {
      const first = cleanCause(previous.replace(/并诉$/, ''));
      if (first) cause = `${first}及${last}`;
    }
    if (!cause || cause.length > 30) return { cause: '' };
    const at = body.lastIndexOf(last, caseAt);
    return { cause, span: { start: offset + Math.max(0, at), end: offset + caseAt + 2 } };
  }
  const objection = body.indexOf('不服');
  if (objection >= 0) {
    const stop = body.slice(objection).search(/[，,。]|向本院|诉至|提起/);
    const clause = body.slice(objection + 2, stop > 0 ? objection + stop : undefined);
    const candidates = segments(clause.replace(roleWords, '|'), parties)
      .map(cleanCause)
      .filter((s) => s.length >= 2);
    const cause = candidates.sort((a, b) => b.length - a.length)[0] ?? '';
    if (!cause || cause.length > 30) return { cause: '' };
    const at = body.indexOf(cause.slice(0, 4), objection);
    return { cause, span: { start: offset + Math.max(0, at), end: offset + Math.max(0, at) + cause.length } };
  }
  return { cause: '' };
}
