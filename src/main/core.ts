// Builds Chairside's core (store, migrations, services, dispatch) for any host: the Electron app, browser mode,
// the e2e harness and the tests. It imports nothing from Electron.
import { join } from 'node:path';
import { mkdirSync } from 'node:fs';
import { migrations } from '../../db/migrations';
import type { Clock } from '../shared/clock';
import { openStore, type Store } from './data/db';
import { migrate } from './data/migrate';
import { loadWorkstation, type Workstation } from './data/workstation';
import { createDispatch, type Dispatch } from './ipc/handle';
import { handlers } from './ipc/register';
import { newUuidV7, type Actor, type Approvals, type ServiceDeps } from './services/context';
import { DomainError } from '../shared/contract/envelope';

export const DATABASE_FILE_NAME = 'chairside.db';

export interface CoreOptions {
  readonly dataDir: string;
  readonly clock: Clock;
  readonly nativeBinding?: string;
  readonly log?: (message: string, error?: unknown) => void;
}

export interface Core {
  readonly dispatch: Dispatch;
  readonly store: Store;
  readonly deps: ServiceDeps;
  readonly workstation: Workstation;
  close(): Promise<void>;
}

// Until user accounts exist, nobody can approve a physician-only action: the record never shows an unverified approval.
const noApproversYet: Approvals = {
  verify: async () => {
    throw new DomainError('forbidden', 'No physician account is set up on this workstation, so this approval cannot be verified.');
  },
};

export async function createCore(options: CoreOptions): Promise<Core> {
  mkdirSync(options.dataDir, { recursive: true });
  const store = openStore(join(options.dataDir, DATABASE_FILE_NAME), { nativeBinding: options.nativeBinding });
  try {
    await migrate(store, migrations, { now: () => options.clock.now() });
    const workstation = await loadWorkstation(store);
    const deps: ServiceDeps = { store, clock: options.clock, workstation, newId: newUuidV7, approvals: noApproversYet };
    // Until nurses sign in, writes are attributed to this workstation's own user.
    const workstationUser: Actor = { userId: `workstation:${workstation.deviceId}` };
    const dispatch = createDispatch({
      deps,
      handlers,
      actor: () => workstationUser,
      onUnexpected: (channel, error) => options.log?.(`Unexpected fault on ${channel}`, error),
    });
    return { dispatch, store, deps, workstation, close: () => store.close() };
  } catch (error) {
    await store.close();
    throw error;
  }
}
