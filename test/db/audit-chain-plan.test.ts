// Appending to the audit chain reads only the device's last row (through the primary key), so every write costs the
// same however long the trail grows.
import { describe, expect, it } from 'vitest';
import { startTestCore } from '../support/core';

describe('audit chain head', () => {
  it('is found through the (device_id, seq) key, never by scanning the audit table', async () => {
    const t = await startTestCore();
    const plan = t.core.store.sqlite
      .prepare("EXPLAIN QUERY PLAN SELECT hash FROM audit_log WHERE device_id = ? ORDER BY seq DESC LIMIT 1")
      .all('d') as { detail: string }[];
    const details = plan.map((row) => row.detail).join(' | ');
    expect(details).toMatch(/SEARCH audit_log USING (PRIMARY KEY|INDEX sqlite_autoindex_audit_log_1) \(device_id=\?\)/);
    expect(details).not.toMatch(/SCAN|TEMP B-TREE/);
    await t.close({ remove: true });
  });
});
