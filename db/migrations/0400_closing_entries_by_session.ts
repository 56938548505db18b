// The few entries that close a session (discharged, signed, cancelled), on their own small index. The room board asks
// which of today's sessions are still open, and every chart asks which of the patient's sessions were cancelled (its
// place in the series). Through entries_by_session both read every entry of every session they look at, and the
// series of a patient in maintenance is a year of sessions: with twelve such patients in the chairs the board took
// 9 ms instead of 3. Two or three entries a session, about 0.1 KiB.
// Frozen in time: imports nothing from src/. The reads must repeat this WHERE term to be allowed to use the index.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await sql`CREATE INDEX entries_closing_by_session ON entries(session_id, kind) WHERE kind IN ('discharged', 'signed', 'session_cancelled')`.execute(db);
}
