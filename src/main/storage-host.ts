// The chart database's place on disk and the one safe way to replace it while the app runs (a restore): refuse new
// calls, wait for the ones in flight, close, replace, reopen through the same checks and migrations as a start.
import { migrations } from '../../db/migrations';
import type { Clock } from '../shared/clock';
import type { Envelope } from '../shared/contract/envelope';
import { openStore, type Store } from './data/db';
import { migrate } from './data/migrate';
import type { Dispatch } from './ipc/handle';
import type { StorageHost } from './services/context';

export interface StorageHostControl extends StorageHost {
  readonly store: Store;
  /** Wraps the dispatch so a swap knows what is in flight and refuses calls while the file is being replaced. */
  guard(dispatch: Dispatch): Dispatch;
}

export function createStorageHost(options: {
  dataDir: string;
  databaseFile: string;
  nativeBinding?: string;
  clock: Clock;
  initial: Store;
}): StorageHostControl {
  let store = options.initial;
  let swapping = false;
  let inFlight = 0;
  const idle: (() => void)[] = [];
  const settle = () => {
    while (idle.length > 0) idle.shift()!();
  };

  const reopen = async (): Promise<Store> => {
    const next = openStore(options.databaseFile, { nativeBinding: options.nativeBinding });
    try {
      await migrate(next, migrations, { now: () => options.clock.now() });
      return next;
    } catch (error) {
      await next.close();
      throw error;
    }
  };

  return {
    dataDir: options.dataDir,
    databaseFile: options.databaseFile,
    nativeBinding: options.nativeBinding,
    get store() {
      return store;
    },
    guard(dispatch) {
      return async (channel, payload, call) => {
        if (swapping) {
          return {
            ok: false,
            error: { code: 'conflict', message: 'A backup is being restored; nothing was saved. Try again in a moment.' },
          } satisfies Envelope<never>;
        }
        inFlight += 1;
        try {
          return await dispatch(channel, payload, call);
        } finally {
          inFlight -= 1;
          settle();
        }
      };
    },
    async swapDatabase(replace, undo) {
      if (swapping) throw new Error('A restore is already running.');
      swapping = true;
      try {
        // The caller's own call is one of those in flight.
        while (inFlight > 1) await new Promise<void>((resolve) => idle.push(resolve));
        await store.close();
        const result = replace();
        try {
          store = await reopen();
        } catch (error) {
          undo(result);
          store = await reopen();
          throw error;
        }
        return result;
      } finally {
        swapping = false;
      }
    },
  };
}

