import { useCallback } from 'react';
import type { OpInput, OpOutput } from '../../../../core/contract';
import { api } from '../../api/client';
import { useJob } from '../../api/useJob';

export type Preview = OpOutput<'import.preview'>;
export type { JobProgressState as JobState } from '../../api/useJob';

/** Runs import.preview as a job: progress while it reads the files, and cancel. */
export function usePreviewJob() {
  const { run: runJob, cancel, progress } = useJob('import');
  const run = useCallback(
    (input: Omit<OpInput<'import.preview'>, 'jobId'>): Promise<Preview> =>
      runJob((jobId) => api.call('import.preview', { ...input, jobId }), {
        done: 0,
        total: input.files?.length ?? 1,
        message: '正在上传…',
      }),
    [runJob],
  );
  return { run, cancel, progress };
}
