import { useMemo } from 'react';
import { sanitizeHtml } from '../../components/Markdown';
import type { FieldView } from './caseFields';
import { applyMarks, type TextMark } from './textMarks';

/**
 * One section's sanitized HTML with marks wrapped around passages. `data-field` tells the
 * highlighter which section a selection is in; offsets count this element's text.
 */
export function FieldText({
  view,
  marks,
  className,
}: {
  view: FieldView;
  marks: TextMark[];
  className: string;
}) {
  // Sanitized again after marking: the marks are ours, but the parse/serialize round trip is not
  // something to trust blindly (mutation XSS), and DOMPurify keeps <mark>, class, title and data-*.
  const html = useMemo(() => sanitizeHtml(applyMarks(view.html, marks)), [view.html, marks]);
  return <div className={className} data-field={view.field} dangerouslySetInnerHTML={{ __html: html }} />;
}
