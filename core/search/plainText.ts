/**
 * Snippets are plain text: the commentary is written in Markdown (headings, lists, emphasis),
 * and a snippet showed its marks raw (`- 对当事人…`, a heading run into the next line). This reads
 * a window of Markdown as one line of plain text and keeps, for every character, where it came
 * from, so the match ranges found in the original still land on the right characters.
 */
export interface PlainText {
  text: string;
  /** at[i] = offset in the original of character i of `text`. */
  at: number[];
}

const LINE_MARK = /^[ \t]*(?:#{1,6}[ \t]+|[-*+][ \t]+|\d{1,3}[.、)][ \t]+|>[ \t]?)/;
const INLINE_MARK = /\*\*|__|`|\*/g;
const ENDS_CLAUSE = /[。；：，！？、:;,.!?]$/;

export function markdownToPlain(md: string): PlainText {
  let text = '';
  const at: number[] = [];
  let offset = 0;
  for (const line of md.split('\n')) {
    const lineStart = offset;
    offset += line.length + 1;
    const mark = LINE_MARK.exec(line);
    const heading = mark ? /#/.test(mark[0]) : false;
    let from = mark ? mark[0].length : 0;
    const body = line.replace(/\r$/, '');
    if (!body.slice(from).trim()) continue;
    // A new line continues the text: after a clause mark as is, else after a separator.
    if (text && !ENDS_CLAUSE.test(text)) {
      text += ' ';
      at.push(lineStart - 1);
    }
    INLINE_MARK.lastIndex = 0;
    const skip = new Set<number>();
    for (const m of body.matchAll(INLINE_MARK))
      for (let k = 0; k < m[0].length; k++) skip.add((m.index ?? 0) + k);
    for (; from < body.length; from++) {
      if (skip.has(from)) continue;
      const ch = body[from] as string;
      if (/\s/.test(ch) && (text.endsWith(' ') || !text)) continue;
      text += /\s/.test(ch) ? ' ' : ch;
      at.push(lineStart + from);
    }
    if (heading && !ENDS_CLAUSE.test(text)) {
      text += '：';
      at.push(lineStart + body.length);
    }
  }
  return { text, at };
}

/** A range of the original as a range of the plain text (undefined if none of it is left). */
export function plainRange(plain: PlainText, start: number, end: number): [number, number] | undefined {
  let from = -1;
  let to = -1;
  for (let i = 0; i < plain.at.length; i++) {
    const o = plain.at[i] as number;
    if (o >= start && o < end) {
      if (from < 0) from = i;
      to = i + 1;
    }
  }
  return from < 0 ? undefined : [from, to];
}
