import type { SearchSnippet } from '../../../../core/contract/search';

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

export const FIELD_LABELS: Record<string, string> = {
  summary: '案情简介',
  issues: '争议焦点',
  ruling: '裁判结果',
  analysis: '评析',
  lessons: '启示与建议',
  fullText: '原文',
};
