import { useMemo } from 'react';
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
  const html = useMemo(() => applyMarks(view.html, marks), [view.html, marks]);
  return <div className={className} data-field={view.field} dangerouslySetInnerHTML={{ __html: html }} />;
}
