// Appends one clinical entry; the payload is checked against its kind's schema before it reaches the file.
import { CompiledQuery } from 'kysely';
import { entryPayloadSchemas, type EntryKind, type EntryPayload } from '../../shared/domain/entries';
import type { WriteDb } from './db';
import type { EntriesTable } from './schema';
import { idParameters, isIdColumn } from './uuid-bytes';

export type EntryHeader = Omit<EntriesTable, 'kind' | 'payload'>;

const COLUMNS = [
  'id', 'kind', 'clinic_id', 'device_id', 'patient_id', 'session_id', 'author_user_id', 'recorded_at', 'created_at', 'supersedes_id', 'payload',
] as const satisfies readonly (keyof EntriesTable)[];
/**
 * Every save runs this one statement: its text is made once (building it through Kysely and the id plugin was a
 * fifth of a vitals save), and the store keeps it prepared. Ids go in through idParameters, as the plugin's rule says.
 */
const INSERT = `insert into "entries" (${COLUMNS.map((c) => `"${c}"`).join(', ')}) values (${COLUMNS.map(() => '?').join(', ')})`;

export async function appendEntry<K extends EntryKind>(
  db: WriteDb,
  header: EntryHeader,
  kind: K,
  payload: EntryPayload<K>,
): Promise<EntriesTable> {
  const checked = entryPayloadSchemas[kind].parse(payload);
  const row: EntriesTable = { ...header, kind, payload: JSON.stringify(checked) };
  const id = idParameters(db);
  const values = COLUMNS.map((column) => (isIdColumn(column) ? id(`entries.${column}`, row[column]) : row[column]));
  await db.executeQuery(CompiledQuery.raw(INSERT, values));
  return row;
}
