import { Alert, Result, Spin, Typography } from 'antd';
import { useState, type ReactNode } from 'react';
import { api } from '../../api/client';
import { useApi } from '../../api/useApi';
import { BackupTable } from './BackupTable';
import { errorText } from '../../api/showError';

/**
 * Asks library.health before anything else: a damaged or missing library shows the recovery
 * screen with its backups instead of the app (never an empty library, never a blank crash).
 */
export function RecoveryGate({ children }: { children: ReactNode }) {
  const health = useApi('library.health', {});
  if (health.error) {
    return <Result status="error" title="无法连接案鉴服务" subTitle={health.error.message} />;
  }
  if (!health.data) {
    return (
      <div className="recovery-loading">
        <Spin size="large" />
      </div>
    );
  }
  if (health.data.state === 'ok') return <>{children}</>;
  return <RecoveryScreen health={health.data} />;
}

function RecoveryScreen({
  health,
}: {
  health: {
    state: string;
    message: string;
    libraryPath: string;
    backups: Parameters<typeof BackupTable>[0]['items'];
  };
}) {
  const [restoring, setRestoring] = useState<string>();
  const [problem, setProblem] = useState<string>();
  const restore = async (name: string) => {
    setRestoring(name);
    setProblem(undefined);
    try {
      await api.call('backup.restore', { name });
      window.location.reload();
    } catch (e) {
      setProblem(errorText(e));
      setRestoring(undefined);
    }
  };
  return (
    <div className="recovery-screen">
      <Result
        status="warning"
        title={health.state === 'missing' ? '找不到案例库' : '案例库已损坏，需要从备份恢复'}
        subTitle={health.message}
      />
      {problem && (
        <Alert type="error" showIcon message="恢复失败" description={problem} style={{ marginBottom: 16 }} />
      )}
      {health.backups.length ? (
        <>
          <Typography.Paragraph>
            请选择一个备份恢复（通常是最新的一个）。损坏的文件会保留在备份文件夹中，不会删除。
          </Typography.Paragraph>
          <BackupTable
            items={health.backups}
            restoring={restoring}
            onRestore={(name) => void restore(name)}
            confirmText="当前损坏的文件会被移到备份文件夹保留。"
          />
        </>
      ) : (
        <Alert
          type="error"
          showIcon
          message="没有可用的备份"
          description={`请联系技术人员检查案例库文件：${health.libraryPath}`}
        />
      )}
    </div>
  );
}
