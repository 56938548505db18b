// Ids stored as 16 bytes instead of 36 characters of text (issue 8: bytes per session). Why, against the house rule
// `id TEXT PRIMARY KEY`: an id is on every row several times (its own, patient, session, author, device, clinic) and
// in every index and audit row that names it, so at 36 bytes the ids were a third of the file: 20.7 KiB a session
// against a target of 16. As 16 bytes the same record is about 14 KiB. Nothing else about an id changes: still a
// UUIDv7 made on the workstation, still canonical lowercase text everywhere outside this file (the store's Kysely
// plugin, src/main/data/uuid-bytes.ts, converts at the boundary), and the audit chain hashes the same text as before
// (canonical_json writes a 16-byte id as its UUID text), so rows written before this migration verify after it.
// Every table with ids is rebuilt with the same rows, rowids (rowid order is write order) and constraints, then
// its indexes, views and triggers are put back as they were. A value that is not a UUID stops the migration, whole.
// Two audit columns may keep text as well: user_id for the workstation as actor ('workstation:<device id>', a clock
// jump), and record_id for an auth setting's key (record_table 'auth_settings').
// Frozen in time: imports nothing from src/. Needs sha256() and canonical_json() (registered on every connection).
import { sql, type Kysely } from 'kysely';

const H = '[0-9a-f]';
const UUID_GLOB = `${H.repeat(8)}-${H.repeat(4)}-${H.repeat(4)}-${H.repeat(4)}-${H.repeat(12)}`;

/** How a column holds an id: always, maybe (NULL allowed), or as an audit column that may also keep known text. */
type IdKind = 'id' | 'nullable' | 'actor' | 'record';

interface Table {
  readonly name: string;
  /** The new definition; `{name}` is the table being created. */
  readonly create: string;
  readonly columns: readonly string[];
  readonly ids: Readonly<Record<string, IdKind>>;
  readonly withoutRowid?: boolean;
}

const id = (column: string) => `${column} BLOB NOT NULL CHECK (length(${column}) = 16)`;
const maybeId = (column: string) => `${column} BLOB CHECK (${column} IS NULL OR length(${column}) = 16)`;

/**
 * Parents before children (the copy checks each foreign key as it goes), and the two big tables last, audit_log
 * before entries: each one's old copy is dropped as soon as it is copied, so entries is written into the pages the
 * old audit_log leaves free and the file grows by about a quarter, not by the whole new copy.
 */
