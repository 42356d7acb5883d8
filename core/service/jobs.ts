import { AppError } from '../../db/errors';
import type { JobProgress, jobsContract } from '../contract/jobs';
import type { Handlers } from './handlers';

export interface JobHandle {
  readonly signal: AbortSignal;
  /** Report progress; throws CANCELLED when the user cancelled, so loops stop where they are. */
  progress(done: number, total: number, message?: string): void;
  throwIfCancelled(): void;
}

interface JobState {
  progress: JobProgress;
  controller: AbortController;
  finishedAt?: number;
}

const KEEP_FINISHED_MS = 10 * 60 * 1000;

/**
 * Tracks long operations by the jobId their caller chose, so progress can be read and the job
 * cancelled through the contract (jobs.progress / jobs.cancel) from either transport.
 */
export class JobRegistry {
  private readonly jobs = new Map<string, JobState>();

  start(jobId: string | undefined): { handle: JobHandle; finish(state: JobProgress['state']): void } {
    const controller = new AbortController();
    const id = jobId ?? '';
    const state: JobState = {
      controller,
      progress: { jobId: id, done: 0, total: 0, message: '', state: 'running' },
    };
    if (jobId) {
      this.sweep();
      this.jobs.set(jobId, state);
    }
    const handle: JobHandle = {
      signal: controller.signal,
      throwIfCancelled() {
        if (controller.signal.aborted) throw new AppError('CANCELLED', '操作已取消，案例库未作改动。');
      },
      progress(done, total, message) {
        state.progress = { ...state.progress, done, total, message: message ?? state.progress.message };
        handle.throwIfCancelled();
      },
    };
    return {
      handle,
      finish: (final) => {
        state.progress = { ...state.progress, state: controller.signal.aborted ? 'cancelled' : final };
        state.finishedAt = Date.now();
      },
    };
  }

  progress(jobId: string): JobProgress {
    return this.jobs.get(jobId)?.progress ?? { jobId, done: 0, total: 0, message: '', state: 'unknown' };
  }

  cancel(jobId: string): boolean {
    const job = this.jobs.get(jobId);
    if (!job || job.progress.state !== 'running') return false;
    job.controller.abort();
    return true;
  }

  private sweep(): void {
    const now = Date.now();
    for (const [id, job] of this.jobs) {
      if (job.finishedAt && now - job.finishedAt > KEEP_FINISHED_MS) this.jobs.delete(id);
    }
  }
}

/** jobs.*: the service's one registry, so a call can poll or cancel a job another call started. */
export const jobsHandlers = (jobs: JobRegistry): Handlers<typeof jobsContract> => ({
  'jobs.progress': ({ jobId }) => jobs.progress(jobId),
  'jobs.cancel': ({ jobId }) => ({ cancelled: jobs.cancel(jobId) }),
});
