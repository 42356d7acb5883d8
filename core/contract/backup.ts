import { z } from 'zod';
import { Empty } from './common';
import { op } from './define';

export const BackupEntry = z.object({
  name: z.string(),
  path: z.string(),
  createdAt: z.string(),
  reason: z.enum(['manual', 'daily', 'before-package', 'before-restore', 'before-migration', 'other']),
  bytes: z.number(),
});
export type BackupEntry = z.infer<typeof BackupEntry>;

/** A backup's file name as backup.list answers it; never a path, so restore cannot read arbitrary files. */
const BackupName = z
  .string()
  .min(1)
  .max(255)
  .regex(/^[A-Za-z0-9._-]+\.sqlite$/, '备份名称无效');

export const backupContract = {
  'backup.list': op(
    '备份列表（新的在前）',
    Empty,
    z.object({ dir: z.string(), items: z.array(BackupEntry) }),
  ),
  'backup.create': op('立即备份案例库', Empty, BackupEntry),
  'backup.restore': op(
    '用备份恢复案例库；恢复前先备份当前状态',
    z.object({ name: BackupName }).strict(),
    z.object({ restored: z.string(), safetyBackup: z.string() }),
  ),
} as const;
