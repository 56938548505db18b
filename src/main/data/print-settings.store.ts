// The clinic's print settings (name, address, phone, paper, silent printing, PDF folder), kept as text-valued rows
// of the append-only setting_changes table beside the numeric settings (whose reader skips keys it does not know).
import type { Kysely } from 'kysely';
import { printSettingKeys, printSettingsSchema, type PrintSettings } from '../../shared/contract/print.contract';
import type { WriteDb } from './db';
import type { Database, SettingChangesTable } from './schema';

/** Prefixed so a print key can never collide with a numeric setting's key. */
const KEY_PREFIX = 'print.';

export const defaultPrintSettings: PrintSettings = {
  clinicName: '',
  clinicAddress: '',
  clinicPhone: '',
  paperSize: 'letter',
  silentPrint: false,
  pdfFolder: '',
  chairNames: '',
};

export interface StoredPrintSettings {
  readonly values: PrintSettings;
  readonly changedAt: string | null;
  readonly changedBy: string | null;
}

/** Works on a read handle or inside a write transaction. */
export async function readPrintSettings(db: Kysely<Database>): Promise<StoredPrintSettings> {
  // A key range, not LIKE (case-insensitive, so no index): the board reads these on every poll.
  const rows = await db
    .selectFrom('setting_changes')
    .selectAll()
    .where('key', '>=', KEY_PREFIX)
    .where('key', '<', KEY_PREFIX.slice(0, -1) + String.fromCharCode(KEY_PREFIX.charCodeAt(KEY_PREFIX.length - 1) + 1))
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  const values: Record<string, unknown> = { ...defaultPrintSettings };
  let last: { at: string; by: string } | null = null;
  for (const row of rows) {
    const key = row.key.slice(KEY_PREFIX.length) as keyof PrintSettings;
    if (!printSettingKeys.includes(key)) continue; // written by a newer build: the default stays
    const value = JSON.parse(row.value) as unknown;
    const parsed = printSettingsSchema.shape[key].safeParse(value);
    if (!parsed.success) continue;
    values[key] = parsed.data;
    last = { at: row.created_at, by: row.author_user_id };
  }
  return { values: values as PrintSettings, changedAt: last?.at ?? null, changedBy: last?.by ?? null };
}

export async function appendPrintSettingChanges(
  db: WriteDb,
  header: () => Omit<SettingChangesTable, 'key' | 'value'>,
  changes: Partial<PrintSettings>,
): Promise<void> {
  for (const [key, value] of Object.entries(changes)) {
    if (value === undefined) continue;
    await db.insertInto('setting_changes').values({ ...header(), key: `${KEY_PREFIX}${key}`, value: JSON.stringify(value) }).execute();
  }
}
