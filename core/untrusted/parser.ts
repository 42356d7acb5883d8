import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { AppError } from '../../db/errors';
import type { ParseResults, ParseTask, WireError, WorkerKind } from './tasks';

/** How long one task may run and how much heap its worker may use. */
export interface ParseLimits {
  deadlineMs: number;
  memoryMb: number;
}

/**
 * Defaults per kind of task. The heap limit is a backstop that must stay well above the largest
 * single allocation the capped readers make: Node stops a worker that reaches its limit with
 * 16 MB of leeway, and one allocation larger than that past the limit aborts the whole process.
 * The readers' caps (50 MB per file, 32 MB per archive entry, 192 MB per package entry) keep
 * every single string or buffer far below these limits; they refuse the known hostile shapes
 * long before a limit is reached.
 */
export const DEFAULT_PARSE_LIMITS: Record<WorkerKind, ParseLimits> = {
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
function workerEntry(): { url: URL; entry?: string } {
  if (import.meta.url.endsWith('.ts')) {
    return {
      url: new URL('./tsWorker.mjs', import.meta.url),
      entry: new URL('./parseWorker.ts', import.meta.url).href,
    };
  }
  // Built by electron-vite as its own entry in out/main; this code may sit in main.js or a chunk below it.
  const here = dirname(fileURLToPath(import.meta.url));
  const built = [join(here, 'parseWorker.js'), join(here, '..', 'parseWorker.js')].find((f) => existsSync(f));
  if (!built) throw new AppError('INTERNAL', '找不到读取文件的后台程序（parseWorker.js），请重新安装案鉴。');
  return { url: pathToFileURL(built) };
}

/** What the worker receives at start: the .ts entry (from sources) and what to load before it is ready. */
export interface ParseWorkerData {
  entry?: string;
  /** The kind of task this worker will run: its readers are loaded before it says it is ready. */
  kind: WorkerKind;
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

  private idleTimer: NodeJS.Timeout | undefined;

  /**
   * `kind`: which readers the worker loads before its first task (so a deadline measures
   * reading, not loading); a task of the other kind still runs, loading them then. `idleMs`: keep
   * the worker this long after its last task, so a run of reads (a batch, inspect then import)
   * starts it once; an idle worker never keeps the process alive.
   */
  constructor(
    private readonly limits: ParseLimits,
    private readonly options: { kind: WorkerKind; idleMs?: number },
  ) {}

  async run<K extends ParseTask['kind']>(
    task: Extract<ParseTask, { kind: K }>,
    label: string,
    signal?: AbortSignal,
  ): Promise<ParseResults[K]> {
    if (signal?.aborted) throw cancelled();
    clearTimeout(this.idleTimer);
    const worker = this.start(label);
    worker.ref();
    try {
      await this.ready;
    } catch (e) {
      await this.kill();
      throw e instanceof AppError
        ? e
        : new AppError('BAD_FILE', `文件“${label}”无法读取：读取进程未能启动（${String(e)}）。`);
    }
    if (signal?.aborted) throw cancelled();
    const id = this.nextId++;
    return new Promise<ParseResults[K]>((resolve, reject) => {
      const finish = () => {
        clearTimeout(timer);
        signal?.removeEventListener('abort', onAbort);
        this.pending.delete(id);
        if (!this.pending.size) this.idle();
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
      // Bytes move to the worker (off its heap) rather than as a string copied onto it.
      const sent: ParseTask = task;
      const transfer = sent.kind === 'importFile' ? [sent.data.buffer as ArrayBuffer] : [];
      worker.postMessage({ id, task }, transfer);
    });
  }

  private idle(): void {
    this.worker?.unref();
    clearTimeout(this.idleTimer);
    this.idleTimer = setTimeout(() => void this.kill(), this.options.idleMs ?? 0);
    this.idleTimer.unref();
  }

  /** Stops the worker (if any); pending tasks are refused. */
  async close(): Promise<void> {
    await this.kill();
  }

  private start(label: string): Worker {
    if (this.worker) return this.worker;
    const entry = workerEntry();
    const workerData: ParseWorkerData = { entry: entry.entry, kind: this.options.kind };
    const worker = new Worker(entry.url, {
      workerData,
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
    clearTimeout(this.idleTimer);
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
  const sent: ParseTask = task;
  const parser = new UntrustedParser(limits, { kind: sent.kind === 'package' ? 'package' : 'importFile' });
  try {
    return await parser.run(task, label, signal);
  } finally {
    await parser.close();
  }
}
