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
  const session = await db.selectFrom('sessions').selectAll().where('id', '=', sessionId).executeTakeFirst();
  if (!session) return null;
  const patient = await db.selectFrom('patients').selectAll().where('id', '=', session.patient_id).executeTakeFirstOrThrow();
  const rows = await db
    .selectFrom('entries')
    .selectAll()
    .select(sql<number>`rowid`.as('seq'))
    .where('session_id', '=', sessionId)
    .orderBy(sql`rowid`)
    .execute();
  const profileRow = await db
    .selectFrom('entries')
    .selectAll()
    .select(sql<number>`rowid`.as('seq'))
    .where('patient_id', '=', patient.id)
    .where('kind', '=', 'patient_profile')
    .orderBy(sql`rowid`, 'desc')
    .limit(1)
    .executeTakeFirst();
  const series = await db
    .selectFrom('sessions')
    .select(['id', 'planned_start'])
    .select((eb) =>
      eb
        .exists(eb.selectFrom('entries').select('entries.id').whereRef('entries.session_id', '=', 'sessions.id').where('entries.kind', '=', 'session_cancelled'))
        .as('cancelled'),
    )
    .where('patient_id', '=', patient.id)
    .execute();
  const { values } = await readSettings(db);
  return {
    session: { id: session.id, patientId: session.patient_id, route: session.route as Route, plannedStart: session.planned_start, openedAt: session.created_at },
    patient: { id: patient.id, familyName: patient.family_name, givenName: patient.given_name, dateOfBirth: patient.date_of_birth, mrn: patient.mrn },
    profile: profileRow ? (toAnyEntry(profileRow) as EntryOf<'patient_profile'>) : null,
    entries: rows.map(toAnyEntry),
    series: series.map((s) => ({ id: s.id, plannedStart: s.planned_start, cancelled: Boolean(s.cancelled) })),
    settings: values,
    // The clinic's calendar date of the planned start: this workstation's time zone is the clinic's.
    sessionDate: format(new Date(session.planned_start), 'yyyy-MM-dd'),
  };
}
