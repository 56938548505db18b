// Users, their hashed secrets and sign-in throttling, the auth settings, and the tamper-evident audit trail:
// an append-only hash chain per device, fed by triggers so no service can forget to write it.
// Frozen in time: imports nothing from src/. Needs the SQL functions sha256(text) and canonical_json(...) that the
// app registers on every connection (src/main/data/audit.functions.ts).
import { sql, type Kysely } from 'kysely';

const GENESIS = '0'.repeat(64);

/** The immutable columns of each audited table, in the order they are hashed (audit.verify.ts lists the same). */
const AUDITED: Record<string, readonly string[]> = {
  users: ['id', 'clinic_id', 'device_id', 'display_name', 'initials', 'role', 'created_by', 'created_at'],
  patients: ['id', 'clinic_id', 'device_id', 'author_user_id', 'created_at', 'family_name', 'given_name', 'date_of_birth', 'mrn'],
  sessions: ['id', 'clinic_id', 'device_id', 'patient_id', 'author_user_id', 'created_at', 'route', 'planned_start'],
  entries: [
    'id', 'kind', 'clinic_id', 'device_id', 'patient_id', 'session_id', 'author_user_id', 'recorded_at', 'created_at',
    'supersedes_id', 'payload',
  ],
};

export async function up(db: Kysely<any>): Promise<void> {
  // A user is never deleted or rewritten: author_user_id on every record must keep naming the same person.
  await sql`
    CREATE TABLE users (
      id TEXT PRIMARY KEY,
      clinic_id TEXT NOT NULL,
      device_id TEXT NOT NULL,
      display_name TEXT NOT NULL,
      initials TEXT NOT NULL,
      role TEXT NOT NULL CHECK (role IN ('nurse', 'physician', 'administrator')),
      created_by TEXT NOT NULL,
      created_at TEXT NOT NULL
    ) STRICT`.execute(db);

  // Secrets change (a new PIN), so they live apart from the immutable user row. params: the scrypt cost used.
  await sql`
    CREATE TABLE user_credentials (
      user_id TEXT PRIMARY KEY REFERENCES users(id),
      kind TEXT NOT NULL CHECK (kind IN ('pin', 'password')),
      salt TEXT NOT NULL,
      hash TEXT NOT NULL,
      params TEXT NOT NULL CHECK (json_valid(params)),
      set_at TEXT NOT NULL
    ) STRICT`.execute(db);

  // Kept in the file so a restart does not reset a lockout.
  await sql`
    CREATE TABLE sign_in_throttle (
      user_id TEXT PRIMARY KEY REFERENCES users(id),
      failures INTEGER NOT NULL,
      last_failed_at TEXT NOT NULL,
      locked_until TEXT
    ) STRICT`.execute(db);

  await sql`CREATE TABLE auth_settings (key TEXT PRIMARY KEY, value TEXT NOT NULL CHECK (json_valid(value))) STRICT`.execute(db);

  // One chain per device (seq 1, 2, ...; prev_hash is the same device's previous hash) so workstations can later be
  // merged as a set union without rewriting anyone's chain.
  await sql`
    CREATE TABLE audit_log (
      device_id TEXT NOT NULL,
      seq INTEGER NOT NULL,
      at TEXT NOT NULL,
      user_id TEXT NOT NULL,
      action TEXT NOT NULL,
      record_table TEXT,
      record_id TEXT,
      record_digest TEXT,
      detail TEXT CHECK (detail IS NULL OR json_valid(detail)),
      prev_hash TEXT NOT NULL,
      hash TEXT NOT NULL,
      PRIMARY KEY (device_id, seq)
    ) STRICT`.execute(db);
  await sql`CREATE INDEX audit_log_by_record ON audit_log(record_table, record_id) WHERE record_id IS NOT NULL`.execute(db);

  // The one way in: the chain (seq, prev_hash, hash) is computed here, for triggers and app events alike.
  await sql`
    CREATE VIEW audit_append AS
      SELECT device_id, at, user_id, action, record_table, record_id, record_digest, detail FROM audit_log WHERE 0`.execute(db);
  await sql
    .raw(
      `CREATE TRIGGER audit_append_insert INSTEAD OF INSERT ON audit_append
       BEGIN
         INSERT INTO audit_log (device_id, seq, at, user_id, action, record_table, record_id, record_digest, detail, prev_hash, hash)
         SELECT NEW.device_id, head.seq, NEW.at, NEW.user_id, NEW.action, NEW.record_table, NEW.record_id, NEW.record_digest,
                NEW.detail, head.prev,
                sha256(head.prev || canonical_json(NEW.device_id, head.seq, NEW.at, NEW.user_id, NEW.action,
                                                   NEW.record_table, NEW.record_id, NEW.record_digest, NEW.detail))
         FROM (SELECT coalesce((SELECT seq FROM audit_log WHERE device_id = NEW.device_id ORDER BY seq DESC LIMIT 1), 0) + 1 AS seq,
                      coalesce((SELECT hash FROM audit_log WHERE device_id = NEW.device_id ORDER BY seq DESC LIMIT 1), '${GENESIS}') AS prev) AS head;
       END`,
    )
    .execute(db);

  for (const [table, columns] of Object.entries(AUDITED)) {
    const values = columns.map((c) => `NEW.${c}`).join(', ');
    const who = table === 'users' ? 'NEW.created_by' : 'NEW.author_user_id';
    const action = table === 'entries' ? `CASE WHEN NEW.supersedes_id IS NULL THEN 'create' ELSE 'correct' END` : `'create'`;
    await sql
      .raw(
        `CREATE TRIGGER ${table}_audit_insert AFTER INSERT ON ${table}
         BEGIN
           INSERT INTO audit_append (device_id, at, user_id, action, record_table, record_id, record_digest, detail)
           VALUES (NEW.device_id, NEW.created_at, ${who}, ${action}, '${table}', NEW.id,
                   sha256(canonical_json('${table}', ${values})), NULL);
         END`,
      )
      .execute(db);
  }

  // Records charted before this migration join the chain now, marked as such, so verify can vouch for them from here on.
  for (const table of ['patients', 'sessions', 'entries']) {
    const values = AUDITED[table].join(', ');
    await sql
      .raw(
        `INSERT INTO audit_append (device_id, at, user_id, action, record_table, record_id, record_digest, detail)
         SELECT device_id, created_at, author_user_id, 'create', '${table}', id, sha256(canonical_json('${table}', ${values})),
                '{"backfilled":true}'
         FROM ${table} ORDER BY created_at, id`,
      )
      .execute(db);
  }

  for (const table of ['audit_log', 'users']) {
    await sql
      .raw(
        `CREATE TRIGGER ${table}_refuse_update BEFORE UPDATE ON ${table}
         BEGIN SELECT RAISE(ABORT, '${table} is append-only'); END`,
      )
      .execute(db);
    await sql
      .raw(
        `CREATE TRIGGER ${table}_refuse_delete BEFORE DELETE ON ${table}
         BEGIN SELECT RAISE(ABORT, '${table} is append-only: nothing is ever deleted'); END`,
      )
      .execute(db);
  }
}
