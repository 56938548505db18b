// Loads everything a session's chart is folded from, in write order (rowid), on a read or write handle.
import { format } from 'date-fns';
import { sql, type Kysely } from 'kysely';
import { entryPayloadSchemas, type EntryKind } from '../../shared/domain/entries';
import type { AnyEntry, EntryOf, SessionRecord } from '../../shared/domain/session-record';
import type { Route } from '../../shared/domain/session-types';
import { readSettings } from './settings.reader';
import type { Database, EntriesTable } from './schema';

type Row = EntriesTable & { seq: number };

export function toAnyEntry(row: Row): AnyEntry {
  const kind = row.kind as EntryKind;
  const schema = entryPayloadSchemas[kind];
  if (!schema) throw new Error(`Entry ${row.id} has an unknown kind "${row.kind}".`);
  return {
    id: row.id,
    kind,
    recordedAt: row.recorded_at,
    createdAt: row.created_at,
    authorUserId: row.author_user_id,
    supersedesId: row.supersedes_id,
    seq: row.seq,
    payload: schema.parse(JSON.parse(row.payload)),
  } as AnyEntry;
}

/** The session's record, or null when there is no such session. */
export async function loadSessionRecord(db: Kysely<Database>, sessionId: string): Promise<SessionRecord | null> {
  return (await loadSessionRecords(db, [sessionId])).get(sessionId) ?? null;
}

/**
 * Several sessions' records in a fixed number of queries (not a handful per session), for the room board and a
 * patient's history: the sessions, their patients, their entries in write order, each patient's latest profile and
 * series, and the settings once.
 */
export async function loadSessionRecords(
  db: Kysely<Database>,
  sessionIds: readonly string[],
  /** The clinic's settings, when the caller has already read them. */
  settings?: SessionRecord['settings'],
): Promise<Map<string, SessionRecord>> {
  const records = new Map<string, SessionRecord>();
  if (sessionIds.length === 0) return records;
  const sessions = await db.selectFrom('sessions').selectAll().where('id', 'in', sessionIds).execute();
  if (sessions.length === 0) return records;
  const patientIds = [...new Set(sessions.map((s) => s.patient_id))];
  const patients = new Map(
    (await db.selectFrom('patients').selectAll().where('id', 'in', patientIds).execute()).map((p) => [p.id, p]),
  );
  const entriesBySession = new Map<string, AnyEntry[]>();
  const rows = await db
    .selectFrom('entries')
    .selectAll()
    .select(sql<number>`rowid`.as('seq'))
    .where('session_id', 'in', sessions.map((s) => s.id))
    .orderBy(sql`rowid`)
    .execute();
  for (const row of rows) entriesBySession.set(row.session_id!, [...(entriesBySession.get(row.session_id!) ?? []), toAnyEntry(row)]);
  const profiles = new Map<string, EntryOf<'patient_profile'>>();
  const profileRows = await db
    .selectFrom('entries')
    .selectAll()
    .select(sql<number>`rowid`.as('seq'))
    .where('patient_id', 'in', patientIds)
    .where('session_id', 'is', null) // a profile is patient-level (its own index)
    .where('kind', '=', 'patient_profile')
    .orderBy(sql`rowid`)
    .execute();
  for (const row of profileRows) profiles.set(row.patient_id, toAnyEntry(row) as EntryOf<'patient_profile'>); // the latest wins
  const seriesRows = await db
    .selectFrom('sessions')
    .select(['id', 'patient_id', 'planned_start'])
    .select((eb) =>
      eb
        .exists(eb.selectFrom('entries').select('entries.id').whereRef('entries.session_id', '=', 'sessions.id').where('entries.kind', '=', 'session_cancelled'))
        .as('cancelled'),
    )
    .where('patient_id', 'in', patientIds)
    .execute();
  const series = new Map<string, SessionRecord['series'][number][]>();
  for (const s of seriesRows) {
    series.set(s.patient_id, [...(series.get(s.patient_id) ?? []), { id: s.id, plannedStart: s.planned_start, cancelled: Boolean(s.cancelled) }]);
  }
  const values = settings ?? (await readSettings(db)).values;
  for (const session of sessions) {
    const patient = patients.get(session.patient_id)!;
    records.set(session.id, {
      session: { id: session.id, patientId: session.patient_id, route: session.route as Route, plannedStart: session.planned_start, openedAt: session.created_at },
      patient: { id: patient.id, familyName: patient.family_name, givenName: patient.given_name, dateOfBirth: patient.date_of_birth, mrn: patient.mrn },
      profile: profiles.get(patient.id) ?? null,
      entries: entriesBySession.get(session.id) ?? [],
      series: series.get(patient.id) ?? [],
      settings: values,
      // The clinic's calendar date of the planned start: this workstation's time zone is the clinic's.
      sessionDate: format(new Date(session.planned_start), 'yyyy-MM-dd'),
    });
  }
  return records;
}
