import type { IncomingMessage } from 'node:http';

/** Most operations carry a few KB of JSON; these carry files or many drafts. */
const DEFAULT_BODY_BYTES = 2 * 1024 * 1024;
const BODY_BYTES: Record<string, number> = {
  // Files as base64: 50 MB per judgment (core/import/limits.ts) is ~67 MB encoded; a batch of small ones.
  'import.preview': 160 * 1024 * 1024,
  // Reviewed drafts with their full texts.
  'import.commit': 64 * 1024 * 1024,
  'cases.save': 16 * 1024 * 1024,
};

/** How many large bodies (uploads) the host takes at once; more are refused with 429, not queued. */
export const MAX_CONCURRENT_UPLOADS = 2;

/** After a refusal, the rest of an over-limit body is discarded (not kept) up to this much, then the connection is cut. */
const DRAIN_BYTES = 4 * 1024 * 1024;

export const bodyLimit = (operation: string): number => BODY_BYTES[operation] ?? DEFAULT_BODY_BYTES;

/** An operation whose bodies are uploads, counted against MAX_CONCURRENT_UPLOADS. */
export const isUpload = (operation: string): boolean => bodyLimit(operation) > DEFAULT_BODY_BYTES;

export type BodyRead = { ok: true; body: Buffer } | { ok: false; reason: 'too-large' };

/**
 * Reads a request body up to `limit` bytes. A Content-Length over the limit is refused before
 * a byte is read; a body without one (or lying) is counted while it streams and refused at the
 * byte that passes the limit. Nothing past the limit is kept.
 */
export function readBody(req: IncomingMessage, limit: number): Promise<BodyRead> {
  const declared = Number(req.headers['content-length'] ?? NaN);
  if (Number.isFinite(declared) && declared > limit)
    return Promise.resolve({ ok: false, reason: 'too-large' });
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        req.off('data', onData);
        chunks.length = 0;
        resolve({ ok: false, reason: 'too-large' });
        return;
      }
      chunks.push(chunk);
    };
    req.on('data', onData);
    req.on('end', () => resolve({ ok: true, body: Buffer.concat(chunks) }));
    req.on('error', reject);
  });
}

/**
 * After answering a refusal: let the client finish sending (discarding, so it reads our answer
 * instead of a reset) for a bounded number of bytes, then cut the connection.
 */
export function discardRest(req: IncomingMessage): void {
  let discarded = 0;
  req.on('data', (chunk: Buffer) => {
    discarded += chunk.length;
    if (discarded > DRAIN_BYTES) req.socket.destroy();
  });
  req.resume();
}
