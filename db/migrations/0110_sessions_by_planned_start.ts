// The room board reads today's sessions by planned start: an index so that read follows today's rows, not the years.
// Frozen in time: imports nothing from src/.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await sql`CREATE INDEX sessions_by_planned_start ON sessions(planned_start)`.execute(db);
}
