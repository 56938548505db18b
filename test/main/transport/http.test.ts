// The loopback HTTP transport: same dispatch as IPC, with the per-run token, Host and Origin checks, and the
// built renderer served with the CSP, never a file outside it.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dispatch } from '../../../src/main/ipc/handle';
import { startHttpTransport, TOKEN_HEADER, type HttpTransport } from '../../../src/main/transport/http';

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

function send(port: number, path: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method: options.method ?? 'GET', headers: options.headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

describe('loopback HTTP transport', () => {
  let server: HttpTransport;
  const calls: { channel: string; payload: unknown; trusted: boolean }[] = [];
  const dispatch: Dispatch = async (channel, payload, call) => {
    calls.push({ channel, payload, trusted: call.senderTrusted });
    return call.senderTrusted ? { ok: true, value: { echoed: payload } } : { ok: false, error: { code: 'untrusted_sender', message: 'no' } };
  };

  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'chairside-static-'));
    mkdirSync(join(dir, 'assets'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><html><head><title>t</title></head><body></body></html>');
    writeFileSync(join(dir, 'assets', 'app.js'), 'console.log(1)');
    writeFileSync(join(dir, '..', 'secret.js'), 'secret');
    server = await startHttpTransport({ dispatch, staticDir: dir });
  });
  afterAll(() => server.close());

  const host = () => `127.0.0.1:${server.port}`;
  const rpc = (headers: Record<string, string>, body = '{"a":1}') =>
    send(server.port, '/rpc/patients:list', { method: 'POST', headers: { host: host(), 'content-type': 'application/json', ...headers }, body });

  it('binds to 127.0.0.1 only', () => {
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/`);
  });

  it('serves the app page with the per-run token and the Content-Security-Policy', async () => {
    const reply = await send(server.port, '/', { headers: { host: host() } });
    expect(reply.status).toBe(200);
    expect(reply.body).toContain(`<meta name="chairside-token" content="${server.token}">`);
    expect(reply.headers['content-security-policy']).toContain("default-src 'self'");
    expect(reply.headers['content-security-policy']).toContain("script-src 'self'");
  });

  it('serves a client-side route with the app page and an asset with its type', async () => {
    expect((await send(server.port, '/patients/abc', { headers: { host: host() } })).body).toContain('chairside-token');
    const asset = await send(server.port, '/assets/app.js', { headers: { host: host() } });
    expect(asset.headers['content-type']).toContain('text/javascript');
  });

  it('never serves a file outside the renderer folder', async () => {
    for (const path of ['/../secret.js', '/%2e%2e/secret.js', '/assets/..%2f..%2fsecret.js']) {
      const reply = await send(server.port, path, { headers: { host: host() } });
      expect(reply.body).not.toContain('secret');
    }
  });

  it('carries a call with the right token to the dispatch as trusted', async () => {
    const reply = await rpc({ [TOKEN_HEADER]: server.token, origin: `http://${host()}` });
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body)).toEqual({ ok: true, value: { echoed: { a: 1 } } });
    expect(calls.at(-1)).toEqual({ channel: 'patients:list', payload: { a: 1 }, trusted: true });
  });

  it('marks a call without the token, or with a wrong one, as untrusted', async () => {
    expect((await rpc({})).status).toBe(403);
    expect((await rpc({ [TOKEN_HEADER]: 'f'.repeat(64) })).status).toBe(403);
    expect(calls.at(-1)?.trusted).toBe(false);
  });

  it('marks a call from another origin as untrusted even with the token', async () => {
    const reply = await rpc({ [TOKEN_HEADER]: server.token, origin: 'http://evil.example' });
    expect(reply.status).toBe(403);
    expect(calls.at(-1)?.trusted).toBe(false);
  });

  it('refuses a request whose Host is not this server (DNS rebinding)', async () => {
    const reply = await send(server.port, '/rpc/patients:list', { method: 'POST', headers: { host: 'evil.example:80', [TOKEN_HEADER]: server.token }, body: '{}' });
    expect(reply.status).toBe(421);
  });

  it('answers bad JSON and an oversized body with invalid_input without calling the dispatch', async () => {
    const before = calls.length;
    const bad = await rpc({ [TOKEN_HEADER]: server.token }, '{not json');
    expect(JSON.parse(bad.body).error).toEqual({ code: 'invalid_input', message: 'The request body is not valid JSON.' });
    const huge = await rpc({ [TOKEN_HEADER]: server.token }, JSON.stringify({ note: 'x'.repeat(2 * 1024 * 1024) }));
    expect(JSON.parse(huge.body).error.message).toBe('The request is too large.');
    expect(calls.length).toBe(before);
  });

  it('refuses other methods on the RPC path', async () => {
    expect((await send(server.port, '/rpc/patients:list', { headers: { host: host() } })).status).toBe(405);
  });
});
