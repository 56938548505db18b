// The clinic's setting changes (append-only since 0100) join the audit chain like the record: each new row appends
// a 'setting_change' audit row with its digest, by trigger, so no settings code can forget it.
// Frozen in time: imports nothing from src/. Needs sha256() and canonical_json() (registered on every connection).
import { sql, type Kysely } from 'kysely';

const COLUMNS = ['id', 'clinic_id', 'device_id', 'author_user_id', 'created_at', 'key', 'value'];

export async function up(db: Kysely<any>): Promise<void> {
  const digest = (prefix: string) => `sha256(canonical_json('setting_changes', ${COLUMNS.map((c) => `${prefix}${c}`).join(', ')}))`;
  await sql
    .raw(
      `INSERT INTO audit_append (device_id, at, user_id, action, record_table, record_id, record_digest, detail)
       SELECT device_id, created_at, author_user_id, 'setting_change', 'setting_changes', id, ${digest('')}, '{"backfilled":true}'
       FROM setting_changes ORDER BY created_at, id`,
    )
    .execute(db);
  await sql
    .raw(
      `CREATE TRIGGER setting_changes_audit_insert AFTER INSERT ON setting_changes
       BEGIN
         INSERT INTO audit_append (device_id, at, user_id, action, record_table, record_id, record_digest, detail)
         VALUES (NEW.device_id, NEW.created_at, NEW.author_user_id, 'setting_change', 'setting_changes', NEW.id, ${digest('NEW.')},
                 json_object('key', NEW.key, 'value', json(NEW.value)));
       END`,
    )
    .execute(db);
}
