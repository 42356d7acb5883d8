import { DeleteOutlined, EditOutlined, HistoryOutlined } from '@ant-design/icons';
import { App, Button, Popconfirm, Space } from 'antd';
import { useNavigate } from 'react-router';
import { api } from '../../api/client';
import { showError } from '../../api/showError';

/** The case page's way into the editor, the version history and the trash. */
export function EditCaseButton({ id }: { id: string }) {
  const { message } = App.useApp();
  const navigate = useNavigate();
  const trash = async () => {
    try {
      await api.call('cases.trash', { id });
      void message.success('已移入回收站，可在“回收站”中恢复');
      void navigate('/library');
    } catch (e) {
      showError(message, e);
    }
  };
  return (
    <Space className="no-print" style={{ margin: '4px 0 8px' }}>
      <Button icon={<EditOutlined />} onClick={() => void navigate(`/editor/${id}`)}>
        编辑
      </Button>
      <Button icon={<HistoryOutlined />} onClick={() => void navigate(`/history/${id}`)}>
        历史版本
      </Button>
      <Popconfirm
        title="把这个案例移入回收站？"
        okText="移入回收站"
        cancelText="取消"
        onConfirm={() => void trash()}
      >
        <Button icon={<DeleteOutlined />} danger>
          删除
        </Button>
      </Popconfirm>
    </Space>
  );
}
