// Backups: on demand and daily (checked, then renamed into place), rotation by the clinic's retention, and restore
// from the app (the store is closed, replaced and reopened through the storage host).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { ParsedRequestOf } from '../../shared/contract/envelope';
import { DomainError } from '../../shared/contract/envelope';
import type { Backup, restoreBackup, setBackupRetention } from '../../shared/contract/backups.contract';
import { backupsDir, listBackups, putBackupInPlace, rotateBackups, undoPutInPlace, writeBackup } from '../data/backup-files';
import type { ServiceContext, ServiceDeps } from './context';

export const DEFAULT_BACKUP_RETENTION_DAYS = 30;
const RETENTION_KEY = 'backup_retention_days';
const DAY_MS = 24 * 60 * 60 * 1000;

export async function backupRetentionDays(deps: ServiceDeps): Promise<number> {
  const row = await deps.store.read.selectFrom('app_meta').select('value').where('key', '=', RETENTION_KEY).executeTakeFirst();
  const days = Number(row?.value);
  return Number.isInteger(days) && days >= 1 ? days : DEFAULT_BACKUP_RETENTION_DAYS;
}

const view = (b: { name: string; createdAt: string; bytes: number }): Backup => ({ name: b.name, createdAt: b.createdAt, bytes: b.bytes });

/** Makes one checked backup now and removes those past the retention; used by the channel and the daily schedule. */
export async function makeBackup(deps: ServiceDeps): Promise<Backup> {
  // A copy of a damaged file is no backup, and a new backup would push a good one out of the retention.
  if (deps.store.damage) throw new DomainError('storage_error', `The backup was NOT made: ${deps.store.damage}`);
  const now = deps.clock.now();
  let made;
  try {
    made = await writeBackup(deps.store.file, deps.storage.dataDir, now, deps.storage.nativeBinding);
  } catch (error) {
    if ((error as { code?: string }).code === 'ENOSPC' || (error as { code?: string }).code === 'SQLITE_FULL') {
      throw new DomainError('storage_full', 'The disk is full: the backup was NOT made. Free space, then back up again.');
    }
    throw new DomainError('storage_error', `The backup was NOT made: ${(error as Error).message}`);
  }
  await rotateBackups(deps.storage.dataDir, now, await backupRetentionDays(deps));
  return view(made);
}

export async function createBackupNow(ctx: ServiceContext): Promise<Backup> {
  return makeBackup(ctx);
}

export async function listBackupFiles(ctx: ServiceContext) {
  return {
    backups: listBackups(ctx.storage.dataDir).map(view),
    retentionDays: await backupRetentionDays(ctx),
    folder: backupsDir(ctx.storage.dataDir),
    damage: ctx.store.damage,
  };
}

/** What every screen shows at its top while the chart file is known to be damaged. */
export async function storageStatus(ctx: ServiceContext) {
  return { damage: ctx.store.damage };
}

export async function restoreBackupFile(ctx: ServiceContext, input: ParsedRequestOf<typeof restoreBackup>) {
  const backup = listBackups(ctx.storage.dataDir).find((b) => b.name === input.name);
  if (!backup || !existsSync(join(backupsDir(ctx.storage.dataDir), input.name))) {
    throw new DomainError('not_found', 'No backup with that name in the backups folder.', 'name');
  }
  const now = ctx.clock.now();
  try {
    const { replacedFile } = await ctx.storage.swapDatabase(
      () => putBackupInPlace(backup.file, ctx.storage.databaseFile, now, ctx.storage.nativeBinding),
      (result) => undoPutInPlace(ctx.storage.databaseFile, result.replacedFile),
    );
    return { restored: view(backup), replacedFile };
  } catch (error) {
    if (error instanceof DomainError) throw error;
    throw new DomainError('storage_error', `The backup was NOT restored: ${(error as Error).message}`);
  }
}

export async function setRetention(ctx: ServiceContext, input: ParsedRequestOf<typeof setBackupRetention>) {
  await ctx.store.write(async (db) => {
    await db
      .insertInto('app_meta')
      .values({ key: RETENTION_KEY, value: String(input.days) })
      .onConflict((oc) => oc.column('key').doUpdateSet({ value: String(input.days) }))
      .execute();
  });
  await rotateBackups(ctx.storage.dataDir, ctx.clock.now(), input.days);
  return { retentionDays: input.days };
}

/**
 * The daily backup, run by the host: a minute after start (not competing with the first screen), then every hour,
 * one is made if the newest is a day old or there is none. Before it, the full check of the chart file (the part the
 * bounded start check leaves out) runs in a worker, a few seconds after start so little can be charted before it
 * has spoken; damage it finds stops charting (Store.checkFully) and no backup is made of it. Returns a stop
 * function. Failures are logged, never thrown: a missed backup must not stop charting.
 */
export function startDailyBackups(
  deps: ServiceDeps,
  log: (message: string, error?: unknown) => void,
  timing: { checkAfterMs?: number; firstAfterMs?: number; everyMs?: number } = {},
): () => void {
  let running = false;
  let checked: ServiceDeps['store'] | null = null;
  const tick = async (backup: boolean) => {
    if (running) return;
    running = true;
    try {
      // Once per opened file: a restore reopens the store.
      if (checked !== deps.store) {
        checked = deps.store;
        const result = await checked.checkFully();
        if ('failed' in result) log(`The full check of the chart database did not run (${result.failed})`);
      }
      if (deps.store.damage) {
        log(deps.store.damage);
        return;
      }
      if (!backup) return;
      const newest = listBackups(deps.storage.dataDir)[0];
      const age = newest ? deps.clock.now().getTime() - new Date(newest.createdAt).getTime() : Infinity;
      if (age >= DAY_MS) {
        const made = await makeBackup(deps);
        log(`Daily backup written: ${made.name}`);
      }
    } catch (error) {
      log('The daily backup failed', error);
    } finally {
      running = false;
    }
  };
  const check = setTimeout(() => void tick(false), timing.checkAfterMs ?? 5_000);
  const first = setTimeout(() => void tick(true), timing.firstAfterMs ?? 60_000);
  const timer = setInterval(() => void tick(true), timing.everyMs ?? 60 * 60 * 1000);
  for (const t of [check, first, timer]) t.unref();
  return () => {
    clearTimeout(check);
    clearTimeout(first);
    clearInterval(timer);
  };
}
