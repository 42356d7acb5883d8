import { PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Flex, Popconfirm, Table, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { api } from '../../api/client';
import { useApi } from '../../api/useApi';
import { NewCasebookDialog } from './NewCasebookDialog';
import { showError } from '../../api/showError';
import { formatDateTime } from '../../../../shared/display';

/** Every casebook the office keeps, newest first; open one to edit, or start a new one. */
export function CasebookList() {
  const navigate = useNavigate();
  const { message } = App.useApp();
  const { data, error, loading, reload } = useApi('collections.list', {});
  const [creating, setCreating] = useState(false);

  const remove = async (id: string) => {
    try {
      await api.call('collections.delete', { id });
      reload();
    } catch (e) {
      showError(message, e);
    }
  };

  return (
    <div className="casebooks">
      <Flex justify="space-between" align="center">
        <Typography.Title level={3}>案例汇编</Typography.Title>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
          新建汇编
        </Button>
      </Flex>
      <Typography.Paragraph type="secondary">
        把选定的案例编成一本可打印的《行政诉讼败诉案例评析》：封面、前言、目录、按类别分章，导出为 PDF 或
        Word。
      </Typography.Paragraph>
      {error && <Alert type="error" message={error.message} />}
      <Table
        rowKey="id"
        loading={loading}
        dataSource={data}
        locale={{ emptyText: '还没有案例汇编，点击“新建汇编”开始。' }}
        pagination={false}
        onRow={(record) => ({ onDoubleClick: () => void navigate(record.id) })}
        columns={[
          {
            title: '书名',
            dataIndex: 'title',
            render: (title: string, record) => (
              <a href={`#/casebooks/${record.id}`} className="casebook-link">
                {title}
                {record.subtitle && <Typography.Text type="secondary"> {record.subtitle}</Typography.Text>}
              </a>
            ),
          },
          { title: '案例数', dataIndex: 'caseCount', width: 100 },
          {
            title: '修改时间',
            dataIndex: 'updatedAt',
            width: 180,
            render: (t: string) => formatDateTime(t),
          },
          {
            title: '',
            width: 90,
            render: (_: unknown, record) => (
              <Popconfirm
                title="删除这本汇编？"
                description="案例本身不受影响。"
                okText="删除"
                cancelText="取消"
                onConfirm={() => void remove(record.id)}
              >
                <Button type="link" danger>
                  删除
                </Button>
              </Popconfirm>
            ),
          },
        ]}
      />
      <NewCasebookDialog
        open={creating}
        onClose={() => setCreating(false)}
        onCreated={(id) => void navigate(id)}
      />
    </div>
  );
}
