// The reads behind opening a patient's history and the room board use indexes, never a scan of a whole clinical
// table: their cost must follow one patient's (or today's) rows, not the years of record around them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contract } from '../../src/shared/contract';
import { startTestCore, type TestCore } from '../support/core';
import { patientWithSession, readyToScreen } from '../main/services/charting/fixtures';
import { queryPlan, statementsPrepared } from '../support/prepared-statements';

let t: TestCore;
let patientId: string;
let sessionId: string;

beforeAll(async () => {
  t = await startTestCore();
  const first = await patientWithSession(t);
  patientId = first.patient.id;
  sessionId = first.sessionId;
  await readyToScreen(t, sessionId);
  await t.ok(contract.charting.screen, { sessionId });
  await t.ok(contract.charting.startInfusion, { sessionId });
});
afterAll(() => t.close({ remove: true }));

/** Every SELECT a piece of work prepares on the store's connection. */
async function statementsOf(work: () => Promise<unknown>): Promise<string[]> {
  return (await statementsPrepared(t.core.store.sqlite, work)).filter((s) => /^\s*(select|with)\b/i.test(s));
}

/** Full scans of the tables that grow with the years (a SCAN ... USING INDEX walks an index range: allowed). */
function fullScans(statements: string[]): string[] {
  const sqlite = t.core.store.sqlite;
  const scans: string[] = [];
  for (const statement of statements) {
    for (const detail of queryPlan(sqlite, statement)) {
      if (/^SCAN (entries|sessions|patients|audit_log)\b/.test(detail) && !/USING (COVERING )?INDEX/.test(detail)) {
        scans.push(`${detail}  ←  ${statement.replace(/\s+/g, ' ').slice(0, 160)}`);
      }
    }
  }
  return scans;
}

describe('query plans of the history and the board', () => {
  it('opens a patient and the whole history of sessions without scanning a clinical table', async () => {
    const statements = await statementsOf(async () => {
      await t.ok(contract.patients.get, { patientId });
      const sessions = await t.ok(contract.sessions.listForPatient, { patientId });
      for (const s of sessions) await t.ok(contract.sessions.chart, { sessionId: s.id });
    });
    expect(statements.length).toBeGreaterThan(0);
    expect(fullScans(statements)).toEqual([]);
  });

  it('reads the room board without scanning a clinical table', async () => {
    const statements = await statementsOf(() => t.ok(contract.board.get, {}));
    expect(statements.length).toBeGreaterThan(0);
    expect(fullScans(statements)).toEqual([]);
  });
});
