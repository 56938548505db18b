import { contract } from '../src/shared/contract';
import { startTestCore } from '../test/support/core';
import { chartableSession, vitalsFor } from '../test/durability/fixtures';
(async () => {
  const tc = await startTestCore();
  const { sessionId } = await chartableSession(tc);
  for (let i = 0; i < 10; i++) await tc.ok(contract.vitals.record, vitalsFor(sessionId, i));
  const sqlite = tc.core.store.sqlite;
  const stats = new Map<string, { n: number; ms: number }>();
  const prepare = sqlite.prepare.bind(sqlite);
  sqlite.prepare = ((source: string) => {
    const st = prepare(source);
    for (const m of ['run', 'all', 'get', 'iterate'] as const) {
      const orig = (st as any)[m].bind(st);
      (st as any)[m] = (...a: unknown[]) => { const t = performance.now(); try { return orig(...a); } finally { const k = source.replace(/\s+/g, ' ').slice(0, 110); const s = stats.get(k) ?? { n: 0, ms: 0 }; s.n++; s.ms += performance.now() - t; stats.set(k, s); } };
    }
    return st;
  }) as typeof sqlite.prepare;
  const t = performance.now();
  for (let i = 0; i < 50; i++) await tc.ok(contract.vitals.record, vitalsFor(sessionId, i));
  console.log('vitals each', (performance.now() - t) / 50);
  [...stats.entries()].sort((a, b) => b[1].ms - a[1].ms).slice(0, 12).forEach(([k, s]) => console.log((s.ms / 50).toFixed(2), s.n / 50, k));
  await tc.close({ remove: true });
})();
