// Reading and changing the clinic's print settings (name, address, phone, paper size, silent printing, PDF folder).
import type { ParsedRequestOf } from '../../shared/contract/envelope';
import type { PrintSettings, PrintSettingsView, updatePrintSettings } from '../../shared/contract/print.contract';
import { missingClinicDetails } from '../../shared/domain/print-document';
import { recordAuditEvent } from '../data/audit.writer';
import { appendPrintSettingChanges, readPrintSettings } from '../data/print-settings.store';
import type { Kysely } from 'kysely';
import type { Database } from '../data/schema';
import { provenance, type ServiceContext } from './context';

export async function getPrintSettingsView(ctx: ServiceContext): Promise<PrintSettingsView> {
  return printSettingsView(ctx.store.read);
}

export async function changePrintSettings(ctx: ServiceContext, input: ParsedRequestOf<typeof updatePrintSettings>): Promise<PrintSettingsView> {
  const now = ctx.clock.now();
  await ctx.store.write(async (db) => {
    const { values } = await readPrintSettings(db);
    const changed: Partial<PrintSettings> = {};
    for (const [key, value] of Object.entries(input.changes) as [keyof PrintSettings, PrintSettings[keyof PrintSettings]][]) {
      if (value !== undefined && values[key] !== value) Object.assign(changed, { [key]: value });
    }
    if (Object.keys(changed).length === 0) return; // no change, no row
    await appendPrintSettingChanges(db, () => ({ id: ctx.newId(), ...provenance(ctx, now) }), changed);
    await recordAuditEvent(db, ctx, { action: 'setting_change', userId: ctx.actor.userId, at: now, detail: { print: Object.keys(changed) } });
  });
  return printSettingsView(ctx.store.read);
}

async function printSettingsView(db: Kysely<Database>): Promise<PrintSettingsView> {
  const stored = await readPrintSettings(db);
  return { values: stored.values, missing: missingClinicDetails(stored.values), changedAt: stored.changedAt, changedBy: stored.changedBy };
}
