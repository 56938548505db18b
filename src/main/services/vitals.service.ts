// Charting a set of vital signs against a session, and listing a session's sets in clinical-time order.
import type { ParsedRequestOf } from '../../shared/contract/envelope';
import { DomainError } from '../../shared/contract/envelope';
import type { listSessionVitals, recordVitals, VitalsEntry } from '../../shared/contract/vitals.contract';
import { vitalsProblems } from '../../shared/domain/vitals';
import type { ReadDb } from '../data/db';
import { sessionEntriesOfKind, type Entry } from '../data/entries.reader';
import { appendEntry } from '../data/entries.writer';
import { loadSessionRecord } from '../data/session-record.reader';
import { decideVerdicts } from '../../shared/domain/session-chart';
import { chartNowMs } from './charting/chart-clock';
import { alertBreaches } from '../../shared/domain/vitals-schedule';
import { entryHeader, type ServiceContext } from './context';

export async function recordVitalsSet(ctx: ServiceContext, input: ParsedRequestOf<typeof recordVitals>): Promise<VitalsEntry> {
  const { sessionId, recordedAt, ...values } = input;
  const problem = vitalsProblems(values)[0];
  if (problem) throw new DomainError('invalid_input', problem.message, problem.field);
  const now = ctx.clock.now();
  if (recordedAt && new Date(recordedAt).getTime() > now.getTime() + 60_000) {
    throw new DomainError('invalid_input', 'Vitals cannot be recorded for a time in the future.', 'recordedAt');
  }
  const row = await ctx.store.write(async (db) => {
    const record = await loadSessionRecord(db, sessionId, { startFrom: ctx.store.read });
    if (!record) throw new DomainError('not_found', 'No session with that id.', 'sessionId');
    // A signed or cancelled record takes no more vitals (issue 4 lifecycle).
    const verdict = decideVerdicts(record, chartNowMs(ctx, sessionId)).recordVitals;
    if (!verdict.allowed) throw new DomainError(verdict.code ?? 'conflict', verdict.reason ?? 'Vitals cannot be recorded now.');
    const header = entryHeader(ctx, now, { patientId: record.session.patientId, sessionId, recordedAt });
    const written = await appendEntry(db, header, 'vitals', values);
    // Out of the clinic's alert range: an alert that stays open until a nurse acknowledges it with the action taken.
    const breaches = alertBreaches(values, record.settings);
    if (breaches.length > 0) {
      const alertHeader = entryHeader(ctx, now, { patientId: record.session.patientId, sessionId, recordedAt: header.recorded_at });
      await appendEntry(db, alertHeader, 'alert_raised', { vitalsEntryId: header.id, breaches });
    }
    return written;
  });
  return toVitalsEntry({ ...row, kind: 'vitals', payload: values });
}

export async function listVitalsForSession(ctx: ServiceContext, input: ParsedRequestOf<typeof listSessionVitals>) {
  await requireSession(ctx.store.read, input.sessionId);
  const entries = await sessionEntriesOfKind(ctx.store.read, input.sessionId, 'vitals');
  return entries.map(toVitalsEntry);
}

async function requireSession(db: ReadDb, sessionId: string): Promise<void> {
  const session = await db.selectFrom('sessions').select('id').where('id', '=', sessionId).executeTakeFirst();
  if (!session) throw new DomainError('not_found', 'No session with that id.', 'sessionId');
}

function toVitalsEntry(entry: Entry<'vitals'>): VitalsEntry {
  return {
    ...entry.payload,
    id: entry.id,
    sessionId: entry.session_id!,
    recordedAt: entry.recorded_at,
    createdAt: entry.created_at,
    authorUserId: entry.author_user_id,
    supersedesId: entry.supersedes_id,
  };
}
