import { useCallback, useRef, useState } from 'react';
import { api } from '../../api/client';

export interface JobProgressState {
  done: number;
  total: number;
  message: string;
}

/**
 * Runs a long export operation under a jobId: polls jobs.progress while it runs so a progress bar
 * can follow it, and cancel() stops it through jobs.cancel.
 */
export function useExportJob() {
  const [progress, setProgress] = useState<JobProgressState>();
  const jobId = useRef<string>(undefined);

  const run = useCallback(
    async <T>(start: (jobId: string) => Promise<T>, firstMessage: string): Promise<T> => {
      const id = `export-${Date.now()}-${Math.random().toString(36).slice(2)}`;
      jobId.current = id;
      setProgress({ done: 0, total: 1, message: firstMessage });
      const timer = window.setInterval(() => {
        api
          .call('jobs.progress', { jobId: id })
          .then((p) => {
            if (p.state === 'running' && p.total > 0)
              setProgress({ done: p.done, total: p.total, message: p.message });
          })
          .catch(() => undefined);
      }, 400);
      try {
        return await start(id);
      } finally {
        window.clearInterval(timer);
        jobId.current = undefined;
        setProgress(undefined);
      }
    },
    [],
  );

  const cancel = useCallback(async () => {
    if (jobId.current) await api.call('jobs.cancel', { jobId: jobId.current });
  }, []);

  return { progress, running: progress !== undefined, run, cancel };
}
