import { App, Button, Card, Descriptions, Space, Typography } from 'antd';
import { useState } from 'react';
import { api } from '../../api/client';
import { useApi } from '../../api/useApi';
import { BackupTable } from './BackupTable';
import { showError } from '../../api/showError';

/** 案例库信息 and its backups: back up now, restore any backup (the current state is backed up first). */
export function LibraryPanel() {
  const { message } = App.useApp();
  const info = useApi('library.info', {});
  const backups = useApi('backup.list', {});
  const [busy, setBusy] = useState(false);
  const [restoring, setRestoring] = useState<string>();

  const backupNow = async () => {
    setBusy(true);
    try {
      await api.call('backup.create', {});
      void message.success('已备份案例库');
      backups.reload();
    } catch (e) {
      showError(message, e);
    } finally {
      setBusy(false);
    }
  };

  const restore = async (name: string) => {
    setRestoring(name);
    try {
      await api.call('backup.restore', { name });
      void message.success('已恢复。恢复前的状态也留有备份，可随时改回。');
      info.reload();
      backups.reload();
    } catch (e) {
      showError(message, e);
    } finally {
      setRestoring(undefined);
    }
  };

  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Card title="案例库" size="small">
        <Descriptions size="small" column={2} bordered>
          <Descriptions.Item label="案例数">{info.data?.caseCount ?? '…'}</Descriptions.Item>
          <Descriptions.Item label="草稿 / 回收站">
            {info.data ? `${info.data.draftCount} / ${info.data.trashCount}` : '…'}
          </Descriptions.Item>
          <Descriptions.Item label="修订号">{info.data?.revision ?? '…'}</Descriptions.Item>
          <Descriptions.Item label="结构版本">{info.data?.schemaVersion ?? '…'}</Descriptions.Item>
          <Descriptions.Item label="文件" span={2}>
            <Typography.Text code copyable>
              {info.data?.path ?? ''}
            </Typography.Text>
          </Descriptions.Item>
        </Descriptions>
      </Card>
      <Card
        title="备份"
        size="small"
        extra={
          <Button type="primary" onClick={() => void backupNow()} loading={busy}>
            立即备份
          </Button>
        }
      >
        <Typography.Paragraph type="secondary">
          每天第一次启动、每次升级和导入案例包之前自动备份；保留最近 14 份，另外每月保留一份。
          {backups.data ? `备份位于 ${backups.data.dir}` : ''}
        </Typography.Paragraph>
        <BackupTable
          items={backups.data?.items ?? []}
          restoring={restoring}
          onRestore={(name) => void restore(name)}
          confirmText="恢复前会先备份当前状态，恢复后也可以改回。"
        />
      </Card>
    </Space>
  );
}
