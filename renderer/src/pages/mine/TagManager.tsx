import {
  App,
  Button,
  ColorPicker,
  Input,
  Modal,
  Popconfirm,
  Select,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import type { OpOutput } from '../../../../core/contract';
import { api } from '../../api/client';
import { useApi } from '../../api/useApi';
import { TAG_PALETTE } from '../../components/TagEditor';
import { CaseLinkList } from './CaseLinkList';
import { showError } from '../../api/showError';

type TagRow = OpOutput<'tags.list'>[number];

const hex = (color: { toHexString(): string }) => color.toHexString().slice(0, 7);

/** 标签管理: create, rename, recolour, merge and delete tags; every change shows on every case at once. */
export function TagManager() {
  const { message } = App.useApp();
  const { data, error, reload } = useApi('tags.list', {});
  const [newName, setNewName] = useState('');
  const [renaming, setRenaming] = useState<{ id: number; name: string }>();
  const [merging, setMerging] = useState<{ source: TagRow; targetId?: number }>();

  const run = async (work: () => Promise<unknown>, done?: string) => {
    try {
      await work();
      if (done) void message.success(done);
    } catch (e) {
      showError(message, e);
    }
    reload();
  };

  const create = () => {
    const name = newName.trim();
    if (!name) return;
    void run(async () => {
      await api.call('tags.create', { name, color: TAG_PALETTE[(data?.length ?? 0) % TAG_PALETTE.length] });
      setNewName('');
    }, `已新建标签“${name}”`);
  };

  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Space.Compact style={{ maxWidth: 420 }}>
        <Input
          aria-label="新标签名称"
          placeholder="新标签名称"
          value={newName}
          maxLength={40}
          onChange={(e) => setNewName(e.target.value)}
          onPressEnter={create}
        />
        <Button type="primary" onClick={create}>
          新建标签
        </Button>
      </Space.Compact>
      {error && <Typography.Text type="danger">{error.message}</Typography.Text>}
      <Table<TagRow>
        size="small"
        rowKey="id"
        loading={!data && !error}
        dataSource={data ?? []}
        pagination={false}
        expandable={{
          expandedRowRender: (t) => <CaseLinkList filters={{ tagIds: [t.id] }} empty="没有案例带此标签" />,
          expandRowByClick: false,
        }}
        columns={[
          {
            title: '颜色',
            width: 72,
            render: (_, t) => (
              <ColorPicker
                size="small"
                value={t.color}
                presets={[{ label: '常用', colors: TAG_PALETTE }]}
                disabledAlpha
                aria-label={`标签“${t.name}”的颜色`}
                onChangeComplete={(c) => void run(() => api.call('tags.update', { id: t.id, color: hex(c) }))}
              />
            ),
          },
          {
            title: '标签',
            render: (_, t) =>
              renaming?.id === t.id ? (
                <Input
                  size="small"
                  autoFocus
                  aria-label="新名称"
                  value={renaming.name}
                  maxLength={40}
                  style={{ maxWidth: 240 }}
                  onChange={(e) => setRenaming({ id: t.id, name: e.target.value })}
                  onPressEnter={() =>
                    void run(async () => {
                      await api.call('tags.update', { id: t.id, name: renaming.name });
                      setRenaming(undefined);
                    }, '已重命名')
                  }
                  onKeyDown={(e) => {
                    if (e.key === 'Escape') setRenaming(undefined);
                  }}
                />
              ) : (
                <Tag color={t.color} className="tag-name">
                  {t.name}
                </Tag>
              ),
          },
          { title: '案例数', dataIndex: 'count', width: 90, align: 'right' },
          {
            title: '操作',
            width: 240,
            render: (_, t) => (
              <Space size={0}>
                <Button size="small" type="link" onClick={() => setRenaming({ id: t.id, name: t.name })}>
                  重命名
                </Button>
                <Button
                  size="small"
                  type="link"
                  onClick={() => setMerging({ source: t })}
                  disabled={(data?.length ?? 0) < 2}
                >
                  合并到…
                </Button>
                <Popconfirm
                  title={`删除标签“${t.name}”？`}
                  description={`将从 ${t.count} 个案例上移除此标签，案例本身不受影响。`}
                  okText="删除"
                  okButtonProps={{ danger: true }}
                  cancelText="取消"
                  onConfirm={() =>
                    void run(async () => {
                      const { affected } = await api.call('tags.delete', { id: t.id });
                      void message.success(`已删除，${affected} 个案例受影响`);
                    })
                  }
                >
                  <Button size="small" type="link" danger>
                    删除
                  </Button>
                </Popconfirm>
              </Space>
            ),
          },
        ]}
      />
      {merging && (
        <Modal
          open
          title={`把标签“${merging.source.name}”合并到…`}
          okText="合并"
          cancelText="取消"
          okButtonProps={{ disabled: merging.targetId === undefined }}
          onCancel={() => setMerging(undefined)}
          onOk={() =>
            void run(async () => {
              if (merging.targetId === undefined) return;
              await api.call('tags.merge', { sourceId: merging.source.id, targetId: merging.targetId });
              setMerging(undefined);
            }, `已合并，${merging.source.count} 个案例的标签随之改变`)
          }
        >
          <Typography.Paragraph>
            带“{merging.source.name}”的 {merging.source.count} 个案例将改带所选标签，“{merging.source.name}
            ”随后删除。
          </Typography.Paragraph>
          <Select
            style={{ width: '100%' }}
            aria-label="合并到的标签"
            placeholder="选择目标标签"
            value={merging.targetId}
            onChange={(targetId: number) => setMerging({ ...merging, targetId })}
            options={(data ?? [])
              .filter((t) => t.id !== merging.source.id)
              .map((t) => ({ value: t.id, label: t.name }))}
          />
        </Modal>
      )}
    </Space>
  );
}
