// Builds Chairside's core (store, migrations, services, dispatch) for any host: the Electron app, browser mode,
// the e2e harness and the tests. It imports nothing from Electron.
import { join } from 'node:path';
import { mkdirSync } from 'node:fs';
import { migrations as allMigrations, type Migration } from '../../db/migrations';
import type { Clock } from '../shared/clock';
import { openStore, type Store } from './data/db';
import { migrate } from './data/migrate';
import { loadWorkstation, type Workstation } from './data/workstation';
import { createDispatch, type Dispatch } from './ipc/handle';
import { handlers } from './ipc/register';
import { createStorageHost } from './storage-host';
import { newUuidV7, type Approvals, type ServiceDeps } from './services/context';
import { createApprovals } from './services/auth/approvals';
import { AuthState } from './services/auth/auth-state';
import { createAuthorizer } from './services/auth/authorize';
import type { ScryptParams } from './services/auth/secrets';
import type { Printer } from './services/print/printer';

export const DATABASE_FILE_NAME = 'chairside.db';

export interface CoreOptions {
  readonly dataDir: string;
  readonly clock: Clock;
  readonly nativeBinding?: string;
  readonly log?: (message: string, error?: unknown) => void;
  /** The scrypt cost for new PINs and passwords; OWASP's by default (test support passes a cheaper one for speed). */
  readonly secretHashing?: ScryptParams;
  /** Replaces the real approvals (a test may stub who approves). */
  readonly approvals?: Approvals;
  /** The desktop app's printer (src/main/print); browser mode and tests have none. */
  readonly printer?: Printer;
  /** The migrations to bring the file up to: every one by default (a migration's test starts on the ones before it). */
  readonly migrations?: readonly Migration[];
}

export interface Core {
  readonly dispatch: Dispatch;
  readonly store: Store;
  readonly deps: ServiceDeps;
  readonly workstation: Workstation;
  close(): Promise<void>;
}

export async function createCore(options: CoreOptions): Promise<Core> {
  mkdirSync(options.dataDir, { recursive: true });
  const store = openStore(join(options.dataDir, DATABASE_FILE_NAME), { nativeBinding: options.nativeBinding });
  try {
    await migrate(store, options.migrations ?? allMigrations, { now: () => options.clock.now() });
    const workstation = await loadWorkstation(store);
    // A restore replaces the store under the running app; everything reads the current one through `storage`.
    const storage = createStorageHost({
      dataDir: options.dataDir,
      databaseFile: store.file,
      nativeBinding: options.nativeBinding,
      clock: options.clock,
      initial: store,
    });
    // Who is signed in lives here, in the main process only; the acting user of every call comes from it.
    const auth = new AuthState(options.secretHashing);
    const signIn = { get store() { return storage.store; }, clock: options.clock, workstation, auth };
    const deps: ServiceDeps = {
      get store() { return storage.store; },
      storage,
      clock: options.clock,
      workstation,
      newId: newUuidV7,
      approvals: options.approvals ?? createApprovals(signIn),
      auth,
      printer: options.printer,
    };
    const dispatch = storage.guard(createDispatch({
      deps,
      handlers,
      authorize: createAuthorizer(signIn),
      onUnexpected: (channel, error) => options.log?.(`Unexpected fault on ${channel}`, error),
    }));
    return { dispatch, get store() { return storage.store; }, deps, workstation, close: () => storage.store.close() };
  } catch (error) {
    await store.close();
    throw error;
  }
}
