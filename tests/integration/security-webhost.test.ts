import { writeFileSync } from 'node:fs';
import { request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Service } from '../../core/service';
import { startWebHost } from '../../web/server';
import { emptyService, tempDir, type TempDir } from '../helpers/tempLibrary';

let tmp: TempDir;
let service: Service;
let server: Server;
let port: number;

beforeAll(async () => {
  tmp = tempDir('anjian-webhost-');
  service = emptyService(tmp);
  writeFileSync(tmp.path('index.html'), '<!doctype html><title>案鉴</title>');
  server = await startWebHost({ service, rendererDir: tmp.dir, port: 0 });
  port = (server.address() as AddressInfo).port;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  service.close();
  tmp.remove();
});

/** A raw HTTP request, so the test can send any Host and Origin a hostile page or rebinding DNS would. */
function send(
  path: string,
  headers: Record<string, string>,
  method = 'POST',
): Promise<{ status: number; body: string; headers: Record<string, unknown> }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method, headers, setHost: false }, (res) => {
      let body = '';
      res.on('data', (c: Buffer) => (body += c.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
    });
    req.on('error', reject);
    req.end(method === 'POST' ? '{}' : undefined);
  });
}

describe('web host', () => {
  it('listens on 127.0.0.1 only', () => {
    expect((server.address() as AddressInfo).address).toBe('127.0.0.1');
  });

  it('answers its own Host and Origin', async () => {
    const own = await send('/api/library.info', {
      host: `127.0.0.1:${port}`,
      origin: `http://127.0.0.1:${port}`,
    });
    expect(own.status).toBe(200);
    expect(JSON.parse(own.body)).toMatchObject({ ok: true });
    expect((await send('/api/library.info', { host: `localhost:${port}` })).status).toBe(200);
  });

  it('refuses another Host (DNS rebinding) and a missing Host', async () => {
    for (const host of [
      `evil.example:${port}`,
      'evil.example',
      `127.0.0.1:${port + 1}`,
      `127.0.0.1.evil.example:${port}`,
    ]) {
      const res = await send('/api/library.info', { host });
      expect(res.status, host).toBe(403);
      expect(JSON.parse(res.body)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    }
    // Without a Host header Node's HTTP parser already answers 400; either way nothing is served.
    expect([400, 403]).toContain((await send('/', {}, 'GET')).status);
  });

  it('refuses another Origin (a web page posting to the library)', async () => {
    for (const origin of [
      'http://evil.example',
      'null',
      `https://127.0.0.1:${port}`,
      `http://127.0.0.1:${port}.evil.example`,
      `http://localhost:${port + 1}`,
    ]) {
      const res = await send('/api/cases.save', { host: `127.0.0.1:${port}`, origin });
      expect(res.status, origin).toBe(403);
    }
  });

  it('serves pages with the CSP and never a file outside the renderer folder', async () => {
    const page = await send('/', { host: `127.0.0.1:${port}` }, 'GET');
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    const traversal = await send('/..%2f..%2f..%2fetc%2fpasswd', { host: `127.0.0.1:${port}` }, 'GET');
    expect(traversal.body).not.toContain('root:');
    expect((await send('/api/library.info', { host: `127.0.0.1:${port}` }, 'GET')).status).toBe(405);
  });
});
