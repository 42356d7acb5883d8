import { App, Button, Input, Space, Typography } from 'antd';
import { useState } from 'react';
import { api } from '../../api/client';
import { useApi } from '../../api/useApi';
import { Markdown } from '../../components/Markdown';
import { showError } from '../../api/showError';

/** 我的笔记: the user's own Markdown note on the case, shown rendered (through the sanitizer). */
export function NoteSection({ caseId }: { caseId: string }) {
  const { message } = App.useApp();
  const { data, reload } = useApi('notes.list', { caseId });
  const note = data?.[0];
  const [draft, setDraft] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const save = async () => {
    if (draft === null) return;
    setSaving(true);
    try {
      await api.call('notes.save', { caseId, body: draft });
      setDraft(null);
      reload();
      void message.success('笔记已保存');
    } catch (e) {
      showError(message, e);
    } finally {
      setSaving(false);
    }
  };

  return (
    <section className="case-section" id="sec-note">
      <h2>我的笔记</h2>
      {draft === null ? (
        <>
          {note ? (
            <Markdown source={note.body} className="note-body" />
          ) : (
            <Typography.Paragraph type="secondary">
              还没有笔记。笔记只保存在本机，案例库更新不会覆盖。
            </Typography.Paragraph>
          )}
          <Button className="no-print" onClick={() => setDraft(note?.body ?? '')}>
            {note ? '编辑笔记' : '写笔记'}
          </Button>
        </>
      ) : (
        <Space direction="vertical" style={{ width: '100%' }}>
          <Input.TextArea
            aria-label="笔记（支持 Markdown）"
            placeholder="支持 Markdown：**加粗**、- 列表、> 引用"
            autoSize={{ minRows: 4, maxRows: 16 }}
            value={draft}
            autoFocus
            onChange={(e) => setDraft(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) void save();
              if (e.key === 'Escape') setDraft(null);
            }}
          />
          <Space>
            <Button type="primary" loading={saving} onClick={() => void save()}>
              保存笔记
            </Button>
            <Button onClick={() => setDraft(null)}>取消</Button>
            <Typography.Text type="secondary">
              Ctrl+Enter 保存，Esc 取消；内容清空后保存即删除笔记
            </Typography.Text>
          </Space>
        </Space>
      )}
    </section>
  );
}
