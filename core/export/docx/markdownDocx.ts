import { Paragraph, TextRun, type ParagraphChild } from 'docx';
import { Lexer, type Token, type Tokens } from 'marked';
import { linesToParagraphs } from '../../../shared/markdownText';

/** Inline Markdown (bold, italic, code, links as text) to Word runs. */
function inlineRuns(
  tokens: readonly Token[] | undefined,
  style: { bold?: boolean; italics?: boolean } = {},
): ParagraphChild[] {
  if (!tokens) return [];
  return tokens.flatMap((t): ParagraphChild[] => {
    switch (t.type) {
      case 'strong':
        return inlineRuns((t as Tokens.Strong).tokens, { ...style, bold: true });
      case 'em':
        return inlineRuns((t as Tokens.Em).tokens, { ...style, italics: true });
      case 'link':
        return inlineRuns((t as Tokens.Link).tokens, style);
      case 'br':
        return [new TextRun({ break: 1 })];
      case 'text': {
        const text = t as Tokens.Text;
        return text.tokens
          ? inlineRuns(text.tokens, style)
          : [new TextRun({ text: decode(text.text), ...style })];
      }
      default:
        return [new TextRun({ text: decode('text' in t ? String(t.text) : t.raw), ...style })];
    }
  });
}

// marked escapes & < > " ' in text tokens; Word wants the characters themselves.
const decode = (s: string) =>
  s.replace(
    /&(amp|lt|gt|quot|#39);/g,
    (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[e] ?? _,
  );

/** Markdown blocks to Word paragraphs in the document's styles (body text, lists as "1." / "•" lines). */
export function markdownToParagraphs(source: string, indentFirstLine = true): Paragraph[] {
  const out: Paragraph[] = [];
  const body = (children: ParagraphChild[], extra: { indent?: number; bullet?: string } = {}) =>
    new Paragraph({
      style: 'BodyText',
      indent: extra.bullet
        ? { left: 420 + (extra.indent ?? 0), hanging: 420 }
        : indentFirstLine
          ? { firstLine: 480 }
          : undefined,
      children: extra.bullet ? [new TextRun(extra.bullet), ...children] : children,
    });
  const walk = (tokens: readonly Token[], depth: number) => {
    for (const t of tokens) {
      switch (t.type) {
        case 'paragraph':
          out.push(body(inlineRuns((t as Tokens.Paragraph).tokens)));
          break;
        case 'heading':
          out.push(
            new Paragraph({
              style: 'BodyText',
              children: inlineRuns((t as Tokens.Heading).tokens, { bold: true }),
            }),
          );
          break;
        case 'list': {
          const list = t as Tokens.List;
          list.items.forEach((item, i) => {
            const marker = list.ordered ? `${Number(list.start || 1) + i}.\t` : '•\t';
            const [first, ...rest] = item.tokens;
            const firstInline = first && 'tokens' in first ? (first as Tokens.Text).tokens : undefined;
            out.push(
              body(inlineRuns(firstInline ?? (first ? [first] : [])), {
                bullet: marker,
                indent: depth * 420,
              }),
            );
            walk(rest, depth + 1);
          });
          break;
        }
        case 'blockquote':
          walk((t as Tokens.Blockquote).tokens, depth + 1);
          break;
        case 'code':
          out.push(body([new TextRun((t as Tokens.Code).text)]));
          break;
        case 'space':
        case 'hr':
          break;
        default:
          if (t.raw.trim()) out.push(body([new TextRun(decode(t.raw.trim()))]));
      }
    }
  };
  walk(new Lexer({ gfm: true, breaks: true }).lex(linesToParagraphs(source)), 0);
  return out;
}
