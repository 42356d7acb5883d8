import { parentPort, workerData } from 'node:worker_threads';
import type { ParseWorkerData } from './parser';
import { loadReaders, runTask, toWire, type ParseTask } from './tasks';

/**
 * The parse worker's entry: one task at a time from the host (core/untrusted/parser.ts), each
 * answered with its result or its error. The host gives it a memory limit and a deadline and
 * terminates it when either is passed, so no file can stall or exhaust the host.
 */
const port = parentPort;
if (!port) throw new Error('parseWorker.ts runs only as a worker thread');
port.on('message', (message: { id: number; task: ParseTask }) => {
  runTask(message.task).then(
    (value) => port.postMessage({ id: message.id, ok: true, value }),
    (e: unknown) => port.postMessage({ id: message.id, ok: false, error: toWire(e) }),
  );
});
// Ready once the heavy readers are loaded, so a task's deadline measures reading, not loading.
void loadReaders((workerData as ParseWorkerData).kind).finally(() => port.postMessage({ ready: true }));
