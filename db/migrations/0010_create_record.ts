// The record's first tables: workstation identity, patients, sessions, and the append-only clinical entries.
// Frozen in time: imports nothing from src/.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await sql`CREATE TABLE app_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT`.execute(db);

  // Who and where are on every row so entries from many workstations can later be merged as a set union.
  await sql`
    CREATE TABLE patients (
      id TEXT PRIMARY KEY,
      clinic_id TEXT NOT NULL,
      device_id TEXT NOT NULL,
      author_user_id TEXT NOT NULL,
      created_at TEXT NOT NULL,
      family_name TEXT NOT NULL,
      given_name TEXT NOT NULL,
      date_of_birth TEXT NOT NULL,
      mrn TEXT
    ) STRICT`.execute(db);
  await sql`CREATE UNIQUE INDEX patients_by_clinic_mrn ON patients(clinic_id, mrn) WHERE mrn IS NOT NULL`.execute(db);
  await sql`CREATE INDEX patients_by_family_name ON patients(family_name COLLATE NOCASE, given_name COLLATE NOCASE)`.execute(db);

  await sql`
    CREATE TABLE sessions (
      id TEXT PRIMARY KEY,
      clinic_id TEXT NOT NULL,
      device_id TEXT NOT NULL,
      patient_id TEXT NOT NULL REFERENCES patients(id),
      author_user_id TEXT NOT NULL,
      created_at TEXT NOT NULL,
      route TEXT NOT NULL CHECK (route IN ('iv', 'im', 'intranasal')),
      planned_start TEXT NOT NULL
    ) STRICT`.execute(db);
  await sql`CREATE INDEX sessions_by_patient ON sessions(patient_id, planned_start)`.execute(db);

  // Every clinical fact is one row here, never updated: a correction is a new row naming the one it supersedes
  // (no foreign key on supersedes_id: on a merged record the original may arrive later).
  await sql`
    CREATE TABLE entries (
      id TEXT PRIMARY KEY,
      kind TEXT NOT NULL,
      clinic_id TEXT NOT NULL,
      device_id TEXT NOT NULL,
      patient_id TEXT NOT NULL REFERENCES patients(id),
      session_id TEXT REFERENCES sessions(id),
      author_user_id TEXT NOT NULL,
      recorded_at TEXT NOT NULL,
      created_at TEXT NOT NULL,
      supersedes_id TEXT,
      payload TEXT NOT NULL CHECK (json_valid(payload))
    ) STRICT`.execute(db);
  await sql`CREATE INDEX entries_by_session_recorded_at ON entries(session_id, recorded_at)`.execute(db);
  await sql`CREATE INDEX entries_by_patient_kind_recorded_at ON entries(patient_id, kind, recorded_at)`.execute(db);
  await sql`CREATE INDEX entries_by_supersedes_id ON entries(supersedes_id) WHERE supersedes_id IS NOT NULL`.execute(db);

  for (const table of ['patients', 'sessions', 'entries']) {
    await sql
      .raw(
        `CREATE TRIGGER ${table}_refuse_update BEFORE UPDATE ON ${table}
         BEGIN SELECT RAISE(ABORT, '${table} are append-only: record a correction instead'); END`,
      )
      .execute(db);
    await sql
      .raw(
        `CREATE TRIGGER ${table}_refuse_delete BEFORE DELETE ON ${table}
         BEGIN SELECT RAISE(ABORT, '${table} are append-only: nothing is ever deleted'); END`,
      )
      .execute(db);
  }
}
