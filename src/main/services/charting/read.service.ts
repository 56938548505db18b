// Read models: one session's chart, and the room board (every chair with the session in it now).
import { endOfDay, startOfDay } from 'date-fns';
import type { Board, BoardSession } from '../../../shared/contract/board.contract';
import type { SessionChart } from '../../../shared/contract/chart.contract';
import type { ParsedRequestOf } from '../../../shared/contract/envelope';
import type { getSessionChart } from '../../../shared/contract/chart.contract';
import { boardSession } from '../../../shared/domain/session-chart';
import { isClosingEntry } from '../../data/closing-entries';
import { loadSessionRecords, settingsInForce } from '../../data/session-record.reader';
import { readPrintSettings } from '../../data/print-settings.store';
import { chairName } from '../../../shared/domain/chair-names';
import type { ServiceContext } from '../context';
import { chartNowMs } from './chart-clock';
import { readChart } from './command';

export function getChart(ctx: ServiceContext, input: ParsedRequestOf<typeof getSessionChart>): Promise<SessionChart> {
  return readChart(ctx, input.sessionId);
}

const ACTIVE_ORDER: readonly SessionChart['phase'][] = ['infusing', 'paused', 'infusion_ended', 'resting', 'ready_for_discharge', 'screened', 'checked_in', 'scheduled'];

/** Sessions in a chair: planned for today (the clinic's day) and not yet discharged, signed or cancelled. */
export async function getBoard(ctx: ServiceContext): Promise<Board> {
  const now = ctx.clock.now();
  const db = ctx.store.read;
  const rows = await db
    .selectFrom('sessions')
    .select('id')
    // Today's range only, on sessions_by_planned_start: the board's cost follows today's rows, not the years of record.
    .where('planned_start', '>=', startOfDay(now).toISOString())
    .where('planned_start', '<=', endOfDay(now).toISOString())
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('entries')
            .select('entries.session_id')
            .whereRef('entries.session_id', '=', 'sessions.id')
            .where(isClosingEntry),
        ),
      ),
    )
    .execute();
  const records = await loadSessionRecords(db, rows.map((row) => row.id));
  // The read handle's kept settings (each record carries them, so each chair's facts are reused poll after poll);
  // asked for by themselves only when no chair is taken.
  const values = records.values().next().value?.settings ?? (await settingsInForce(db));
  const lines = rows.flatMap((row) => {
    const record = records.get(row.id);
    return record ? [boardSession(record, chartNowMs(ctx, row.id))] : [];
  });
  const { values: clinic } = await readPrintSettings(db);
  const chairNumbers = new Set<number>(Array.from({ length: values.chairCount }, (_, i) => i + 1));
  for (const line of lines) chairNumbers.add(line.chair);
  const rank = (s: BoardSession) => ACTIVE_ORDER.indexOf(s.phase);
  const chairs = [...chairNumbers]
    .sort((a, b) => a - b)
    .map((chair) => {
      const here = lines
        .filter((line) => line.chair === chair)
        .map((line) => line.session)
        .sort((a, b) => rank(a) - rank(b) || a.plannedStart.localeCompare(b.plannedStart));
      return { chair, name: chairName(clinic.chairNames, chair), session: here[0] ?? null, waiting: Math.max(0, here.length - 1) };
    });
  return { now: now.toISOString(), chairs };
}
