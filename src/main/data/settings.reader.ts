// Reads the clinic's settings in force: the latest change per key over the defaults.
import type { Kysely } from 'kysely';
import type { SettingKey, SettingsValues } from '../../shared/contract/settings.contract';
import { defaultSettings, settingDefinitionsByKey } from '../../shared/domain/settings';
import type { Database } from './schema';

export interface SettingChange {
  readonly value: number;
  readonly changedAt: string;
  readonly changedBy: string;
}

/** Works on a read handle or inside a write transaction (so a write sees the settings it is checked against). */
export async function readSettings(db: Kysely<Database>): Promise<{ values: SettingsValues; changes: Map<SettingKey, SettingChange> }> {
  const rows = await db.selectFrom('setting_changes').selectAll().orderBy('created_at').orderBy('id').execute();
  const values: SettingsValues = { ...defaultSettings };
  const changes = new Map<SettingKey, SettingChange>();
  for (const row of rows) {
    const key = row.key as SettingKey;
    const value = JSON.parse(row.value) as unknown;
    // A key this build does not know (written by a newer app) or a damaged value is ignored: the default stays.
    if (!settingDefinitionsByKey.has(key) || typeof value !== 'number') continue;
    values[key] = value;
    changes.set(key, { value, changedAt: row.created_at, changedBy: row.author_user_id });
  }
  return { values, changes };
}
