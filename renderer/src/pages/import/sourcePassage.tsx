import type { ImportDraft } from '../../../../core/contract/import';

const CONTEXT = 24;

/** The passage a field was read from, with the words around it, the field's own text marked. */
export function SourcePassage({ draft, field }: { draft: ImportDraft; field: string }) {
  const spans = draft.sources[field];
  if (!spans?.length) return <span className="import-no-source">—</span>;
  const full = draft.case.fullText;
  // Line breaks shown as ↵ so a passage stays compact beside its field.
  const flat = (s: string) => s.replace(/[ \t\u3000]*\n\s*/g, ' ↵ ');
  return (
    <div className="import-source" data-field={field}>
      {spans.slice(0, 3).map((s, i) => {
        const end = Math.min(s.end, s.start + 400);
        return (
          <div key={i} className="import-source-item">
            {s.start > CONTEXT ? '…' : ''}
            {flat(full.slice(Math.max(0, s.start - CONTEXT), s.start))}
            <mark>{flat(full.slice(s.start, end))}</mark>
            {end < s.end ? '…' : flat(full.slice(end, end + CONTEXT))}
            {end + CONTEXT < full.length ? '…' : ''}
          </div>
        );
      })}
    </div>
  );
}
