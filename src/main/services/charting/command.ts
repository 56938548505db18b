// The one path every charting write takes: load the session's record in the write transaction, fold it, refuse an
// illegal step (conflict) or a rule (rule_blocked) before anything is written, append, and answer with the new chart.
import type { ActionName, CommandResult } from '../../../shared/contract/chart.contract';
import { DomainError } from '../../../shared/contract/envelope';
import type { EntryKind, EntryPayload } from '../../../shared/domain/entries';
import { buildChart, type Verdict } from '../../../shared/domain/session-chart';
import type { SessionRecord } from '../../../shared/domain/session-record';
import type { WriteDb } from '../../data/db';
import { appendEntry } from '../../data/entries.writer';
import { loadSessionRecord } from '../../data/session-record.reader';
import { entryHeader, type ServiceContext } from '../context';
import { chartNowMs } from './chart-clock';
import type { SessionChart } from '../../../shared/contract/chart.contract';

export interface CommandScope<A = undefined> {
  /** What `approve` answered (a verified physician or witness), checked before the write transaction opened. */
  readonly approval: A;
  readonly db: WriteDb;
  readonly record: SessionRecord;
  readonly chart: SessionChart;
  readonly verdict: Verdict;
  readonly now: Date;
  /** Appends one entry to this session; `recordedAt` defaults to now. Returns the new entry's id. */
  append<K extends EntryKind>(kind: K, payload: EntryPayload<K>, recordedAt?: string): Promise<string>;
}

/**
 * `approve` (optional) verifies a physician or witness: it runs after the step is checked on a read and before the
 * write transaction opens, because verification writes its own audit row (and runs scrypt) outside any transaction.
 * The step is checked again inside the transaction, so nothing is written if the record moved meanwhile.
 */
export async function runCommand<A = undefined>(
  ctx: ServiceContext,
  sessionId: string,
  action: ActionName,
  work: (scope: CommandScope<A>) => Promise<string>,
  approve?: (chart: SessionChart) => Promise<A>,
): Promise<CommandResult> {
  let approval = undefined as A;
  if (approve) {
    const record = await loadSessionRecord(ctx.store.read, sessionId);
    if (!record) throw new DomainError('not_found', 'No session with that id.', 'sessionId');
    const { chart, verdicts } = buildChart(record, chartNowMs(ctx, sessionId));
    refuseUnlessAllowed(verdicts[action]);
    approval = await approve(chart);
  }
  // The session's own "now": never before what this process already showed for it (a clock set back stays put).
  const now = new Date(chartNowMs(ctx, sessionId));
  const entryId = await ctx.store.write(async (db) => {
    const record = await loadSessionRecord(db, sessionId, { startFrom: ctx.store.read });
    if (!record) throw new DomainError('not_found', 'No session with that id.', 'sessionId');
    const { chart, verdicts } = buildChart(record, now.getTime());
    const verdict = verdicts[action];
    refuseUnlessAllowed(verdict);
    return work({
      approval,
      db,
      record,
      chart,
      verdict,
      now,
      append: async (kind, payload, recordedAt) => {
        const header = entryHeader(ctx, now, { patientId: record.session.patientId, sessionId, recordedAt });
        await appendEntry(db, header, kind, payload);
        return header.id;
      },
    });
  });
  return { entryId, chart: await readChart(ctx, sessionId) };
}

function refuseUnlessAllowed(verdict: Verdict): void {
  if (!verdict.allowed) throw new DomainError(verdict.code ?? 'conflict', verdict.reason ?? 'Not possible now.');
}

export async function readChart(ctx: ServiceContext, sessionId: string): Promise<SessionChart> {
  const record = await loadSessionRecord(ctx.store.read, sessionId);
  if (!record) throw new DomainError('not_found', 'No session with that id.', 'sessionId');
  return buildChart(record, chartNowMs(ctx, sessionId)).chart;
}

/** A late entry's time: never in the future, and (for the infusion's own steps) never before the step it follows. */
export function checkedRecordedAt(now: Date, recordedAt: string | undefined, notBefore?: string | null): string {
  const at = recordedAt ?? now.toISOString();
  if (Date.parse(at) > now.getTime()) throw new DomainError('invalid_input', 'This time is in the future.', 'recordedAt');
  if (notBefore && Date.parse(at) < Date.parse(notBefore)) {
    if (!recordedAt) return new Date(Date.parse(notBefore)).toISOString(); // the wall clock was set back: keep order
    throw new DomainError('invalid_input', `This time is before the previous infusion step (${notBefore}).`, 'recordedAt');
  }
  return new Date(Date.parse(at)).toISOString();
}

/** Checks a physician's credentials at the moment of the action; answers with who approved. */
export async function verifyPhysician(ctx: ServiceContext, creds: { userId: string; secret: string }, purpose: string) {
  return ctx.approvals.verify(creds, 'physician', purpose);
}