const TABLES: readonly Table[] = [
  {
    name: 'users',
    create: `CREATE TABLE users (
      ${id('id')} PRIMARY KEY,
      ${id('clinic_id')},
      ${id('device_id')},
      display_name TEXT NOT NULL,
      initials TEXT NOT NULL,
      role TEXT NOT NULL CHECK (role IN ('nurse', 'physician', 'administrator')),
      ${id('created_by')},
      created_at TEXT NOT NULL
    ) STRICT`,
    columns: ['id', 'clinic_id', 'device_id', 'display_name', 'initials', 'role', 'created_by', 'created_at'],
    ids: { id: 'id', clinic_id: 'id', device_id: 'id', created_by: 'id' },
  },
  {
    name: 'user_credentials',
    create: `CREATE TABLE user_credentials (
      ${id('user_id')} PRIMARY KEY REFERENCES users(id),
      kind TEXT NOT NULL CHECK (kind IN ('pin', 'password')),
      salt TEXT NOT NULL,
      hash TEXT NOT NULL,
      params TEXT NOT NULL CHECK (json_valid(params)),
      set_at TEXT NOT NULL
    ) STRICT`,
    columns: ['user_id', 'kind', 'salt', 'hash', 'params', 'set_at'],
    ids: { user_id: 'id' },
  },
  {
    name: 'sign_in_throttle',
    create: `CREATE TABLE sign_in_throttle (
      ${id('user_id')} PRIMARY KEY REFERENCES users(id),
      failures INTEGER NOT NULL,
      last_failed_at TEXT NOT NULL,
      locked_until TEXT
    ) STRICT`,
    columns: ['user_id', 'failures', 'last_failed_at', 'locked_until'],
    ids: { user_id: 'id' },
  },
  {
    name: 'patients',
    create: `CREATE TABLE patients (
      ${id('id')} PRIMARY KEY,
      ${id('clinic_id')},
      ${id('device_id')},
      ${id('author_user_id')},
      created_at TEXT NOT NULL,
      family_name TEXT NOT NULL,
      given_name TEXT NOT NULL,
      date_of_birth TEXT NOT NULL,
      mrn TEXT
    ) STRICT`,
    columns: ['id', 'clinic_id', 'device_id', 'author_user_id', 'created_at', 'family_name', 'given_name', 'date_of_birth', 'mrn'],
    ids: { id: 'id', clinic_id: 'id', device_id: 'id', author_user_id: 'id' },
  },
  {
    name: 'sessions',
    create: `CREATE TABLE sessions (
      ${id('id')} PRIMARY KEY,
      ${id('clinic_id')},
      ${id('device_id')},
      ${id('patient_id')} REFERENCES patients(id),
      ${id('author_user_id')},
      created_at TEXT NOT NULL,
      route TEXT NOT NULL CHECK (route IN ('iv', 'im', 'intranasal')),
      planned_start TEXT NOT NULL
    ) STRICT`,
    columns: ['id', 'clinic_id', 'device_id', 'patient_id', 'author_user_id', 'created_at', 'route', 'planned_start'],
    ids: { id: 'id', clinic_id: 'id', device_id: 'id', patient_id: 'id', author_user_id: 'id' },
  },
  {
    name: 'audit_log',
    // ANY: a 16-byte id, or the known text of 0500's header (STRICT still refuses anything the CHECK does not allow).
    create: `CREATE TABLE audit_log (
      ${id('device_id')},
      seq INTEGER NOT NULL,
      at TEXT NOT NULL,
      user_id ANY NOT NULL CHECK ((typeof(user_id) = 'blob' AND length(user_id) = 16)
                                  OR (typeof(user_id) = 'text' AND user_id GLOB 'workstation:${UUID_GLOB}')),
      action TEXT NOT NULL,
      record_table TEXT,
      record_id ANY CHECK (record_id IS NULL OR (typeof(record_id) = 'blob' AND length(record_id) = 16)
                           OR (typeof(record_id) = 'text' AND record_table = 'auth_settings')),
      record_digest BLOB CHECK (record_digest IS NULL OR length(record_digest) = 32),
      detail TEXT CHECK (detail IS NULL OR json_valid(detail)),
      hash BLOB NOT NULL CHECK (length(hash) = 32),
      PRIMARY KEY (device_id, seq)
    ) STRICT, WITHOUT ROWID`,
    columns: ['device_id', 'seq', 'at', 'user_id', 'action', 'record_table', 'record_id', 'record_digest', 'detail', 'hash'],
    ids: { device_id: 'id', user_id: 'actor', record_id: 'record' },
    withoutRowid: true,
  },
  {
    name: 'entries',
    create: `CREATE TABLE entries (
      ${id('id')} PRIMARY KEY,
      kind TEXT NOT NULL,
      ${id('clinic_id')},
      ${id('device_id')},
      ${id('patient_id')} REFERENCES patients(id),
      ${maybeId('session_id')} REFERENCES sessions(id),
      ${id('author_user_id')},
      recorded_at TEXT NOT NULL,
      created_at TEXT NOT NULL,
      ${maybeId('supersedes_id')},
      payload TEXT NOT NULL CHECK (json_valid(payload))
    ) STRICT`,
    columns: [
      'id', 'kind', 'clinic_id', 'device_id', 'patient_id', 'session_id', 'author_user_id', 'recorded_at', 'created_at', 'supersedes_id',
      'payload',
    ],
    ids: { id: 'id', clinic_id: 'id', device_id: 'id', patient_id: 'id', session_id: 'nullable', author_user_id: 'id', supersedes_id: 'nullable' },
  },
  {
    name: 'setting_changes',
    create: `CREATE TABLE setting_changes (
      ${id('id')} PRIMARY KEY,
      ${id('clinic_id')},
      ${id('device_id')},
      ${id('author_user_id')},
      created_at TEXT NOT NULL,
      key TEXT NOT NULL,
      value TEXT NOT NULL CHECK (json_valid(value))
    ) STRICT`,
    columns: ['id', 'clinic_id', 'device_id', 'author_user_id', 'created_at', 'key', 'value'],
    ids: { id: 'id', clinic_id: 'id', device_id: 'id', author_user_id: 'id' },
  },
];

const old = (table: string) => `${table}_0400`;

