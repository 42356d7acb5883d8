import { useCallback } from 'react';
import { useJob } from '../../api/useJob';

export type { JobProgressState } from '../../api/useJob';

/** An export under a job, so a progress bar can follow it and cancel() can stop it. */
export function useExportJob() {
  const job = useJob('export');
  const { run: runJob } = job;
  const run = useCallback(
    <T>(start: (jobId: string) => Promise<T>, firstMessage: string): Promise<T> =>
      runJob(start, { done: 0, total: 1, message: firstMessage }),
    [runJob],
  );
  return { ...job, run };
}
