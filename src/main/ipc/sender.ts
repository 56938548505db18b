// Trusted-origin check for IPC (as VS Code's validatedIpcMain): the calling frame must be the app's own top frame.
export const APP_SCHEME = 'app';
export const APP_HOST = 'chairside';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

export interface SenderFrameLike {
  readonly url: string;
  readonly parent: unknown;
}

export function isTrustedSender(frame: SenderFrameLike | null | undefined): boolean {
  if (!frame || frame.parent !== null) return false;
  return isAppUrl(frame.url);
}

/** Parses with the URL parser (never a prefix test, which `app://chairside.evil` would pass). */
export function isAppUrl(raw: string): boolean {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  return url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST && url.username === '' && url.password === '';
}
