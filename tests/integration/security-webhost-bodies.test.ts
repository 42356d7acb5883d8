import { request, type ClientRequest, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Service } from '../../core/service';
import { MAX_CONCURRENT_UPLOADS } from '../../web/bodies';
import { startWebHost } from '../../web/server';
import { pdfPageTreeBomb } from '../helpers/hostileFiles';
import { emptyService, tempDir, type TempDir } from '../helpers/tempLibrary';

/**
 * Request bodies in the web host (issue 15): per-operation limits answered with 413 before the
 * body is read past them, a small cap on parallel uploads (429), 400 for malformed URLs, and
 * other requests answered while an upload is parsed.
 */
let tmp: TempDir;
let service: Service;
let server: Server;
let port: number;

beforeAll(async () => {
  tmp = tempDir('anjian-bodies-');
  service = emptyService(tmp);
  server = await startWebHost({ service, rendererDir: tmp.dir, port: 0 });
  port = (server.address() as AddressInfo).port;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  service.close();
  tmp.remove();
});

interface Answer {
  status: number;
  body: string;
}

const read = (res: IncomingMessage): Promise<Answer> =>
  new Promise((resolve) => {
    let body = '';
    res.on('data', (c: Buffer) => (body += c.toString()));
    res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
  });

/** Starts a request and hands it back unfinished, with its answer as a promise. */
function open(path: string, headers: Record<string, string> = {}, method = 'POST') {
  let req!: ClientRequest;
  const answer = new Promise<Answer>((resolve, reject) => {
    req = request({ host: '127.0.0.1', port, path, method, headers }, (res) => void read(res).then(resolve));
    req.on('error', reject);
  });
  return { req, answer };
}

const post = (path: string, body: string | Buffer, headers: Record<string, string> = {}) => {
  const { req, answer } = open(path, { 'content-type': 'application/json', ...headers });
  req.end(body);
  return answer;
};

describe('request bodies', () => {
  it('refuses a declared Content-Length over the limit with 413 before the body is sent', async () => {
    const { req, answer } = open('/api/library.info', { 'content-length': String(200 * 1024 * 1024) });
    req.write('{'); // one byte of the 200 MB it promised
    const refused = await answer;
    req.destroy();
    expect(refused.status).toBe(413);
    expect(JSON.parse(refused.body)).toMatchObject({
      ok: false,
      error: { code: 'TOO_LARGE', message: expect.stringContaining('上限为 2 MB') as unknown },
    });
  });

  it('counts a chunked body while it streams and answers 413 (not a reset) at the limit', async () => {
    const { req, answer } = open('/api/library.info', { 'transfer-encoding': 'chunked' });
    req.end(Buffer.alloc(3 * 1024 * 1024, 0x20));
    const refused = await answer;
    expect(refused.status).toBe(413);
    expect(refused.body).toContain('library.info');
  });

  it('keeps a larger limit for uploads (import.preview) and answers within it', async () => {
    const answer = await post('/api/import.preview', JSON.stringify({ text: 'x'.repeat(3 * 1024 * 1024) }));
    expect(answer.status).toBe(200);
  });

  it(`takes ${MAX_CONCURRENT_UPLOADS} uploads at once and answers the next with 429 and a Chinese message`, async () => {
    const held = Array.from({ length: MAX_CONCURRENT_UPLOADS }, () =>
      open('/api/import.preview', {
        'content-type': 'application/json',
        expect: '100-continue',
        'content-length': '2',
      }),
    );
    // 100 Continue is sent as the host starts handling the request, so each upload is counted by now.
    await Promise.all(held.map(({ req }) => new Promise((resolve) => req.once('continue', resolve))));
    const extra = await post('/api/import.preview', '{}');
    expect(extra.status).toBe(429);
    expect(JSON.parse(extra.body)).toMatchObject({ ok: false, error: { code: 'BUSY' } });
    expect(extra.body).toMatch(/请稍后再试/);
    for (const { req } of held) req.end('{}');
    for (const { answer } of held) expect((await answer).status).toBe(200);
    // The slots are free again.
    expect((await post('/api/import.preview', '{}')).status).toBe(200);
  });

  it('answers 400 for bad percent-encoding instead of 500', async () => {
    for (const [path, method] of [
      ['/api/%E0%A4%A', 'POST'],
      ['/api/library.%ZZinfo', 'POST'],
      ['/exports/%FF%FE', 'GET'],
      ['/%C0%AF', 'GET'],
    ] as const) {
      const { req, answer } = open(path, {}, method);
      req.end(method === 'POST' ? '{}' : undefined);
      const a = await answer;
      expect(a.status, path).toBe(400);
      expect(JSON.parse(a.body), path).toMatchObject({ ok: false, error: { code: 'BAD_URL' } });
    }
  });

  it('answers library.info while a hostile upload is parsed, then refuses the upload', async () => {
    const pdf = Buffer.from(pdfPageTreeBomb(200_000, 1)).toString('base64');
    let uploadDone = false;
    const upload = post(
      '/api/import.preview',
      JSON.stringify({ files: [{ name: '页树.pdf', dataBase64: pdf }] }),
    );
    void upload.then(() => (uploadDone = true));
    const info = await post('/api/library.info', '{}');
    expect(info.status).toBe(200);
    expect(uploadDone).toBe(false);
    const answer = JSON.parse((await upload).body) as {
      ok: boolean;
      value: { failures: { name: string }[] };
    };
    expect(answer.ok).toBe(true);
    expect(answer.value.failures.map((f) => f.name)).toEqual(['页树.pdf']);
  });
});
