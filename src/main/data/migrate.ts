// Applies every unrecorded migration forward only, each with its version record in one transaction,
// after copying the file aside; refuses a database written by a newer Chairside.
import { readdirSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { sql } from 'kysely';
import type { Migration } from '../../../db/migrations';
import { DatabaseUnusableError, type Store } from './db';

export interface MigrateResult {
  readonly from: number;
  readonly to: number;
  readonly backupFile: string | null;
}

export async function migrate(
  store: Store,
  migrations: readonly Migration[],
  options: { now: () => Date; target?: number },
): Promise<MigrateResult> {
  await sql`CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL) STRICT`.execute(store.read);
  const current = await currentVersion(store);
  const newest = migrations.at(-1)?.version ?? 0;
  if (current > newest) {
    throw new DatabaseUnusableError(
      'newer',
      `The chart database was written by a newer Chairside (schema ${current}; this app knows up to ${newest}). Update the app; nothing was changed.`,
    );
  }
  const target = options.target ?? newest;
  // Every migration not yet recorded, gaps included: one numbered below the newest applied (merged from another
  // branch of work) still runs, in order, rather than being skipped for good.
  const applied = new Set(
    (await store.read.selectFrom('schema_migrations').select('version').execute()).map((row) => Number(row.version)),
  );
  const pending = migrations.filter((m) => !applied.has(m.version) && m.version <= target);
  if (pending.length === 0) return { from: current, to: current, backupFile: null };

  let backupFile: string | null = null;
  if (current > 0) {
    backupFile = `${store.file}.before-${pending[0].version}.bak`;
    await store.sqlite.backup(backupFile);
  }
  for (const migration of pending) {
    try {
      await store.write(async (trx) => {
        await migration.up(trx);
        await trx
          .insertInto('schema_migrations')
          .values({ version: migration.version, name: migration.name, applied_at: options.now().toISOString() })
          .execute();
      });
    } finally {
      // A migration may change how rows are stored (0500: ids as bytes); rolled back, it changed nothing.
      store.schemaChanged();
    }
  }
  // A migration that rewrites tables (0500) leaves a write-ahead log as large as what it wrote: give the space back.
  store.sqlite.pragma('wal_checkpoint(TRUNCATE)');
  if (backupFile) removeOlderCopies(store.file, backupFile);
  return { from: current, to: Math.max(current, pending.at(-1)!.version), backupFile };
}

/**
 * Copies made before earlier migrations: the one just made holds all they hold (nothing is ever deleted from the
 * record), and at ten years each is gigabytes, so only the newest is kept.
 */
function removeOlderCopies(file: string, kept: string): void {
  const prefix = `${basename(file)}.before-`;
  for (const name of readdirSync(dirname(file))) {
    const path = join(dirname(file), name);
    if (name.startsWith(prefix) && name.endsWith('.bak') && path !== kept) rmSync(path, { force: true });
  }
}

export async function currentVersion(store: Store): Promise<number> {
  const row = await store.read
    .selectFrom('schema_migrations')
    .select((eb) => eb.fn.max('version').as('version'))
    .executeTakeFirst();
  return Number(row?.version ?? 0);
}
