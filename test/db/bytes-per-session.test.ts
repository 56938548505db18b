// The file's size target: at most 16 KiB a session (issue 8), on a small synthetic clinic charted the way the bench
// charts it. A size, not a timing: the same clinic builds to the same pages every time.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { buildSyntheticClinic } from '../../bench/synthetic-clinic';

describe('bytes per session', () => {
  it('is at most 16 KiB on a synthetic clinic', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'chairside-size-'));
    try {
      await buildSyntheticClinic({ dataDir, years: 0.05, until: '2026-11-25T00:00:00.000Z' });
      const db = new BetterSqlite3(join(dataDir, 'chairside.db'), { readonly: true });
      try {
        const sessions = Number(db.prepare('SELECT count(*) FROM sessions').pluck().get());
        const bytes = Number(db.pragma('page_count', { simple: true })) * Number(db.pragma('page_size', { simple: true }));
        const perSession = bytes / sessions / 1024;
        console.log(`bytes per session: ${perSession.toFixed(2)} KiB (${sessions} sessions, ${bytes} bytes)`);
        expect(sessions).toBeGreaterThan(1000);
        expect(perSession).toBeLessThanOrEqual(16);
      } finally {
        db.close();
      }
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