/** The rows whose value in this column is not an id (nor the text the column may keep). */
function notAnId(column: string, kind: IdKind): string {
  const uuid = `${column} GLOB '${UUID_GLOB}'`;
  switch (kind) {
    case 'id':
      return `${column} IS NULL OR NOT (${uuid})`;
    case 'nullable':
      return `${column} IS NOT NULL AND NOT (${uuid})`;
    case 'actor':
      return `${column} IS NULL OR NOT (${uuid} OR ${column} GLOB 'workstation:${UUID_GLOB}')`;
    case 'record':
      return `${column} IS NOT NULL AND NOT (${uuid} OR record_table = 'auth_settings')`;
  }
}

function asStored(column: string, kind: IdKind): string {
  const bytes = `unhex(replace(${column}, '-', ''))`;
  return kind === 'actor' || kind === 'record' ? `CASE WHEN ${column} GLOB '${UUID_GLOB}' THEN ${bytes} ELSE ${column} END` : bytes;
}

export async function up(db: Kysely<any>): Promise<void> {
  // Refuse first, loudly: unhex() of something that is not hex is NULL, which a nullable column would keep silently.
  for (const table of TABLES) {
    for (const [column, kind] of Object.entries(table.ids)) {
      const { rows } = await sql<{ n: number; example: string | null }>`
        SELECT count(*) AS n, min(${sql.ref(column)}) AS example FROM ${sql.table(table.name)} WHERE ${sql.raw(notAnId(column, kind))}`.execute(db);
      const [{ n, example }] = rows;
      if (n > 0) {
        throw new Error(
          `0500_ids_as_bytes: ${table.name}.${column} holds ${n} value(s) that are not ids (lowercase UUIDs), e.g. ${JSON.stringify(example)}. ` +
            'Nothing was changed.',
        );
      }
    }
  }

  const names = TABLES.map((t) => t.name);
  const inList = sql.join(names.map((n) => sql.lit(n)));
  // Everything that goes with the tables, to be put back word for word: indexes (automatic ones come back with their
  // constraints), views and triggers. The audit triggers need no change: canonical_json writes a 16-byte id as text.
  const { rows: objects } = await sql<{ type: string; name: string; sql: string }>`
    SELECT type, name, sql FROM sqlite_schema
    WHERE sql IS NOT NULL AND (type IN ('view', 'trigger') OR (type = 'index' AND tbl_name IN (${inList})))
    ORDER BY CASE type WHEN 'index' THEN 0 WHEN 'view' THEN 1 ELSE 2 END, rowid`.execute(db);
  const { rows: analyzed } = await sql<{ n: number }>`
    SELECT count(*) AS n FROM sqlite_schema WHERE name = 'sqlite_stat1'`.execute(db);

  for (const object of objects.filter((o) => o.type === 'trigger')) await sql`DROP TRIGGER ${sql.id(object.name)}`.execute(db);
  for (const object of objects.filter((o) => o.type === 'view')) await sql`DROP VIEW ${sql.id(object.name)}`.execute(db);
  // Renamed aside together, so the old tables' foreign keys name each other and the new ones name the new ones.
  for (const table of TABLES) await sql`ALTER TABLE ${sql.table(table.name)} RENAME TO ${sql.table(old(table.name))}`.execute(db);
  // The old tables' indexes are not needed to copy them (it reads in rowid order): their pages go free for the copies.
  for (const object of objects.filter((o) => o.type === 'index')) await sql`DROP INDEX ${sql.id(object.name)}`.execute(db);
  // A parent's old copy goes last, after the old children that name it (dropping it first would break their keys).
  const isParent = (name: string) => TABLES.some((t) => t.create.includes(`REFERENCES ${name}(`));
  for (const table of TABLES) {
    await sql.raw(table.create).execute(db);
    const kept = table.withoutRowid ? [] : ['rowid'];
    const into = [...kept, ...table.columns].join(', ');
    const from = [...kept, ...table.columns.map((c) => (table.ids[c] ? asStored(c, table.ids[c]) : c))].join(', ');
    const order = table.withoutRowid ? 'device_id, seq' : 'rowid';
    await sql.raw(`INSERT INTO ${table.name} (${into}) SELECT ${from} FROM ${old(table.name)} ORDER BY ${order}`).execute(db);
    if (!isParent(table.name)) await sql`DROP TABLE ${sql.table(old(table.name))}`.execute(db);
  }
  for (const table of [...TABLES].reverse().filter((t) => isParent(t.name))) await sql`DROP TABLE ${sql.table(old(table.name))}`.execute(db);

  for (const object of objects) await sql.raw(object.sql).execute(db);
  // The planner's statistics went with the old tables; gather them again where the file had them.
  if (analyzed[0].n > 0) for (const name of names) await sql`ANALYZE ${sql.table(name)}`.execute(db);
}
