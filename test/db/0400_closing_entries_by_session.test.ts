// 0400_closing_entries_by_session: "is this session closed?" (the board) and "was it cancelled?" (every chart's place
// in the series) read the small partial index, not every entry of every session they look at.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contract } from '../../src/shared/contract';
import { startTestCore, type TestCore } from '../support/core';
import { patientWithSession } from '../main/services/charting/fixtures';
import { queryPlan, statementsPrepared } from '../support/prepared-statements';

let t: TestCore;
let sessionId: string;
beforeAll(async () => {
  t = await startTestCore();
  ({ sessionId } = await patientWithSession(t));
});
afterAll(() => t.close({ remove: true }));

/** The plan of every statement the work prepares that asks about closing entries. */
async function closingQueryPlans(work: () => Promise<unknown>): Promise<string[]> {
  const sqlite = t.core.store.sqlite;
  const statements = await statementsPrepared(sqlite, work);
  return statements.filter((s) => s.includes('session_cancelled')).map((s) => queryPlan(sqlite, s).join('\n'));
}

describe('0400_closing_entries_by_session', () => {
  it('answers the board\'s "still open?" and the series\' "cancelled?" from the partial index', async () => {
    // One capture: prepared statements are reused, so each is seen the first time it is asked.
    const plans = await closingQueryPlans(async () => {
      await t.ok(contract.board.get, {});
      await t.ok(contract.sessions.chart, { sessionId });
    });
    expect(plans).toHaveLength(2); // the board's open sessions, and the patient's series
    for (const plan of plans) expect(plan).toMatch(/SEARCH entries USING COVERING INDEX entries_closing_by_session/);
  });
});
