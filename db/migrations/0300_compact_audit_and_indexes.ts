// A smaller file for the same record (issue 8: bytes per session). The audit trail keeps its chain and its meaning;
// only its storage changes: one b-tree keyed by (device_id, seq) instead of a rowid table plus two indexes, hashes as
// 32 bytes instead of 64 hex characters, and no stored prev_hash (it is the previous row's hash; verify derives it).
// Entries keep two lean indexes: by session (rowid order is write order), and patient-level entries by kind.
// Frozen in time: imports nothing from src/. Needs sha256() and canonical_json() (registered on every connection).
import { sql, type Kysely } from 'kysely';

const GENESIS = '0'.repeat(64);

export async function up(db: Kysely<any>): Promise<void> {
  // Renaming the old table first rewrites the view that reads it; the record triggers insert into that view by name.
  await sql`DROP TRIGGER audit_log_refuse_update`.execute(db);
  await sql`DROP TRIGGER audit_log_refuse_delete`.execute(db);
  await sql`ALTER TABLE audit_log RENAME TO audit_log_0200`.execute(db);
  await sql`
    CREATE TABLE audit_log (
      device_id TEXT NOT NULL,
      seq INTEGER NOT NULL,
      at TEXT NOT NULL,
      user_id TEXT NOT NULL,
      action TEXT NOT NULL,
      record_table TEXT,
      record_id TEXT,
      record_digest BLOB CHECK (record_digest IS NULL OR length(record_digest) = 32),
      detail TEXT CHECK (detail IS NULL OR json_valid(detail)),
      hash BLOB NOT NULL CHECK (length(hash) = 32),
      PRIMARY KEY (device_id, seq)
    ) STRICT, WITHOUT ROWID`.execute(db);
  await sql`
    INSERT INTO audit_log (device_id, seq, at, user_id, action, record_table, record_id, record_digest, detail, hash)
    SELECT device_id, seq, at, user_id, action, record_table, record_id, unhex(record_digest), detail, unhex(hash)
    FROM audit_log_0200 ORDER BY device_id, seq`.execute(db);
  await sql`DROP VIEW audit_append`.execute(db); // its INSTEAD OF trigger goes with it
  await sql`DROP TABLE audit_log_0200`.execute(db);

  // The same way in, and the same chain formula as 0200 (hex text in, so old and new rows verify alike).
  await sql`
    CREATE VIEW audit_append AS
      SELECT device_id, at, user_id, action, record_table, record_id, record_digest, detail FROM audit_log WHERE 0`.execute(db);
  await sql
    .raw(
      `CREATE TRIGGER audit_append_insert INSTEAD OF INSERT ON audit_append
       BEGIN
         INSERT INTO audit_log (device_id, seq, at, user_id, action, record_table, record_id, record_digest, detail, hash)
         SELECT NEW.device_id, head.seq, NEW.at, NEW.user_id, NEW.action, NEW.record_table, NEW.record_id, unhex(NEW.record_digest),
                NEW.detail,
                unhex(sha256(head.prev || canonical_json(NEW.device_id, head.seq, NEW.at, NEW.user_id, NEW.action,
                                                         NEW.record_table, NEW.record_id, NEW.record_digest, NEW.detail)))
         FROM (SELECT coalesce((SELECT seq FROM audit_log WHERE device_id = NEW.device_id ORDER BY seq DESC LIMIT 1), 0) + 1 AS seq,
                      coalesce((SELECT lower(hex(hash)) FROM audit_log WHERE device_id = NEW.device_id ORDER BY seq DESC LIMIT 1),
                               '${GENESIS}') AS prev) AS head;
       END`,
    )
    .execute(db);
  await sql`CREATE TRIGGER audit_log_refuse_update BEFORE UPDATE ON audit_log
    BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END`.execute(db);
  await sql`CREATE TRIGGER audit_log_refuse_delete BEFORE DELETE ON audit_log
    BEGIN SELECT RAISE(ABORT, 'audit_log is append-only: nothing is ever deleted'); END`.execute(db);

  // A session's entries are read by session in rowid order: the index holds the rowid, so recorded_at added nothing.
  await sql`DROP INDEX entries_by_session_recorded_at`.execute(db);
  await sql`CREATE INDEX entries_by_session ON entries(session_id)`.execute(db);
  // Only patient-level entries (registration weight, profile) are looked up by patient; session entries go by session.
  await sql`DROP INDEX entries_by_patient_kind_recorded_at`.execute(db);
  await sql`CREATE INDEX entries_of_patient_by_kind ON entries(patient_id, kind) WHERE session_id IS NULL`.execute(db);
}
