// 0110_sessions_by_planned_start: the board's "today's sessions" read searches the index instead of scanning sessions.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrations } from '../../db/migrations';
import { openStore } from '../../src/main/data/db';
import { migrate } from '../../src/main/data/migrate';

describe('0110_sessions_by_planned_start', () => {
  it('answers a planned-start range from the index', async () => {
    const store = openStore(join(mkdtempSync(join(tmpdir(), 'chairside-mig-')), 'chairside.db'));
    await migrate(store, migrations, { now: () => new Date('2026-11-25T14:00:00.000Z'), target: 110 });
    const plan = store.sqlite
      .prepare('EXPLAIN QUERY PLAN SELECT id FROM sessions WHERE planned_start >= ? AND planned_start <= ?')
      .all('2026-11-25T00:00:00.000Z', '2026-11-25T23:59:59.999Z') as { detail: string }[];
    expect(plan.map((p) => p.detail).join('\n')).toMatch(/SEARCH sessions USING (COVERING )?INDEX sessions_by_planned_start/);
    await store.close();
  });
});
