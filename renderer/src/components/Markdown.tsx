import DOMPurify from 'dompurify';
import { marked } from 'marked';
import { useMemo } from 'react';
import { SAFE_LINK_PATTERN } from '../../../shared/links';

/**
 * Markdown from any source (the library, imports, the user's notes) as HTML that went through
 * DOMPurify, so no script, handler or remote resource in it can run.
 */
export function markdownToSafeHtml(source: string): string {
  return sanitizeHtml(marked.parse(source, { async: false, gfm: true }));
}

/** The one sanitizer configuration for any HTML the app shows. */
export function sanitizeHtml(html: string): string {
  return DOMPurify.sanitize(html, {
    FORBID_TAGS: ['style', 'img', 'iframe', 'form', 'input'],
    FORBID_ATTR: ['style'],
    // http, https, mailto and in-page anchors only, as in the exports (shared/links.ts).
    ALLOWED_URI_REGEXP: SAFE_LINK_PATTERN,
  });
}

export function Markdown({ source, className }: { source: string; className?: string }) {
  const html = useMemo(() => markdownToSafeHtml(source), [source]);
  return <div className={`markdown ${className ?? ''}`} dangerouslySetInnerHTML={{ __html: html }} />;
}
