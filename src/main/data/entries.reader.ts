// Reads clinical entries back, parsing each payload through its kind's schema (a damaged row is an error, not a guess).
import { entryPayloadSchemas, type EntryKind, type EntryPayload } from '../../shared/domain/entries';
import type { ReadDb } from './db';
import type { EntriesTable } from './schema';

export type Entry<K extends EntryKind> = Omit<EntriesTable, 'kind' | 'payload'> & { kind: K; payload: EntryPayload<K> };

export function parseEntry<K extends EntryKind>(row: EntriesTable, kind: K): Entry<K> {
  const payload = entryPayloadSchemas[kind].parse(JSON.parse(row.payload)) as EntryPayload<K>;
  return { ...row, kind, payload };
}

export async function sessionEntriesOfKind<K extends EntryKind>(db: ReadDb, sessionId: string, kind: K): Promise<Entry<K>[]> {
  const rows = await db
    .selectFrom('entries')
    .selectAll()
    .where('session_id', '=', sessionId)
    .where('kind', '=', kind)
    .orderBy('recorded_at')
    .orderBy('created_at')
    .execute();
  return rows.map((row) => parseEntry(row, kind));
}

/** The latest patient-level entry (no session) of a kind, per patient. */
export async function latestPatientEntryOfKind<K extends EntryKind>(
  db: ReadDb,
  patientIds: readonly string[],
  kind: K,
): Promise<Map<string, Entry<K>>> {
  if (patientIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('entries')
    .selectAll()
    .where('patient_id', 'in', patientIds)
    .where('session_id', 'is', null) // patient-level entries (their own index)
    .where('kind', '=', kind)
    .orderBy('recorded_at')
    .orderBy('created_at')
    .execute();
  const latest = new Map<string, Entry<K>>();
  for (const row of rows) latest.set(row.patient_id, parseEntry(row, kind)); // later rows win
  return latest;
}
