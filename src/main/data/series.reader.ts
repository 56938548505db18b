// Each patient's sessions and which of them were cancelled: a chart's place in the series ("infusion 3 of 6"). The
// board folds twelve charts every poll, and a patient in maintenance has a year of sessions behind them, so asking
// again each time cost more than the rest of the board. A long-lived read handle keeps each patient's series and
// brings it up to date from the rows written since (a new session, a new cancellation): nothing is ever deleted or
// updated, so a row committed later always has a higher rowid than any row already read.
import { LRUCache } from 'lru-cache';
import { sql, type Kysely } from 'kysely';
import type { SessionRecord } from '../../shared/domain/session-record';
import { isClosingEntry } from './closing-entries';
import { turnsPerHandle } from './in-turn';
import type { Database } from './schema';

export type SeriesItem = SessionRecord['series'][number];

interface KeptSeries {
  readonly byPatient: LRUCache<string, readonly SeriesItem[]>;
  /** The highest sessions rowid and entries rowid looked at; anything later is news. */
  sessionsSeen: number;
  entriesSeen: number;
}
const keptByHandle = new WeakMap<object, KeptSeries>();
const PATIENTS_KEPT = 500;

/**
 * The series of each patient. `shortLived` (a write transaction's handle, used once) asks the file every time; the
 * store's read handle answers from what it kept, after catching up.
 */
export async function seriesOf(db: Kysely<Database>, patientIds: readonly string[], shortLived: boolean): Promise<Map<string, readonly SeriesItem[]>> {
  if (shortLived) return querySeries(db, patientIds);
  return inTurn(db, async () => {
    let kept = keptByHandle.get(db);
    if (kept) await catchUp(db, kept);
    else {
      // The marks first: a row written between them and the query below is then seen twice, never missed.
      kept = { byPatient: new LRUCache({ max: PATIENTS_KEPT }), ...(await highestRowids(db)) };
      keptByHandle.set(db, kept);
    }
    const missing = patientIds.filter((id) => !kept.byPatient.has(id));
    if (missing.length > 0) {
      const fresh = await querySeries(db, missing);
      for (const id of missing) kept.byPatient.set(id, fresh.get(id) ?? []);
    }
    return new Map(patientIds.map((id) => [id, kept.byPatient.get(id) ?? []]));
  });
}

const inTurn = turnsPerHandle();

/**
 * Sessions opened and sessions cancelled since the last look, folded into the patients kept (a new list each). Both
 * ranges end at marks taken first, entries' before sessions': a session opened after its mark is news next time, and
 * so is its cancellation, which can only come after it.
 */
async function catchUp(db: Kysely<Database>, kept: KeptSeries): Promise<void> {
  const marks = await highestRowids(db);
  const opened = await db
    .selectFrom('sessions')
    .select(['id', 'patient_id', 'planned_start'])
    .where(sql<number>`rowid`, '>', kept.sessionsSeen)
    .where(sql<number>`rowid`, '<=', marks.sessionsSeen)
    .execute();
  for (const s of opened) {
    const list = kept.byPatient.peek(s.patient_id);
    if (list && !list.some((item) => item.id === s.id)) {
      kept.byPatient.set(s.patient_id, [...list, { id: s.id, plannedStart: s.planned_start, cancelled: false }]);
    }
  }
  // A rowid range over what was written since, not the closing-entries index (which holds every year's).
  const cancelled = await db
    .selectFrom('entries')
    .select(['patient_id', 'session_id'])
    .where(sql<number>`rowid`, '>', kept.entriesSeen)
    .where(sql<number>`rowid`, '<=', marks.entriesSeen)
    .where('kind', '=', 'session_cancelled')
    .execute();
  for (const e of cancelled) {
    const list = kept.byPatient.peek(e.patient_id);
    if (list) kept.byPatient.set(e.patient_id, list.map((item) => (item.id === e.session_id ? { ...item, cancelled: true } : item)));
  }
  kept.sessionsSeen = marks.sessionsSeen;
  kept.entriesSeen = marks.entriesSeen;
}

/** The highest rowid of entries, then of sessions (in that order: see catchUp). */
async function highestRowids(db: Kysely<Database>): Promise<Pick<KeptSeries, 'sessionsSeen' | 'entriesSeen'>> {
  const highest = async (table: 'sessions' | 'entries') =>
    (await db.selectFrom(table).select(sql<number | null>`max(rowid)`.as('seq')).executeTakeFirstOrThrow()).seq ?? 0;
  const entriesSeen = await highest('entries');
  return { entriesSeen, sessionsSeen: await highest('sessions') };
}

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
