import { useCallback, useRef, useState } from 'react';
import type { OpInput, OpOutput } from '../../../../core/contract';
import { api, ApiError } from '../../api/client';

export type Preview = OpOutput<'import.preview'>;
export interface JobState {
  done: number;
  total: number;
  message: string;
}

/** Runs import.preview as a job: polls jobs.progress while it runs, and can cancel it. */
export function usePreviewJob() {
  const [progress, setProgress] = useState<JobState>();
  const jobId = useRef<string>(undefined);

  const run = useCallback(async (input: Omit<OpInput<'import.preview'>, 'jobId'>): Promise<Preview> => {
    const id = `import-${Date.now()}-${Math.random().toString(36).slice(2)}`;
    jobId.current = id;
    setProgress({ done: 0, total: input.files?.length ?? 1, message: '正在上传…' });
    const timer = window.setInterval(() => {
      api
        .call('jobs.progress', { jobId: id })
        .then((p) => {
          if (p.state === 'running') setProgress({ done: p.done, total: p.total, message: p.message });
        })
        .catch(() => undefined);
    }, 300);
    try {
      return await api.call('import.preview', { ...input, jobId: id });
    } finally {
      window.clearInterval(timer);
      jobId.current = undefined;
      setProgress(undefined);
    }
  }, []);

  const cancel = useCallback(async () => {
    if (jobId.current) await api.call('jobs.cancel', { jobId: jobId.current });
  }, []);

  return { run, cancel, progress };
}

export const errorText = (e: unknown) => (e instanceof ApiError ? e.message : String(e));
