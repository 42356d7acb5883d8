/** Where in the document's text a proposed value came from (UTF-16 offsets into 原文). */
export interface Span {
  start: number;
  end: number;
}

export interface Line {
  /** The line as written. */
  raw: string;
  /** Without any whitespace (judgments space out names and titles: 审 判 长 林爱钦). */
  compact: string;
  start: number;
  end: number;
}

export interface PartyLists {
  plaintiffs: string[];
  defendants: string[];
  thirdParties: string[];
  /** Names of the side that appealed or applied for retrial, when the roles say so. */
  appellants: ('plaintiff' | 'defendant' | 'third')[];
}

export interface Judge {
  role: string;
  name: string;
}

export const SPACE = /[\s\u3000\u00a0]/g;

export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (const raw of text.split('\n')) {
    lines.push({ raw, compact: raw.replace(SPACE, ''), start, end: start + raw.length });
    start += raw.length + 1;
  }
  return lines;
}

/** Section labels that publishers (pkulaw, wenshu) insert at the start of a paragraph. */
export const SECTION_LABEL =
  /^[\s\u3000]*(当事人|审理经过|落款|裁判结果|[\u4e00-\u9fa5]{0,8}(诉称|辩称|述称|查明|认为|意见))(?=[\s\u3000]|$)[\s\u3000]*/;

export const stripLabel = (s: string): string => s.replace(SECTION_LABEL, '');
