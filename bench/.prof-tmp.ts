import { contract } from '../src/shared/contract';
import { startTestCore } from '../test/support/core';
import { chartableSession, vitalsFor } from '../test/durability/fixtures';
(async () => {
  const tc = await startTestCore();
  const { sessionId } = await chartableSession(tc);
  for (let i = 0; i < 30; i++) await tc.ok(contract.vitals.record, vitalsFor(sessionId, i));
  let t = performance.now();
  for (let i = 0; i < 200; i++) await tc.ok(contract.vitals.record, vitalsFor(sessionId, i));
  console.log('vitals ms each', (performance.now() - t) / 200);
  t = performance.now();
  for (let i = 0; i < 200; i++) await tc.ok(contract.sessions.chart, { sessionId });
  console.log('chart ms each', (performance.now() - t) / 200);
  t = performance.now();
  for (let i = 0; i < 200; i++) await tc.ok(contract.clock.now, {});
  console.log('clock:now ms each', (performance.now() - t) / 200);
  await tc.close({ remove: true });
})();
