import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import type { Service } from '../core/service';
import { exportsDir } from '../core/export/output';
import { bodyLimit, discardRest, isUpload, MAX_CONCURRENT_UPLOADS, readBody } from './bodies';
import { CONTENT_SECURITY_POLICY } from './csp';
import { browserFiles, receiveUpload, serveDownload } from './files';

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
  const browser = browserFiles(service);
  browser.apply();
  const server = createServer((req, res) => {
    handle(req, res).catch((e: unknown) => {
      console.error('[anjian web]', e);
      if (!res.headersSent) send(res, 500, { ok: false, error: { code: 'INTERNAL', message: '内部错误' } });
    });
  });

  /** Upload requests being read or served right now. */
  let activeUploads = 0;

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
    let url: URL;
    let path: string;
    try {
      url = new URL(req.url ?? '/', 'http://127.0.0.1');
      path = decodeURIComponent(url.pathname);
    } catch {
      req.resume();
      return send(res, 400, { ok: false, error: { code: 'BAD_URL', message: '请求的网址格式有误' } });
    }
    if (path.startsWith('/api/')) {
      if (req.method !== 'POST') {
        return send(res, 405, { ok: false, error: { code: 'METHOD', message: '接口只接受 POST' } });
      }
      return api(path.slice(5), req, res);
    }
    if (path === '/upload' && req.method === 'POST') {
      if (activeUploads >= MAX_CONCURRENT_UPLOADS) {
        res.setHeader('retry-after', '5');
        res.setHeader('connection', 'close');
        discardRest(req);
        return send(res, 429, {
          ok: false,
          error: {
            code: 'BUSY',
            message: `正在处理其他上传（同时最多 ${MAX_CONCURRENT_UPLOADS} 个），请稍后再试。`,
          },
        });
      }
      activeUploads += 1;
      res.once('close', () => (activeUploads -= 1));
      return receiveUpload(req, res, browser.uploadsDir);
    }
    if (path.startsWith('/exports/') && req.method === 'GET') {
      return serveDownload(path.slice('/exports/'.length), res, exportsDir(userDataDir));
    }
    return serveStatic(path, res);
  }

  /** One operation: the body read within the operation's limit, uploads limited in number. */
  async function api(operation: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
    const upload = isUpload(operation);
    if (upload && activeUploads >= MAX_CONCURRENT_UPLOADS) {
      res.setHeader('retry-after', '5');
      res.setHeader('connection', 'close');
      discardRest(req);
      return send(res, 429, {
        ok: false,
        error: {
          code: 'BUSY',
          message: `正在处理其他上传（同时最多 ${MAX_CONCURRENT_UPLOADS} 个），请稍后再试。`,
        },
      });
    }
    if (upload) activeUploads += 1;
    try {
      const limit = bodyLimit(operation);
      const read = await readBody(req, limit);
      if (!read.ok) {
        res.setHeader('connection', 'close');
        discardRest(req);
        const mb = Math.round(limit / 1024 / 1024);
        return send(res, 413, {
          ok: false,
          error: { code: 'TOO_LARGE', message: `请求过大：“${operation}”的请求内容上限为 ${mb} MB。` },
        });
      }
      let input: unknown = {};
      if (read.body.length) {
        try {
          input = JSON.parse(read.body.toString('utf8'));
        } catch {
          return send(res, 400, { ok: false, error: { code: 'BAD_INPUT', message: '请求不是有效的 JSON' } });
        }
      }
      browser.apply();
      const result = await service.dispatch(operation, input);
      return send(res, 200, result);
    } finally {
      if (upload) activeUploads -= 1;
    }
  }

  function serveStatic(pathname: string, res: ServerResponse): void {
    const relative = normalize(pathname).replace(/^([/\\])+/, '');
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

  server.on('close', () => browser.dispose());
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve(server));
  });
}

function send(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
}
