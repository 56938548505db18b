// Each patient's sessions and which of them were cancelled: a chart's place in the series ("infusion 3 of 6"). The
// store's read handle keeps each patient's series and brings it up to date with the rest of what it keeps
// (catchUpKept in session-record.reader.ts); this is the question asked of the file when it has not kept it.
import type { Kysely } from 'kysely';
import type { SessionRecord } from '../../shared/domain/session-record';
import { isClosingEntry } from './closing-entries';
import type { Database } from './schema';

export type SeriesItem = SessionRecord['series'][number];

/** Asked of the file: each patient's sessions, with whether a cancellation was written for each. */
export async function querySeries(db: Kysely<Database>, patientIds: readonly string[]): Promise<Map<string, SeriesItem[]>> {
  const series = new Map<string, SeriesItem[]>();
  if (patientIds.length === 0) return series;
  const rows = await db
    .selectFrom('sessions')
    .select(['id', 'patient_id', 'planned_start'])
    .select((eb) =>
      eb
        .exists(
          eb
            .selectFrom('entries')
            .select('entries.session_id')
            .whereRef('entries.session_id', '=', 'sessions.id')
            .where(isClosingEntry)
            .where('entries.kind', '=', 'session_cancelled'),
        )
        .as('cancelled'),
    )
    .where('patient_id', 'in', patientIds)
    .execute();
  for (const s of rows) {
    const item = { id: s.id, plannedStart: s.planned_start, cancelled: Boolean(s.cancelled) };
    const list = series.get(s.patient_id);
    if (list) list.push(item);
    else series.set(s.patient_id, [item]);
  }
  return series;
}
