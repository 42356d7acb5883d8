import { z } from 'zod';
import { CaseId, Empty, FilePath, JobId } from './common';
import { op } from './define';

const ChangeItem = z.object({ id: z.string(), title: z.string(), localEdits: z.boolean().optional() });
/** Long lists are cut to this many items for display; the counts are always complete. */
export const CHANGE_LIST_LIMIT = 500;

export const packagesContract = {
  'packages.export': op(
    '导出签名的案例包（.anjian）：默认发布全部已审核案例，回收站中的案例列为撤回',
    z
      .object({
        /** Desktop: the path the save dialog returned; left out in the browser (the package becomes a download). */
        path: FilePath.optional(),
        /** The user confirmed replacing an existing file. */
        overwrite: z.boolean().optional(),
        caseIds: z.array(CaseId).max(200_000).optional(),
        version: z.number().int().min(1).max(1_000_000_000).optional(),
        changelog: z.string().max(20_000).optional(),
        jobId: JobId,
      })
      .strict(),
    z.object({
      path: z.string(),
      /** The one-time download name in the browser mode, null when written where the user chose. */
      download: z.string().nullable(),
      version: z.number(),
      cases: z.number(),
      withdrawn: z.number(),
      fingerprint: z.string(),
      bytes: z.number(),
    }),
  ),
  'packages.inspect': op(
    '导入前查看案例包：签名者指纹、是否受信任、版本、将新增/更新/撤回的案例；不写入任何内容',
    z.object({ path: FilePath }).strict(),
    z.object({
      libraryId: z.string(),
      libraryName: z.string(),
      version: z.number(),
      createdAt: z.string(),
      changelog: z.string(),
      scope: z.enum(['full', 'selection']),
      signer: z.object({ name: z.string(), fingerprint: z.string(), publicKey: z.string() }),
      trusted: z.boolean(),
      /** The signer pinned for this package's library (first install), and whether this signer differs. */
      pinned: z.object({ fingerprint: z.string(), signerName: z.string(), mismatch: z.boolean() }).nullable(),
      installedVersion: z.number().nullable(),
      older: z.boolean(),
      counts: z.object({
        added: z.number(),
        updated: z.number(),
        withdrawn: z.number(),
        unchanged: z.number(),
        localEdits: z.number(),
      }),
      changes: z.object({
        added: z.array(ChangeItem),
        updated: z.array(ChangeItem),
        withdrawn: z.array(ChangeItem),
      }),
    }),
  ),
  'packages.import': op(
    '导入案例包：验证签名与版本，先备份，再在一个事务中按案例编号合并；不动个人标签、收藏、笔记、划线',
    z
      .object({
        path: FilePath,
        trustSigner: z.boolean().optional(),
        /** The user confirmed the library's publisher changed keys: the pin moves (after a backup). */
        moveSignerPin: z.boolean().optional(),
        jobId: JobId,
      })
      .strict(),
    z.object({ added: z.number(), updated: z.number(), withdrawn: z.number() }),
  ),
  'packages.installed': op(
    '已安装的案例包版本（按来源案例库）',
    Empty,
    z.array(
      z.object({
        libraryId: z.string(),
        version: z.number(),
        fingerprint: z.string(),
        installedAt: z.string(),
        changelog: z.string(),
      }),
    ),
  ),
} as const;
