// A real core on a fresh temporary database with a manual clock, for service, integration and durability tests.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ChannelDef, Envelope, RequestOf, ResponseOf } from '../../src/shared/contract/envelope';
import { ManualClock } from '../../src/shared/clock';
import { createCore, type Core } from '../../src/main/core';

export interface TestCore {
  readonly core: Core;
  readonly clock: ManualClock;
  readonly dataDir: string;
  /** Calls a channel as the app's own window would, and answers with the envelope. */
  call<C extends ChannelDef>(channel: C, input: RequestOf<C>): Promise<Envelope<ResponseOf<C>>>;
  /** Calls a channel and returns its value, failing the test with the main side's message if it refused. */
  ok<C extends ChannelDef>(channel: C, input: RequestOf<C>): Promise<ResponseOf<C>>;
  /** Closes the database; with `remove`, deletes the folder too. */
  close(options?: { remove?: boolean }): Promise<void>;
  /** Closes and opens the same folder again, as a restart of the app would. */
  restart(): Promise<TestCore>;
}

export async function startTestCore(options: { start?: string; dataDir?: string; clock?: ManualClock } = {}): Promise<TestCore> {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'chairside-test-'));
  const clock = options.clock ?? new ManualClock(options.start ?? '2026-11-25T14:00:00.000Z');
  const core = await createCore({ dataDir, clock });
  const call = <C extends ChannelDef>(channel: C, input: RequestOf<C>) =>
    core.dispatch(channel.name, input, { senderTrusted: true }) as Promise<Envelope<ResponseOf<C>>>;
  const self: TestCore = {
    core,
    clock,
    dataDir,
    call,
    async ok(channel, input) {
      const envelope = await call(channel, input);
      if (!envelope.ok) throw new Error(`${channel.name} refused: ${envelope.error.code}: ${envelope.error.message}`);
      return envelope.value;
    },
    async close({ remove = false } = {}) {
      await core.close();
      if (remove) rmSync(dataDir, { recursive: true, force: true });
    },
    async restart() {
      await core.close();
      return startTestCore({ dataDir, clock });
    },
  };
  return self;
}
