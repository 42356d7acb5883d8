import type { BackupEntry } from '../../../../core/contract/backup';
import { formatDateTime } from '../../../../shared/display';

export const BACKUP_REASON_LABELS: Record<BackupEntry['reason'], string> = {
  manual: '手动备份',
  daily: '每日自动备份',
  'before-package': '导入案例包前',
  'before-restore': '恢复前的状态',
  'before-migration': '升级前',
  other: '其他',
};

/** The app's one timestamp format (2026-12-03 18:20), from shared/. */
export const formatTime = (iso: string) => formatDateTime(iso);

export const formatSize = (bytes: number) =>
  bytes >= 1024 * 1024
    ? `${(bytes / 1024 / 1024).toFixed(1)} MB`
    : `${Math.max(1, Math.round(bytes / 1024))} KB`;
