// 10,000+ hostile payloads across every channel: each refused with a typed error, nothing written, process up.
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allChannels, type ChannelDef } from '../../src/shared/contract';
import { errorCodes } from '../../src/shared/contract/envelope';
import { startTestCore, type TestCore } from '../support/core';
import { hostilePayload } from './bad-input.arbitraries';
import { chartableSession } from './fixtures';

// About one in seven generated payloads is valid for its schema (e.g. `{}` where nothing is required) and left out.
const RUNS_PER_CHANNEL = Math.ceil(14_000 / allChannels.length);

let tc: TestCore;
beforeAll(async () => {
  tc = await startTestCore();
  await chartableSession(tc); // so a payload naming real records would find something to change
});
afterAll(() => tc.close({ remove: true }));

/** Every row of every table, hashed: the database's content, whatever wrote it. */
function contentHash(): string {
  const sqlite = tc.core.store.sqlite;
  const hash = createHash('sha256');
  const tables = sqlite.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name`).pluck().all() as string[];
  for (const table of tables) {
    hash.update(table);
    for (const row of sqlite.prepare(`SELECT * FROM "${table}"`).raw().iterate()) hash.update(JSON.stringify(row));
  }
  return hash.digest('hex');
}

describe('bad input', () => {
  it(`refuses hostile payloads on all ${allChannels.length} channels with a typed error, writing nothing`, async () => {
    const before = contentHash();
    const changesBefore = tc.core.store.sqlite.prepare('SELECT total_changes()').pluck();
    const baseline = changesBefore.get();
    const refusedBy = new Map<string, number>();
    let acceptedBySchema = 0;

    for (const def of allChannels as readonly ChannelDef[]) {
      await fc.assert(
        fc.asyncProperty(hostilePayload(def), async (payload) => {
          // A generated payload the contract happens to accept is not a bad one; it is counted and left out.
          if (def.request.safeParse(payload).success) {
            acceptedBySchema += 1;
            return;
          }
          const answer = await tc.core.dispatch(def.name, payload, { senderTrusted: true });
          expect(answer.ok).toBe(false);
          if (answer.ok) return;
          expect(errorCodes).toContain(answer.error.code);
          expect(answer.error.code).toBe('invalid_input');
          expect(typeof answer.error.message).toBe('string');
          expect(answer.error.message.length).toBeGreaterThan(0);
          expect(answer.error.message.length).toBeLessThan(2000); // never echoes a huge payload back
          expect(changesBefore.get()).toBe(baseline);
          refusedBy.set(def.name, (refusedBy.get(def.name) ?? 0) + 1);
        }),
        { numRuns: RUNS_PER_CHANNEL },
      );
    }

    const refused = [...refusedBy.values()].reduce((a, b) => a + b, 0);
    console.log(
      `bad input: ${refused} hostile payloads refused across ${refusedBy.size} channels ` +
        `(${acceptedBySchema} generated payloads were valid for their schema and left out)`,
    );
    expect(refused).toBeGreaterThanOrEqual(10_000);
    expect([...refusedBy.keys()].sort()).toEqual(allChannels.map((c) => c.name).sort());
    expect(contentHash()).toBe(before);
    // Still up and still charting after all of it.
    expect((await tc.call(allChannels.find((c) => c.name === 'patients:list')!, {})).ok).toBe(true);
  }, 300_000);
});
