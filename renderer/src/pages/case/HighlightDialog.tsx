import { Input, Modal, Radio, Typography } from 'antd';
import { useState } from 'react';
import { asHighlightColor, HIGHLIGHT_COLORS, type HighlightColor } from './caseFields';

export interface HighlightDraft {
  quote: string;
  comment: string;
  color: HighlightColor;
}

interface Props {
  title: string;
  initial: { quote: string; comment: string; color: string };
  onOk: (draft: HighlightDraft) => Promise<void>;
  onCancel: () => void;
}

/** Asks for the comment and colour of a highlight (new or existing). */
export function HighlightDialog({ title, initial, onOk, onCancel }: Props) {
  const [comment, setComment] = useState(initial.comment);
  const [color, setColor] = useState<HighlightColor>(asHighlightColor(initial.color));
  const [busy, setBusy] = useState(false);
  const submit = async () => {
    setBusy(true);
    try {
      await onOk({ quote: initial.quote, comment, color });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal
      open
      title={title}
      okText="保存标注"
      cancelText="取消"
      confirmLoading={busy}
      onOk={() => void submit()}
      onCancel={onCancel}
    >
      <blockquote className="highlight-quote">{initial.quote}</blockquote>
      <Typography.Text>颜色：</Typography.Text>
      <Radio.Group
        aria-label="标注颜色"
        value={color}
        onChange={(e) => setColor(asHighlightColor(String(e.target.value)))}
        options={HIGHLIGHT_COLORS.map((c) => ({
          value: c.value,
          label: <span className={`color-swatch hl-${c.value}`}>{c.label}</span>,
        }))}
      />
      <Input.TextArea
        style={{ marginTop: 12 }}
        aria-label="标注说明"
        placeholder="为什么标注这一段（可不填）"
        autoSize={{ minRows: 3, maxRows: 8 }}
        autoFocus
        value={comment}
        onChange={(e) => setComment(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) void submit();
        }}
      />
    </Modal>
  );
}
