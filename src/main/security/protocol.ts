// The app:// scheme that serves the built renderer with the CSP, instead of file:// (which has no origin to check).
import { readFile } from 'node:fs/promises';
import type { Protocol } from 'electron';
import { APP_HOST, APP_SCHEME } from '../ipc/sender';
import { SECURITY_HEADERS } from './csp';
import { contentTypeOf, resolveStaticFile } from './static-files';

/** Must run before the app is ready. */
export function registerAppScheme(protocol: Pick<Protocol, 'registerSchemesAsPrivileged'>): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

export function serveAppScheme(protocol: Pick<Protocol, 'handle'>, rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    const file = url.host === APP_HOST ? resolveStaticFile(rendererDir, contentTypeOf(url.pathname) ? url.pathname : '/index.html') : null;
    if (!file) return new Response('Not found', { status: 404 });
    try {
      const body = await readFile(file);
      return new Response(body, { headers: { ...SECURITY_HEADERS, 'Content-Type': contentTypeOf(file)! } });
    } catch {
      return new Response('Not found', { status: 404 });
    }
  });
}
