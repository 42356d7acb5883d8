import { App, Alert, Button, Popconfirm, Space, Table, Typography } from 'antd';
import type { CaseSummary } from '../../../../shared/case';
import { api } from '../../api/client';
import { useApi } from '../../api/useApi';
import { showError } from '../../api/showError';
import { formatDateTime, orMissing } from '../../../../shared/display';

/** 回收站: deleted cases stay here, restorable, until the trash is emptied. */
export function TrashPage() {
  const { message } = App.useApp();
  const { data, error, loading, reload } = useApi('cases.list', {
    filters: { trashed: true },
    sort: 'updated-desc',
    limit: 1000,
  });
  const act = async (run: () => Promise<unknown>, done: string) => {
    try {
      await run();
      void message.success(done);
      reload();
    } catch (e) {
      showError(message, e);
    }
  };
  return (
    <div>
      <Typography.Title level={3}>回收站</Typography.Title>
      <Space style={{ marginBottom: 12 }}>
        <Popconfirm
          title="永久删除回收站中的全部案例？"
          description="删除后连同历史版本一起无法恢复。"
          okText="清空"
          okButtonProps={{ danger: true }}
          cancelText="取消"
          disabled={!data?.total}
          onConfirm={() =>
            void act(async () => {
              const r = await api.call('cases.emptyTrash', {});
              void message.info(`已永久删除 ${r.removed} 件`);
            }, '回收站已清空')
          }
        >
          <Button danger disabled={!data?.total}>
            清空回收站
          </Button>
        </Popconfirm>
        <Typography.Text type="secondary">删除的案例保留在这里，直到清空回收站。</Typography.Text>
      </Space>
      {error && <Alert type="error" message={error.message} />}
      <Table<CaseSummary>
        rowKey="id"
        size="middle"
        loading={loading}
        dataSource={data?.items}
        locale={{ emptyText: '回收站是空的' }}
        pagination={false}
        columns={[
          { title: '案例', dataIndex: 'title' },
          { title: '案号', dataIndex: 'caseNumber', width: 220, render: (n: string) => orMissing(n) },
          {
            title: '最后修改',
            dataIndex: 'updatedAt',
            width: 170,
            render: (d: string) => formatDateTime(d),
          },
          {
            title: '',
            width: 100,
            render: (_v, c) => (
              <Button
                size="small"
                onClick={() => void act(() => api.call('cases.restore', { id: c.id }), `已恢复“${c.title}”`)}
              >
                恢复
              </Button>
            ),
          },
        ]}
      />
    </div>
  );
}
