// Reading and changing the clinic's settings; every value is checked against its allowed range, all or nothing.
import type { ParsedRequestOf } from '../../shared/contract/envelope';
import { DomainError } from '../../shared/contract/envelope';
import type { SettingKey, SettingsView, updateSettings } from '../../shared/contract/settings.contract';
import { settingDefinitions, settingValueProblem } from '../../shared/domain/settings';
import type { ReadDb } from '../data/db';
import { readSettings } from '../data/settings.reader';
import { provenance, type ServiceContext } from './context';

export async function getSettingsView(ctx: ServiceContext): Promise<SettingsView> {
  return settingsView(ctx.store.read);
}

export async function changeSettings(ctx: ServiceContext, input: ParsedRequestOf<typeof updateSettings>): Promise<SettingsView> {
  const entries = Object.entries(input.changes) as [SettingKey, number][];
  for (const [key, value] of entries) {
    const problem = settingValueProblem(key, value);
    if (problem) throw new DomainError('invalid_input', problem, `changes.${key}`);
  }
  const now = ctx.clock.now();
  await ctx.store.write(async (db) => {
    const { values } = await readSettings(db);
    for (const [key, value] of entries) {
      if (values[key] === value) continue; // no change, no row
      await db.insertInto('setting_changes').values({ id: ctx.newId(), ...provenance(ctx, now), key, value: JSON.stringify(value) }).execute();
    }
  });
  return settingsView(ctx.store.read);
}

async function settingsView(db: ReadDb): Promise<SettingsView> {
  const { values, changes } = await readSettings(db);
  return {
    values,
    definitions: settingDefinitions.map((d) => ({
      ...d,
      value: values[d.key],
      changedAt: changes.get(d.key)?.changedAt ?? null,
      changedBy: changes.get(d.key)?.changedBy ?? null,
    })),
  };
}

export async function clockNow(ctx: ServiceContext): Promise<{ now: string }> {
  return { now: ctx.clock.now().toISOString() };
}
