// Kysely's view of the tables (db/migrations is the truth; these types follow it).
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

export interface Database {
  app_meta: AppMetaTable;
  patients: PatientsTable;
  sessions: SessionsTable;
  entries: EntriesTable;
  schema_migrations: SchemaMigrationsTable;
}
