import { useCallback, useRef, useState } from 'react';
import { api } from './client';

export interface JobProgressState {
  done: number;
  total: number;
  message: string;
}

/**
 * Runs a long operation under a jobId of its own: polls jobs.progress while it runs so a
 * progress bar can follow it, and cancel() stops it through jobs.cancel.
 */
export function useJob(prefix: string) {
  const [progress, setProgress] = useState<JobProgressState>();
  const jobId = useRef<string>(undefined);

  const run = useCallback(
    async <T>(start: (jobId: string) => Promise<T>, first: JobProgressState): Promise<T> => {
      const id = `${prefix}-${Date.now()}-${Math.random().toString(36).slice(2)}`;
      jobId.current = id;
      setProgress(first);
      const timer = window.setInterval(() => {
        api
          .call('jobs.progress', { jobId: id })
          .then((p) => {
            if (p.state === 'running' && p.total > 0)
              setProgress({ done: p.done, total: p.total, message: p.message });
          })
          .catch(() => undefined);
      }, 300);
      try {
        return await start(id);
      } finally {
        window.clearInterval(timer);
        jobId.current = undefined;
        setProgress(undefined);
      }
    },
    [prefix],
  );

  const cancel = useCallback(async () => {
    if (jobId.current) await api.call('jobs.cancel', { jobId: jobId.current });
  }, []);

  return { progress, running: progress !== undefined, run, cancel };
}
