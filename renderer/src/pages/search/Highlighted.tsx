import type { SearchSnippet } from '../../../../core/contract/search';
import { CASE_SECTIONS } from '../../../../shared/sections';

/** Snippet text with its matched ranges in <mark>; plain text only, never HTML. */
export function Highlighted({ snippet }: { snippet: SearchSnippet }) {
  const parts: { text: string; mark: boolean }[] = [];
  let at = 0;
  for (const [start, end] of snippet.highlights) {
    if (start > at) parts.push({ text: snippet.text.slice(at, start), mark: false });
    parts.push({ text: snippet.text.slice(start, end), mark: true });
    at = end;
  }
  if (at < snippet.text.length) parts.push({ text: snippet.text.slice(at), mark: false });
  return <>{parts.map((p, i) => (p.mark ? <mark key={i}>{p.text}</mark> : <span key={i}>{p.text}</span>))}</>;
}

/** The section a snippet comes from; 原文 is shortened to fit beside the snippet. */
export const FIELD_LABELS: Record<string, string> = {
  ...Object.fromEntries(CASE_SECTIONS.map((s) => [s.field, s.label])),
  fullText: '原文',
};
