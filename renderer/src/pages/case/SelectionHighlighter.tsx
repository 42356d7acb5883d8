import { HighlightOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useEffect, useState, type RefObject } from 'react';
import { api } from '../../api/client';
import { fieldLabel, type HighlightField } from './caseFields';
import { HighlightDialog } from './HighlightDialog';
import { selectionIn } from './textMarks';
import { showError } from '../../api/showError';

interface Pending {
  field: HighlightField;
  start: number;
  end: number;
  quote: string;
}

/** Finds which highlightable section the current selection lies in, as a range of its plain text. */
function currentSelection(root: HTMLElement): Pending | undefined {
  const selection = window.getSelection();
  const anchor = selection?.anchorNode;
  const el = anchor instanceof Element ? anchor : anchor?.parentElement;
  const section = el?.closest<HTMLElement>('[data-field]');
  if (!section || !root.contains(section)) return undefined;
  const range = selectionIn(section);
  return range && { field: section.dataset.field as HighlightField, ...range };
}

/**
 * Watches the selection inside the case page; when a passage of a section is selected, offers
 * a button (also reachable by keyboard, Ctrl+Shift+H) that highlights it with a comment.
 */
export function SelectionHighlighter({
  caseId,
  root,
  onCreated,
}: {
  caseId: string;
  root: RefObject<HTMLElement | null>;
  onCreated: () => void;
}) {
  const { message } = App.useApp();
  const [pending, setPending] = useState<Pending>();
  const [dialog, setDialog] = useState<Pending>();

  useEffect(() => {
    const update = () => {
      if (root.current) setPending(currentSelection(root.current));
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey && e.shiftKey && e.key.toLowerCase() === 'h' && root.current) {
        const found = currentSelection(root.current);
        if (found) {
          e.preventDefault();
          setDialog(found);
        }
      }
    };
    document.addEventListener('selectionchange', update);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('selectionchange', update);
      document.removeEventListener('keydown', onKey);
    };
  }, [root]);

  return (
    <>
      {pending && !dialog && (
        <div className="selection-bar no-print" role="region" aria-label="标注所选文字">
          <Button
            type="primary"
            icon={<HighlightOutlined />}
            title="快捷键 Ctrl+Shift+H"
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => setDialog(pending)}
          >
            标注所选文字（{fieldLabel(pending.field)}，{pending.quote.length} 字）
          </Button>
        </div>
      )}
      {dialog && (
        <HighlightDialog
          title={`标注：${fieldLabel(dialog.field)}`}
          initial={{ quote: dialog.quote, comment: '', color: 'yellow' }}
          onCancel={() => setDialog(undefined)}
          onOk={async ({ comment, color }) => {
            try {
              await api.call('highlights.create', { caseId, ...dialog, comment, color });
              setDialog(undefined);
              setPending(undefined);
              window.getSelection()?.removeAllRanges();
              onCreated();
              void message.success('已标注');
            } catch (e) {
              showError(message, e);
            }
          }}
        />
      )}
    </>
  );
}
