import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import type { Service } from '../core/service';
import { exportsDir } from '../core/export/output';
import { CONTENT_SECURITY_POLICY } from './csp';
import { browserFiles, receiveUpload, serveDownload } from './files';

const MAX_BODY_BYTES = 300 * 1024 * 1024;

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.json': 'application/json',
};

export interface WebHostOptions {
  service: Service;
  /** The user-data folder whose exports folder is served (default: the open library's). */
  userDataDir?: string;
  rendererDir: string;
  port: number;
}

/**
 * Serves the built renderer and the contract at POST /api/<operation> on 127.0.0.1 only.
 * Requests whose Host or Origin is not this host are refused, so a web page elsewhere cannot
 * drive the library through the user's browser (DNS rebinding, cross-site POST).
 */
export function startWebHost({
  service,
  rendererDir,
  port,
  userDataDir: given,
}: WebHostOptions): Promise<Server> {
  let userDataDir = given ?? '';
  try {
    userDataDir ||= service.ctx.platform.userDataDir;
  } catch {
    // recovery mode without userDataDir: no exports to serve until a library is open
  }
  // The browser has no dialogs: exports become downloads and reads come from uploads (core/files).
  const uploads = browserFiles(service);
  uploads.apply();
  const server = createServer((req, res) => {
    handle(req, res).catch((e: unknown) => {
      console.error('[anjian web]', e);
      if (!res.headersSent) send(res, 500, { ok: false, error: { code: 'INTERNAL', message: '内部错误' } });
    });
  });

  const allowedHosts = () => {
    const address = server.address();
    const actual = typeof address === 'object' && address ? address.port : port;
    return new Set([`127.0.0.1:${actual}`, `localhost:${actual}`]);
  };

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const hosts = allowedHosts();
    if (!req.headers.host || !hosts.has(req.headers.host)) {
      return send(res, 403, { ok: false, error: { code: 'FORBIDDEN', message: '拒绝来自其他主机名的请求' } });
    }
    const origin = req.headers.origin;
    if (origin !== undefined && !hosts.has(origin.replace(/^http:\/\//, ''))) {
      return send(res, 403, { ok: false, error: { code: 'FORBIDDEN', message: '拒绝来自其他网页的请求' } });
    }
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (url.pathname.startsWith('/api/')) {
      if (req.method !== 'POST') {
        return send(res, 405, { ok: false, error: { code: 'METHOD', message: '接口只接受 POST' } });
      }
      const body = await readBody(req);
      if (body === null) {
        return send(res, 413, { ok: false, error: { code: 'TOO_LARGE', message: '请求过大' } });
      }
      let input: unknown = {};
      if (body.length) {
        try {
          input = JSON.parse(body.toString('utf8'));
        } catch {
          return send(res, 400, { ok: false, error: { code: 'BAD_INPUT', message: '请求不是有效的 JSON' } });
        }
      }
      uploads.apply();
      const result = await service.dispatch(decodeURIComponent(url.pathname.slice(5)), input);
      return send(res, 200, result);
    }
    if (url.pathname === '/upload' && req.method === 'POST')
      return receiveUpload(req, res, uploads.uploadsDir);
    if (url.pathname.startsWith('/exports/') && req.method === 'GET') {
      return serveDownload(
        decodeURIComponent(url.pathname.slice('/exports/'.length)),
        res,
        exportsDir(userDataDir),
      );
    }
    return serveStatic(url.pathname, res);
  }

  function serveStatic(pathname: string, res: ServerResponse): void {
    const relative = normalize(decodeURIComponent(pathname)).replace(/^([/\\])+/, '');
    let file = join(rendererDir, relative);
    if (!file.startsWith(rendererDir + sep) && file !== rendererDir) {
      res.writeHead(404).end();
      return;
    }
    if (!existsSync(file) || statSync(file).isDirectory()) file = join(rendererDir, 'index.html');
    if (!existsSync(file)) {
      res.writeHead(503, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('界面尚未构建：请先运行 npm run build:renderer');
      return;
    }
    res.writeHead(200, {
      'content-type': MIME[extname(file)] ?? 'application/octet-stream',
      'content-security-policy': CONTENT_SECURITY_POLICY,
      'x-content-type-options': 'nosniff',
      'cache-control': 'no-cache',
    });
    createReadStream(file).pipe(res);
  }

  server.on('close', () => uploads.dispose());
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve(server));
  });
}

function readBody(req: IncomingMessage): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        resolve(null);
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function send(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
}
