// A real core on a fresh temporary database with a manual clock, for service, integration and durability tests.
// It starts with an administrator, a nurse and a physician, and the nurse signed in (as a shift would).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ChannelDef, Envelope, RequestOf, ResponseOf } from '../../src/shared/contract/envelope';
import { contract } from '../../src/shared/contract';
import { ManualClock } from '../../src/shared/clock';
import type { Migration } from '../../db/migrations';
import { createCore, type Core } from '../../src/main/core';
import type { Approvals } from '../../src/main/services/context';
import { existingUsers, seedUsers, signInAs, TEST_SCRYPT, type TestRole, type TestUsers } from './users';
import { idToBytes } from '../../src/main/data/uuid-bytes';

export interface TestCoreOptions {
  start?: string;
  dataDir?: string;
  clock?: ManualClock;
  /** Who is signed in at the start (default the nurse); null for nobody. */
  signedIn?: TestRole | null;
  /**
   * Default true: when the idle lock (10 min by default) locks the workstation because a test moved the clock, the
   * same user unlocks and the call is made again, so a 40-minute infusion test need not unlock by hand. Tests of the
   * idle lock itself pass false.
   */
  keepSignedIn?: boolean;
  approvals?: Approvals;
  /** The migrations to apply (default every one): a migration's test charts on the schema before it. */
  migrations?: readonly Migration[];
}

export interface TestCore {
  readonly core: Core;
  readonly clock: ManualClock;
  readonly dataDir: string;
  /** The staff on this database; `t.users.physician` doubles as approver credentials ({ userId, secret }). */
  readonly users: TestUsers;
  /** Calls a channel as the app's own window would, and answers with the envelope. */
  call<C extends ChannelDef>(channel: C, input: RequestOf<C>): Promise<Envelope<ResponseOf<C>>>;
  /** Calls a channel and returns its value, failing the test with the main side's message if it refused. */
  ok<C extends ChannelDef>(channel: C, input: RequestOf<C>): Promise<ResponseOf<C>>;
  /** Signs this user in at the workstation (a switch of user when someone else is signed in). */
  signIn(role: TestRole): Promise<void>;
  signOut(): Promise<void>;
  /** Closes the database; with `remove`, deletes the folder too. */
  close(options?: { remove?: boolean }): Promise<void>;
  /** Closes and opens the same folder again, as a restart of the app would (the same user signs in again). */
  restart(): Promise<TestCore>;
}

export async function startTestCore(options: TestCoreOptions = {}): Promise<TestCore> {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'chairside-test-'));
  const clock = options.clock ?? new ManualClock(options.start ?? '2026-11-25T14:00:00.000Z');
  const core = await createCore({
    dataDir,
    clock,
    secretHashing: TEST_SCRYPT,
    ...(options.approvals ? { approvals: options.approvals } : {}),
    ...(options.migrations ? { migrations: options.migrations } : {}),
  });
  const dispatch = core.dispatch;
  const signedIn = options.signedIn === undefined ? 'nurse' : options.signedIn;
  const fresh = ((await dispatch(contract.auth.status.name, {}, { senderTrusted: true })) as Envelope<{ setupNeeded: boolean }>);
  const users = fresh.ok && fresh.value.setupNeeded ? await seedUsers(dispatch, signedIn) : await existingUsers(dispatch);
  let current: TestRole | null = signedIn;
  if (!(fresh.ok && fresh.value.setupNeeded) && signedIn) await signInAs(dispatch, users[signedIn]);

  const lockedForIdle = () => {
    const last = core.store.sqlite
      .prepare('SELECT action, detail FROM audit_log WHERE device_id = ? ORDER BY seq DESC LIMIT 1')
      .get(idToBytes(core.workstation.deviceId)) as
      | { action: string; detail: string | null }
      | undefined;
    return core.deps.auth.locked && last?.action === 'lock' && last.detail?.includes('"idle"') === true;
  };
  const call = async <C extends ChannelDef>(channel: C, input: RequestOf<C>) => {
    const answer = (await dispatch(channel.name, input, { senderTrusted: true })) as Envelope<ResponseOf<C>>;
    if (!answer.ok && answer.error.code === 'unauthenticated' && options.keepSignedIn !== false && current && lockedForIdle()) {
      await signInAs(dispatch, users[current]);
      return (await dispatch(channel.name, input, { senderTrusted: true })) as Envelope<ResponseOf<C>>;
    }
    return answer;
  };
  const self: TestCore = {
    core,
    clock,
    dataDir,
    users,
    call,
    async ok(channel, input) {
      const envelope = await call(channel, input);
      if (!envelope.ok) throw new Error(`${channel.name} refused: ${envelope.error.code}: ${envelope.error.message}`);
      return envelope.value;
    },
    async signIn(role) {
      await signInAs(dispatch, users[role]);
      current = role;
    },
    async signOut() {
      await dispatch(contract.auth.signOut.name, {}, { senderTrusted: true });
      current = null;
    },
    async close({ remove = false } = {}) {
      await core.close();
      if (remove) rmSync(dataDir, { recursive: true, force: true });
    },
    async restart() {
      await core.close();
      return startTestCore({ ...options, dataDir, clock, signedIn: current });
    },
  };
  return self;
}
