// Session queries; the chair comes from the latest chair_assigned event, never from a column updated in place.
import type { Session } from '../../shared/contract/sessions.contract';
import { routeSchema } from '../../shared/contract/sessions.contract';
import type { ReadDb } from './db';
import { parseEntry } from './entries.reader';
import type { SessionsTable } from './schema';

export async function findSession(db: ReadDb, sessionId: string): Promise<Session | null> {
  const row = await db.selectFrom('sessions').selectAll().where('id', '=', sessionId).executeTakeFirst();
  return row ? (await withChairs(db, [row]))[0] : null;
}

export async function findPatientSessions(db: ReadDb, patientId: string): Promise<Session[]> {
  const rows = await db
    .selectFrom('sessions')
    .selectAll()
    .where('patient_id', '=', patientId)
    .orderBy('planned_start', 'desc')
    .execute();
  return withChairs(db, rows);
}

async function withChairs(db: ReadDb, rows: SessionsTable[]): Promise<Session[]> {
  if (rows.length === 0) return [];
  const assignments = await db
    .selectFrom('entries')
    .selectAll()
    .where('session_id', 'in', rows.map((r) => r.id))
    .where('kind', '=', 'chair_assigned')
    .orderBy('recorded_at')
    .orderBy('created_at')
    .execute();
  const chairs = new Map<string, number>();
  for (const row of assignments) chairs.set(row.session_id!, parseEntry(row, 'chair_assigned').payload.chair);
  return rows.map((row) => ({
    id: row.id,
    patientId: row.patient_id,
    chair: chairs.get(row.id) ?? 0,
    route: routeSchema.parse(row.route),
    plannedStart: row.planned_start,
    openedAt: row.created_at,
  }));
}
