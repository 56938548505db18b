// Kysely's view of the tables (db/migrations is the truth; these types follow it). Ids are `string` here although the
// file keeps them as 16 bytes since 0500_ids_as_bytes: the store's plugin (uuid-bytes.ts) converts every id column at
// the boundary, so the app only ever sees canonical text. Raw better-sqlite3 statements see the bytes.
export interface AppMetaTable {
  key: string;
  value: string;
}

export interface PatientsTable {
  id: string;
  clinic_id: string;
  device_id: string;
  author_user_id: string;
  created_at: string;
  family_name: string;
  given_name: string;
  date_of_birth: string;
  mrn: string | null;
}

export interface SessionsTable {
  id: string;
  clinic_id: string;
  device_id: string;
  patient_id: string;
  author_user_id: string;
  created_at: string;
  route: string;
  planned_start: string;
}

export interface EntriesTable {
  id: string;
  kind: string;
  clinic_id: string;
  device_id: string;
  patient_id: string;
  session_id: string | null;
  author_user_id: string;
  recorded_at: string;
  created_at: string;
  supersedes_id: string | null;
  payload: string;
}

export interface SchemaMigrationsTable {
  version: number;
  name: string;
  applied_at: string;
}

export interface UsersTable {
  id: string;
  clinic_id: string;
  device_id: string;
  display_name: string;
  initials: string;
  role: 'nurse' | 'physician' | 'administrator';
  created_by: string;
  created_at: string;
}

export interface UserCredentialsTable {
  user_id: string;
  kind: 'pin' | 'password';
  salt: string;
  hash: string;
  params: string;
  set_at: string;
}

export interface SignInThrottleTable {
  user_id: string;
  failures: number;
  last_failed_at: string;
  locked_until: string | null;
}

export interface AuthSettingsTable {
  key: string;
  value: string;
}

export interface AuditLogTable {
  device_id: string;
  seq: number;
  at: string;
  /** A user's id, or `workstation:<device id>` for an event the workstation records by itself (a clock jump). */
  user_id: string;
  action: string;
  record_table: string | null;
  /** The record's id; for record_table 'auth_settings', the setting's key. */
  record_id: string | null;
  /** sha256 of the record's canonical form, 32 bytes (0300_compact_audit_and_indexes). */
  record_digest: Buffer | null;
  detail: string | null;
  /** sha256 over the previous row's hash (hex) and this row's canonical form, 32 bytes. */
  hash: Buffer;
}

/** Insert-only view: its trigger computes seq and the hash chain (0200_users_and_audit, 0300). */
export type AuditAppendView = Pick<AuditLogTable, 'device_id' | 'at' | 'user_id' | 'action' | 'record_table' | 'record_id' | 'detail'> & {
  /** Hex text in; stored as 32 bytes. */
  record_digest: string | null;
};

/** Append-only clinic setting changes (0100_clinic_settings); the latest per key is in force. */
export interface SettingChangesTable {
  id: string;
  clinic_id: string;
  device_id: string;
  author_user_id: string;
  created_at: string;
  key: string;
  value: string;
}

export interface Database {
  users: UsersTable;
  user_credentials: UserCredentialsTable;
  sign_in_throttle: SignInThrottleTable;
  auth_settings: AuthSettingsTable;
  audit_log: AuditLogTable;
  audit_append: AuditAppendView;
  app_meta: AppMetaTable;
  patients: PatientsTable;
  sessions: SessionsTable;
  entries: EntriesTable;
  schema_migrations: SchemaMigrationsTable;
  setting_changes: SettingChangesTable;
}
