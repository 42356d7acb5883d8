import { Button, Popconfirm, Table } from 'antd';
import type { BackupEntry } from '../../../../core/contract/backup';
import { BACKUP_REASON_LABELS, formatSize, formatTime } from './format';

/** Backups, newest first, each with a restore button behind a confirmation. */
export function BackupTable({
  items,
  restoring,
  onRestore,
  confirmText,
}: {
  items: BackupEntry[];
  restoring: string | undefined;
  onRestore: (name: string) => void;
  confirmText: string;
}) {
  return (
    <Table<BackupEntry>
      size="small"
      rowKey="name"
      dataSource={items}
      pagination={items.length > 8 ? { pageSize: 8, size: 'small' } : false}
      locale={{ emptyText: '还没有备份' }}
      columns={[
        { title: '时间', dataIndex: 'createdAt', render: (v: string) => formatTime(v), width: 200 },
        { title: '类型', dataIndex: 'reason', render: (v: BackupEntry['reason']) => BACKUP_REASON_LABELS[v] },
        { title: '大小', dataIndex: 'bytes', render: (v: number) => formatSize(v), width: 100 },
        {
          title: '',
          key: 'restore',
          width: 110,
          render: (_, row) => (
            <Popconfirm
              title="用这个备份恢复案例库？"
              description={confirmText}
              okText="恢复"
              cancelText="取消"
              onConfirm={() => onRestore(row.name)}
            >
              <Button size="small" loading={restoring === row.name} disabled={restoring !== undefined}>
                恢复
              </Button>
            </Popconfirm>
          ),
        },
      ]}
    />
  );
}
