import { z } from 'zod';
import { op } from './define';

export const JobProgress = z.object({
  jobId: z.string(),
  done: z.number(),
  total: z.number(),
  message: z.string(),
  state: z.enum(['running', 'finished', 'failed', 'cancelled', 'unknown']),
});
export type JobProgress = z.infer<typeof JobProgress>;

/** Long operations (import, index rebuild, casebook export) take a jobId; these follow and stop them. */
export const jobsContract = {
  'jobs.progress': op('长任务的进度', z.object({ jobId: z.string() }).strict(), JobProgress),
  'jobs.cancel': op(
    '取消长任务',
    z.object({ jobId: z.string() }).strict(),
    z.object({ cancelled: z.boolean() }),
  ),
} as const;
