import { App, Button, List, Popconfirm, Space, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import type { CaseDetail } from '../../../../core/contract/cases';
import { api } from '../../api/client';
import { fieldLabel, lostHighlights, type Highlight } from './caseFields';
import { HighlightDialog } from './HighlightDialog';
import { showError } from '../../api/showError';

interface Props {
  value: CaseDetail;
  highlights: Highlight[];
  onChanged: () => void;
  onJump: (h: Highlight) => void;
}

/** 我的标注 on the case page: every highlight of this case with its comment; locate, edit, delete. */
export function HighlightList({ value, highlights, onChanged, onJump }: Props) {
  const { message } = App.useApp();
  const [editing, setEditing] = useState<Highlight | null>(null);
  const lost = useMemo(() => lostHighlights(value, highlights), [value, highlights]);
  const remove = async (h: Highlight) => {
    try {
      await api.call('highlights.delete', { id: h.id });
      void message.success('标注已删除');
    } catch (e) {
      showError(message, e);
    }
    onChanged();
  };
  return (
    <section className="case-section" id="sec-highlights">
      <h2>我的标注</h2>
      <Typography.Paragraph type="secondary" className="no-print">
        在正文或原文中选中一段文字，再点“标注所选文字”。标注只保存在本机，案例库更新不会覆盖。
      </Typography.Paragraph>
      <List
        size="small"
        dataSource={highlights}
        locale={{ emptyText: '还没有标注' }}
        renderItem={(h) => (
          <List.Item
            className="highlight-item"
            actions={[
              <Button key="jump" size="small" type="link" disabled={lost.has(h.id)} onClick={() => onJump(h)}>
                定位
              </Button>,
              <Button key="edit" size="small" type="link" onClick={() => setEditing(h)}>
                编辑
              </Button>,
              <Popconfirm
                key="del"
                title="删除这条标注？"
                okText="删除"
                cancelText="取消"
                onConfirm={() => void remove(h)}
              >
                <Button size="small" type="link" danger>
                  删除
                </Button>
              </Popconfirm>,
            ]}
          >
            <Space direction="vertical" size={2} style={{ minWidth: 0 }}>
              <span>
                <Tag>{fieldLabel(h.field)}</Tag>
                <mark className={`hl-user hl-${h.color} highlight-quote-inline`}>{h.quote}</mark>
              </span>
              {h.comment && <Typography.Text className="highlight-comment">{h.comment}</Typography.Text>}
              {lost.has(h.id) && (
                <Typography.Text type="warning">案例文字已更新，原段落未能定位</Typography.Text>
              )}
            </Space>
          </List.Item>
        )}
      />
      {editing && (
        <HighlightDialog
          title="编辑标注"
          initial={editing}
          onCancel={() => setEditing(null)}
          onOk={async ({ comment, color }) => {
            await api.call('highlights.update', { id: editing.id, comment, color });
            setEditing(null);
            onChanged();
          }}
        />
      )}
    </section>
  );
}
