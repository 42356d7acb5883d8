import { Worker } from 'node:worker_threads';
import { AppError } from '../../db/errors';
import type { ParseResults, ParseTask, WireError } from './tasks';

/** How long one task may run and how much heap its worker may use. */
export interface ParseLimits {
  deadlineMs: number;
  memoryMb: number;
}

/**
 * Defaults per kind of task. A judgment is read in well under a second; the caps in the readers
 * refuse the known hostile shapes long before these limits, which are the backstop for the rest.
 */
export const DEFAULT_PARSE_LIMITS: Record<ParseTask['kind'], ParseLimits> = {
  importFile: { deadlineMs: 5_000, memoryMb: 512 },
  package: { deadlineMs: 60_000, memoryMb: 1536 },
};

/** A worker that could not even load its modules in this time is broken, not busy. */
const STARTUP_MS = 60_000;

/**
 * The worker entry: the bundled parseWorker.js next to the built main process, or, when running
 * from TypeScript sources (tests, web host, `npm start` through tsx), the .ts entry loaded
 * through a small .mjs bootstrap that registers tsx inside the worker thread.
 */
function workerEntry(): { url: URL; workerData?: { entry: string } } {
  if (import.meta.url.endsWith('.ts')) {
    return {
      url: new URL('./tsWorker.mjs', import.meta.url),
      workerData: { entry: new URL('./parseWorker.ts', import.meta.url).href },
    };
  }
  return { url: new URL('./parseWorker.js', import.meta.url) };
}

interface Pending {
  resolve: (value: unknown) => void;
  reject: (e: Error) => void;
}

/**
 * Runs parse tasks on untrusted bytes in a worker thread with a heap limit and a deadline per
 * task, so the host's event loop stays free (other requests are answered meanwhile) and a
 * hostile file costs at most the deadline. A worker that passes a limit or is cancelled is
 * terminated and the next task gets a fresh one. `label` names the file in every message.
 */
export class UntrustedParser {
  private worker: Worker | undefined;
  private ready: Promise<void> | undefined;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();

  constructor(private readonly limits: ParseLimits) {}

  async run<K extends ParseTask['kind']>(
    task: Extract<ParseTask, { kind: K }>,
    label: string,
    signal?: AbortSignal,
  ): Promise<ParseResults[K]> {
    if (signal?.aborted) throw cancelled();
    const worker = this.start(label);
    await this.ready;
    const id = this.nextId++;
    return new Promise<ParseResults[K]>((resolve, reject) => {
      const finish = () => {
        clearTimeout(timer);
        signal?.removeEventListener('abort', onAbort);
        this.pending.delete(id);
      };
      const fail = (e: Error) => {
        finish();
        void this.kill();
        reject(e);
      };
      const timer = setTimeout(() => {
        const seconds = Math.round(this.limits.deadlineMs / 100) / 10;
        fail(
          new AppError(
            'PARSE_TIMEOUT',
            `文件“${label}”在 ${seconds} 秒内没有读完，已停止读取并拒绝：文件可能已损坏，或是特意构造的异常文件。案例库未作改动。`,
            { reason: 'deadline', limitMs: this.limits.deadlineMs },
          ),
        );
      }, this.limits.deadlineMs);
      const onAbort = () => fail(cancelled());
      signal?.addEventListener('abort', onAbort, { once: true });
      this.pending.set(id, {
        resolve: (value) => {
          finish();
          resolve(value as ParseResults[K]);
        },
        reject: (e) => {
          finish();
          reject(e);
        },
      });
      worker.postMessage({ id, task });
    });
  }

  /** Stops the worker (if any); pending tasks are refused. */
  async close(): Promise<void> {
    await this.kill();
  }

  private start(label: string): Worker {
    if (this.worker) return this.worker;
    const entry = workerEntry();
    const worker = new Worker(entry.url, {
      workerData: entry.workerData,
      resourceLimits: {
        maxOldGenerationSizeMb: this.limits.memoryMb,
        maxYoungGenerationSizeMb: 32,
        stackSizeMb: 4,
      },
      stdout: false,
      stderr: false,
    });
    this.worker = worker;
    this.ready = new Promise<void>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new AppError('INTERNAL', '读取文件的后台进程未能启动。')),
        STARTUP_MS,
      );
      worker.once('message', () => {
        clearTimeout(timer);
        resolve();
      });
      worker.once('exit', () => clearTimeout(timer));
      worker.once('error', (e) => {
        clearTimeout(timer);
        reject(e);
      });
    });
    worker.on('message', (message: { id?: number; ok?: boolean; value?: unknown; error?: WireError }) => {
      const pending = message.id === undefined ? undefined : this.pending.get(message.id);
      if (!pending) return;
      if (message.ok) pending.resolve(message.value);
      else pending.reject(new AppError(message.error!.code, message.error!.message, message.error!.details));
    });
    worker.on('error', (e: Error & { code?: string }) => {
      const error =
        e.code === 'ERR_WORKER_OUT_OF_MEMORY'
          ? new AppError(
              'PARSE_TOO_LARGE',
              `读取文件“${label}”需要的内存超过了 ${this.limits.memoryMb} MB 的上限，已停止读取并拒绝：文件过大，或是特意构造的异常文件。案例库未作改动。`,
              { reason: 'memory', limitMb: this.limits.memoryMb },
            )
          : new AppError('BAD_FILE', `文件“${label}”无法读取：${e.message}`);
      this.rejectAll(error);
    });
    worker.on('exit', () => {
      if (this.worker === worker) this.worker = undefined;
      this.rejectAll(new AppError('BAD_FILE', `文件“${label}”无法读取：读取进程意外结束。`));
    });
    return worker;
  }

  private rejectAll(error: Error): void {
    for (const p of [...this.pending.values()]) p.reject(error);
    this.pending.clear();
  }

  private async kill(): Promise<void> {
    const worker = this.worker;
    this.worker = undefined;
    this.ready = undefined;
    if (worker) await worker.terminate();
  }
}

const cancelled = () => new AppError('CANCELLED', '操作已取消，案例库未作改动。');

/** Runs one task in a fresh worker and stops it afterwards. */
export async function parseOnce<K extends ParseTask['kind']>(
  task: Extract<ParseTask, { kind: K }>,
  label: string,
  limits: ParseLimits,
  signal?: AbortSignal,
): Promise<ParseResults[K]> {
  const parser = new UntrustedParser(limits);
  try {
    return await parser.run(task, label, signal);
  } finally {
    await parser.close();
  }
}
