import { z } from 'zod';
import { Empty } from './common';
import { BackupEntry } from './backup';
import { op } from './define';

export const libraryContract = {
  'library.info': op(
    '案例库信息：编号、修订号、结构版本、案例数',
    Empty,
    z.object({
      libraryId: z.string(),
      revision: z.number(),
      schemaVersion: z.number(),
      caseCount: z.number(),
      draftCount: z.number(),
      trashCount: z.number(),
      path: z.string(),
    }),
  ),
  'library.health': op(
    '案例库状态：启动时的完整性检查结果；损坏时附可用的备份',
    Empty,
    z.object({
      state: z.enum(['ok', 'damaged', 'missing']),
      message: z.string(),
      libraryPath: z.string(),
      backups: z.array(BackupEntry),
    }),
  ),
} as const;
