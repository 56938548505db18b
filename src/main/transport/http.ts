// Loopback HTTP transport for browser mode and the e2e harness: the same dispatch as Electron IPC, bound to
// 127.0.0.1, guarded by a per-run token, Host and Origin checks. Not part of the packaged desktop app.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SECURITY_HEADERS } from '../security/csp';
import { contentTypeOf, resolveStaticFile } from '../security/static-files';
import type { Dispatch } from '../ipc/handle';

export const TOKEN_HEADER = 'x-chairside-token';
const MAX_BODY_BYTES = 1024 * 1024;

export interface HttpTransportOptions {
  readonly dispatch: Dispatch;
  /** The built renderer (out/renderer). */
  readonly staticDir: string;
  readonly port?: number;
  readonly token?: string;
}

export interface HttpTransport {
  readonly url: string;
  readonly port: number;
  readonly token: string;
  close(): Promise<void>;
}

export async function startHttpTransport(options: HttpTransportOptions): Promise<HttpTransport> {
  const token = options.token ?? randomBytes(32).toString('hex');
  let port = 0;
  const server = createServer((req, res) => {
    handleRequest(req, res, { ...options, token, port }).catch(() => {
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/`,
    port,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

interface RequestScope extends HttpTransportOptions {
  readonly token: string;
  readonly port: number;
}

async function handleRequest(req: IncomingMessage, res: ServerResponse, scope: RequestScope): Promise<void> {
  // DNS rebinding: a page from elsewhere that resolves its name to 127.0.0.1 still sends its own Host.
  const allowedHosts = [`127.0.0.1:${scope.port}`, `localhost:${scope.port}`];
  const host = req.headers.host ?? '';
  if (!allowedHosts.includes(host)) return send(res, 421, 'text/plain', 'Misdirected request');

  const url = new URL(req.url ?? '/', `http://${host}`);
  if (url.pathname.startsWith('/rpc/')) {
    if (req.method !== 'POST') return send(res, 405, 'text/plain', 'Method not allowed');
    return handleRpc(req, res, scope, decodeURIComponent(url.pathname.slice('/rpc/'.length)), host);
  }
  if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'text/plain', 'Method not allowed');
  return serveStatic(res, scope, url.pathname);
}

async function handleRpc(req: IncomingMessage, res: ServerResponse, scope: RequestScope, channel: string, host: string) {
  const origin = req.headers.origin;
  const fetchSite = req.headers['sec-fetch-site'];
  const sameOrigin = (origin === undefined || origin === `http://${host}`) && (fetchSite === undefined || fetchSite === 'same-origin');
  const senderTrusted = sameOrigin && tokenMatches(req.headers[TOKEN_HEADER], scope.token);

  if (Number(req.headers['content-length'] ?? 0) > MAX_BODY_BYTES) {
    res.setHeader('Connection', 'close'); // do not wait for a body we will not read
    return sendJson(res, 413, { ok: false, error: { code: 'invalid_input', message: 'The request is too large.' } });
  }
  let payload: unknown;
  try {
    payload = JSON.parse((await readBody(req)) || 'null');
  } catch (error) {
    const tooLarge = error instanceof BodyTooLargeError;
    if (tooLarge) res.setHeader('Connection', 'close');
    const message = tooLarge ? 'The request is too large.' : 'The request body is not valid JSON.';
    return sendJson(res, tooLarge ? 413 : 400, { ok: false, error: { code: 'invalid_input', message } });
  }
  const envelope = await scope.dispatch(channel, payload, { senderTrusted });
  sendJson(res, senderTrusted ? 200 : 403, envelope);
}

function tokenMatches(given: string | string[] | undefined, expected: string): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

class BodyTooLargeError extends Error {}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new BodyTooLargeError();
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

async function serveStatic(res: ServerResponse, scope: RequestScope, pathname: string) {
  // Client-side routes (no file extension) get the app's page.
  const wanted = contentTypeOf(pathname) ? pathname : '/index.html';
  const file = resolveStaticFile(scope.staticDir, wanted);
  if (!file) return send(res, 404, 'text/plain', 'Not found');
  let body: Buffer;
  try {
    body = await readFile(file);
  } catch {
    return send(res, 404, 'text/plain', 'Not found');
  }
  if (file.endsWith('index.html')) {
    // The token reaches only pages of this origin: other origins cannot read this response.
    const meta = `<meta name="chairside-token" content="${scope.token}">`;
    body = Buffer.from(body.toString('utf8').replace('<head>', `<head>\n    ${meta}`));
  }
  send(res, 200, contentTypeOf(file)!, body, file.endsWith('.html') ? 'no-store' : 'public, max-age=31536000, immutable');
}

function send(res: ServerResponse, status: number, type: string, body: string | Buffer, cache = 'no-store') {
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': type, 'Cache-Control': cache });
  res.end(body);
}

function sendJson(res: ServerResponse, status: number, value: unknown) {
  send(res, status, 'application/json', JSON.stringify(value));
}
