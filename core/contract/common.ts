import { z } from 'zod';

export const Empty = z.object({}).strict().default({});
export const Ok = z.object({ ok: z.literal(true) });
export const ok = { ok: true as const };
export const CaseId = z.string().min(1, '缺少案例编号').max(100);
/** Long operations accept a jobId so that the caller can follow progress and cancel (see jobs.*). */
export const JobId = z.string().min(1).max(100).optional();
export const FilePath = z.string().min(1, '缺少文件路径').max(4096);
