// The clinic's settings as an append-only list of changes (latest per key wins; absent = the default in the app).
// Frozen in time: imports nothing from src/.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  // Append-only like the record, so who changed a threshold, and when, is never lost.
  await sql`
    CREATE TABLE setting_changes (
      id TEXT PRIMARY KEY,
      clinic_id TEXT NOT NULL,
      device_id TEXT NOT NULL,
      author_user_id TEXT NOT NULL,
      created_at TEXT NOT NULL,
      key TEXT NOT NULL,
      value TEXT NOT NULL CHECK (json_valid(value))
    ) STRICT`.execute(db);
  await sql`CREATE INDEX setting_changes_by_key_created_at ON setting_changes(key, created_at)`.execute(db);
  await sql`CREATE TRIGGER setting_changes_refuse_update BEFORE UPDATE ON setting_changes
    BEGIN SELECT RAISE(ABORT, 'setting_changes are append-only: record a new change instead'); END`.execute(db);
  await sql`CREATE TRIGGER setting_changes_refuse_delete BEFORE DELETE ON setting_changes
    BEGIN SELECT RAISE(ABORT, 'setting_changes are append-only: nothing is ever deleted'); END`.execute(db);
}
