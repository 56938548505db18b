// The renderer's one way to reach the main side: the preload's window.chairside in the desktop app, or the same
// typed API over loopback HTTP in browser mode. Screens never know which carries the call.
import { buildApi, type ChairsideApi } from '../../shared/contract';
import type { AppError, Envelope } from '../../shared/contract/envelope';

declare global {
  interface Window {
    chairside?: ChairsideApi;
  }
}

const NOT_ANSWERING: Envelope<never> = {
  ok: false,
  error: { code: 'internal', message: 'Chairside is not answering; nothing was saved. Check that it is still running.' },
};

function httpApi(): ChairsideApi {
  const token = document.querySelector<HTMLMetaElement>('meta[name="chairside-token"]')?.content ?? '';
  return buildApi(async (channel, payload) => {
    try {
      const response = await fetch(`/rpc/${encodeURIComponent(channel)}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-chairside-token': token },
        body: JSON.stringify(payload ?? null),
      });
      const envelope = (await response.json()) as Envelope<unknown>;
      if (!envelope.ok && envelope.error.code === 'untrusted_sender') {
        // Browser mode hands each server run its own token: after a restart this page must load again.
        return { ok: false, error: { ...envelope.error, message: 'Chairside was restarted: reload this page (F5), then try again. Nothing was saved.' } };
      }
      return envelope;
    } catch {
      return NOT_ANSWERING;
    }
  });
}

export const api: ChairsideApi = window.chairside ?? httpApi();

/** An error answer from the main side, carried through react-query as a thrown value. */
export class ApiError extends Error {
  constructor(readonly error: AppError) {
    super(error.message);
    this.name = 'ApiError';
  }
}

/** Unwraps an envelope: the value, or an ApiError thrown for the caller's form or query to show. */
export async function unwrap<T>(pending: Promise<Envelope<T>>): Promise<T> {
  const envelope = await pending;
  if (!envelope.ok) throw new ApiError(envelope.error);
  return envelope.value;
}
