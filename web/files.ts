import { randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream, mkdtempSync, renameSync, rmSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { KEY_EXTENSION, UPLOAD_PREFIX } from '../core/files/pathPolicy';
import type { Service } from '../core/service';

/** The largest file the browser may upload (a package of the whole library, a list of cases). */
export const MAX_UPLOAD_BYTES = 256 * 1024 * 1024;

export interface BrowserFiles {
  uploadsDir: string;
  /** Puts the service's current library (a restored one too) under the browser rules; before every call. */
  apply(): void;
  dispose(): void;
}

/**
 * Makes the web host a browser host for the path policy: callers cannot name paths, exports are
 * written into the exports folder under generated names, and reads come from the uploads kept
 * in a private temp folder (mode 0700) that lives as long as the host.
 */
export function browserFiles(service: Service): BrowserFiles {
  const uploadsDir = mkdtempSync(join(tmpdir(), 'anjian-uploads-'));
  return {
    uploadsDir,
    apply() {
      let files;
      try {
        files = service.ctx.files;
      } catch {
        return; // recovery mode: no library yet, and no file operation is served
      }
      files.access = 'browser';
      files.uploadsDir = uploadsDir;
    },
    dispose: () => rmSync(uploadsDir, { recursive: true, force: true }),
  };
}

const json = (res: ServerResponse, status: number, body: unknown) => {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
};

/**
 * POST /upload: the request body is the file's bytes. Stored under a random name and answered as
 * an opaque id (`upload:<uuid>`) that operations accept in place of a path. Refused with 413 when
 * the declared length is over the cap (before reading) or the body grows past it.
 */
export function receiveUpload(req: IncomingMessage, res: ServerResponse, uploadsDir: string): void {
  const tooLarge = () =>
    json(res, 413, {
      ok: false,
      error: { code: 'TOO_LARGE', message: `文件过大：上传上限 ${MAX_UPLOAD_BYTES / 1024 / 1024} MB` },
    });
  const declared = Number(req.headers['content-length'] ?? NaN);
  if (declared > MAX_UPLOAD_BYTES) {
    tooLarge();
    req.resume();
    return;
  }
  const id = randomUUID();
  const file = join(uploadsDir, id);
  const out = createWriteStream(file, { mode: 0o600 });
  let size = 0;
  let failed = false;
  const fail = (answer: () => void) => {
    if (failed) return;
    failed = true;
    req.unpipe(out);
    out.destroy();
    rmSync(file, { force: true });
    answer();
    req.resume();
  };
  req.on('data', (chunk: Buffer) => {
    size += chunk.length;
    if (size > MAX_UPLOAD_BYTES) fail(tooLarge);
  });
  req.on('error', () => fail(() => res.destroy()));
  out.on('error', () =>
    fail(() => json(res, 500, { ok: false, error: { code: 'WRITE_FAILED', message: '无法保存上传的文件' } })),
  );
  out.on('finish', () => {
    if (!failed) json(res, 200, { ok: true, value: { id: `${UPLOAD_PREFIX}${id}`, bytes: size } });
  });
  req.pipe(out);
}

/**
 * GET /exports/<name>: a finished export, served once and then removed (the browser has saved
 * it). Only plain files directly in the exports folder; never a key file, whatever its name.
 */
export function serveDownload(name: string, res: ServerResponse, exportsDir: string): void {
  const notFound = (): void => {
    res.writeHead(404).end();
  };
  if (!name || basename(name) !== name || name.startsWith('.')) return notFound();
  if (name.toLowerCase().endsWith(`.${KEY_EXTENSION}`) || /signing-key/i.test(name)) return notFound();
  const file = join(exportsDir, name);
  const taken = join(exportsDir, `.serving-${randomUUID()}`);
  try {
    if (!statSync(file).isFile()) return notFound();
    // Moved aside before sending, so a second GET (or a parallel one) finds nothing.
    renameSync(file, taken);
  } catch {
    return notFound();
  }
  res.writeHead(200, {
    'content-type': 'application/octet-stream',
    'content-disposition': `attachment; filename*=UTF-8''${encodeURIComponent(name)}`,
    'x-content-type-options': 'nosniff',
    'cache-control': 'no-store',
  });
  const stream = createReadStream(taken);
  const done = () => rmSync(taken, { force: true });
  stream.on('close', done);
  stream.on('error', () => res.destroy());
  stream.pipe(res);
}
