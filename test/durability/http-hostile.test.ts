// Hostile requests on the loopback HTTP transport, against a real core: oversized and malformed bodies, a wrong
// token, Host or Origin, and generated bad payloads. Each is refused, nothing is written, the server keeps answering.
import { request } from 'node:http';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allChannels, contract } from '../../src/shared/contract';
import { startHttpTransport, TOKEN_HEADER, type HttpTransport } from '../../src/main/transport/http';
import { startTestCore, type TestCore } from '../support/core';
import { hostilePayload } from './bad-input.arbitraries';
import { chartableSession, vitalsFor } from './fixtures';

interface Reply {
  status: number;
  body: string;
}

function post(port: number, path: string, headers: Record<string, string>, body: string | Buffer): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method: 'POST', headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
    });
    // The server may answer and close before reading an oversized body: that is the point, not a failure.
    req.on('error', (error: NodeJS.ErrnoException) => (error.code === 'EPIPE' || error.code === 'ECONNRESET' ? undefined : reject(error)));
    req.end(body);
  });
}

let tc: TestCore;
let server: HttpTransport;
let sessionId: string;
const changes = () => tc.core.store.sqlite.prepare('SELECT total_changes()').pluck().get();

beforeAll(async () => {
  tc = await startTestCore();
  sessionId = (await chartableSession(tc)).sessionId;
  server = await startHttpTransport({ dispatch: tc.core.dispatch, staticDir: tc.dataDir });
});
afterAll(async () => {
  await server.close();
  await tc.close({ remove: true });
});

const good = () => ({ host: `127.0.0.1:${server.port}`, [TOKEN_HEADER]: server.token, 'content-type': 'application/json' });
const rpc = (headers: Record<string, string>, body: string | Buffer, channel = contract.vitals.record.name) =>
  post(server.port, `/rpc/${channel}`, headers, body);
const vitalsBody = () => JSON.stringify(vitalsFor(sessionId, 1));

async function stillCharting(): Promise<void> {
  const reply = await rpc(good(), vitalsBody());
  expect(reply.status).toBe(200);
  expect(JSON.parse(reply.body).ok).toBe(true);
}

describe('the HTTP transport under hostile requests', () => {
  it('refuses an oversized body (413, typed error) without writing, and keeps answering', async () => {
    const before = changes();
    const huge = Buffer.from(JSON.stringify({ ...vitalsFor(sessionId, 2), note: 'x'.repeat(3 * 1024 * 1024) }));
    const reply = await rpc(good(), huge);
    expect(reply.status).toBe(413);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(changes()).toBe(before);
    await stillCharting();
  });

  it('refuses a body that is not JSON, or is truncated, with invalid_input', async () => {
    const before = changes();
    for (const body of ['{', '{"sessionId":', 'NaN', '\u0000\u0001', '{"a":1}{"b":2}', Buffer.from([0xff, 0xfe, 0x00])]) {
      const reply = await rpc(good(), body);
      expect(reply.status).toBe(400);
      expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    }
    expect(changes()).toBe(before);
    await stillCharting();
  });

  it('refuses a wrong or missing token, a foreign Origin or a cross-site fetch, writing nothing', async () => {
    const before = changes();
    const { [TOKEN_HEADER]: _token, ...noToken } = good();
    for (const headers of [
      noToken,
      { ...good(), [TOKEN_HEADER]: 'f'.repeat(64) },
      { ...good(), [TOKEN_HEADER]: `${server.token}x` },
      { ...good(), origin: 'http://evil.example' },
      { ...good(), origin: `http://127.0.0.1:${server.port + 1}` },
      { ...good(), 'sec-fetch-site': 'cross-site' },
    ]) {
      const reply = await rpc(headers, vitalsBody());
      expect(reply.status).toBe(403);
      expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'untrusted_sender' } });
    }
    expect(changes()).toBe(before);
  });

  it('refuses a wrong Host (DNS rebinding) before reading anything', async () => {
    const before = changes();
    for (const host of ['evil.example', `evil.example:${server.port}`, `127.0.0.1:${server.port + 1}`, 'localhost']) {
      const reply = await rpc({ ...good(), host }, vitalsBody());
      expect(reply.status).toBe(421);
    }
    expect(changes()).toBe(before);
    await stillCharting();
  });

  it('answers generated hostile JSON payloads on every channel with a typed refusal', async () => {
    const before = changes();
    let sent = 0;
    for (const def of allChannels) {
      // What survives JSON (undefined dropped, NaN as null, bigint as text) is what the server sees; still bad.
      const asJson = hostilePayload(def)
        .map((p) => JSON.stringify(p, (_k, v: unknown) => (typeof v === 'bigint' ? v.toString() : v)) ?? 'null')
        .filter((body) => !def.request.safeParse(JSON.parse(body)).success);
      for (const body of fc.sample(asJson, { numRuns: 8 })) {
        const reply = await rpc(good(), body, def.name);
        const envelope = JSON.parse(reply.body);
        expect(envelope.ok).toBe(false);
        expect(['invalid_input']).toContain(envelope.error.code);
        sent += 1;
      }
    }
    expect(sent).toBeGreaterThanOrEqual(allChannels.length * 8);
    expect(changes()).toBe(before);
    await stillCharting();
  }, 120_000);
});
