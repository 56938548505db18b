// Appends one clinical entry; the payload is checked against its kind's schema before it reaches the file.
import { entryPayloadSchemas, type EntryKind, type EntryPayload } from '../../shared/domain/entries';
import type { WriteDb } from './db';
import type { EntriesTable } from './schema';

export type EntryHeader = Omit<EntriesTable, 'kind' | 'payload'>;

export async function appendEntry<K extends EntryKind>(
  db: WriteDb,
  header: EntryHeader,
  kind: K,
  payload: EntryPayload<K>,
): Promise<EntriesTable> {
  const checked = entryPayloadSchemas[kind].parse(payload);
  const row: EntriesTable = { ...header, kind, payload: JSON.stringify(checked) };
  await db.insertInto('entries').values(row).execute();
  return row;
}
