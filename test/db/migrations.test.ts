// Migrations: every one applies to an empty database and to the previous version holding data; each is atomic
// with its version record; a database from a newer app is refused untouched; the file is copied aside first.
import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { sql, type Kysely } from 'kysely';
import { describe, expect, it } from 'vitest';
import { migrations, type Migration } from '../../db/migrations';
import { openStore, DatabaseUnusableError, type Store } from '../../src/main/data/db';
import { currentVersion, migrate } from '../../src/main/data/migrate';

const now = () => new Date('2026-11-25T14:00:00.000Z');
const freshStore = () => openStore(join(mkdtempSync(join(tmpdir(), 'chairside-mig-')), 'chairside.db'));

/** Puts a little of everything into whatever tables exist, so a later migration meets real rows. */
async function seedWhateverExists(store: Store): Promise<number> {
  const tables = store.sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'patients'").all();
  if (tables.length === 0) return 0;
  const row = {
    clinic_id: '019a0000-0000-7000-8000-00000000c11c',
    device_id: '019a0000-0000-7000-8000-00000000de71',
    author_user_id: '019a0000-0000-7000-8000-0000000005e1',
    created_at: now().toISOString(),
  };
  store.sqlite.prepare(`INSERT INTO patients (id, clinic_id, device_id, author_user_id, created_at, family_name, given_name, date_of_birth, mrn)
    VALUES ('019a0000-0000-7000-8000-000000000001', @clinic_id, @device_id, @author_user_id, @created_at, 'Rivera', 'Ana', '1984-02-29', NULL)`).run(row);
  return 1;
}

describe('migrations', () => {
  it('are numbered in increasing steps of 10', () => {
    const versions = migrations.map((m) => m.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    for (const v of versions) expect(v % 10).toBe(0);
    expect(new Set(versions).size).toBe(versions.length);
  });

  it('bring an empty database to the newest version and pass the integrity checks', async () => {
    const store = freshStore();
    const result = await migrate(store, migrations, { now });
    expect(result.to).toBe(migrations.at(-1)!.version);
    expect(store.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(store.sqlite.pragma('foreign_key_check')).toEqual([]);
    await store.close();
  });

  it.each(migrations.map((m, i) => [m.version, m.name, i] as const))(
    'migration %i (%s) applies on top of the previous version holding data and keeps it',
    async (version, _name, index) => {
      const store = freshStore();
      if (index > 0) await migrate(store, migrations, { now, target: migrations[index - 1].version });
      const seeded = await seedWhateverExists(store);
      await migrate(store, migrations, { now, target: version });
      expect(await currentVersion(store)).toBe(version);
      const patients = store.sqlite.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'patients'").get() as { n: number };
      if (patients.n > 0 && seeded > 0) {
        expect(store.sqlite.prepare('SELECT family_name FROM patients').get()).toEqual({ family_name: 'Rivera' });
      }
      expect(store.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
      await store.close();
    },
  );

  it('roll back a failing migration whole, version record included', async () => {
    const store = freshStore();
    await migrate(store, migrations, { now });
    const newest = migrations.at(-1)!.version;
    const broken: Migration = {
      version: newest + 10,
      name: 'broken',
      up: async (db: Kysely<unknown>) => {
        await sql`CREATE TABLE half_done (x TEXT) STRICT`.execute(db);
        await sql`INSERT INTO no_such_table VALUES (1)`.execute(db);
      },
    };
    await expect(migrate(store, [...migrations, broken], { now })).rejects.toThrow(/no_such_table/);
    expect(await currentVersion(store)).toBe(newest);
    expect(store.sqlite.prepare("SELECT name FROM sqlite_master WHERE name = 'half_done'").all()).toEqual([]);
    await store.close();
  });

  it('copy the file aside before the first pending migration', async () => {
    const store = freshStore();
    await migrate(store, migrations, { now, target: migrations[0].version });
    const next: Migration = { version: migrations.at(-1)!.version + 10, name: 'next', up: async (db) => void (await sql`CREATE TABLE later (x TEXT) STRICT`.execute(db)) };
    const result = await migrate(store, [...migrations, next], { now });
    expect(result.backupFile).not.toBeNull();
    expect(existsSync(result.backupFile!)).toBe(true);
    // The next migration's copy holds everything the earlier one did: only the newest copy is kept.
    const later: Migration = { version: next.version + 10, name: 'later', up: async (db) => void (await sql`CREATE TABLE latest (x TEXT) STRICT`.execute(db)) };
    const again = await migrate(store, [...migrations, next, later], { now });
    expect(again.backupFile).toBe(`${store.file}.before-${later.version}.bak`);
    expect(readdirSync(dirname(store.file)).filter((name) => name.endsWith('.bak'))).toEqual([basename(again.backupFile!)]);
    await store.close();
  });

  it('apply a migration numbered below the newest applied one when it was never recorded', async () => {
    const store = freshStore();
    // 0110 (an index) came in after 0200 had been applied on some databases during development.
    const skipped = migrations.find((m) => m.version === 110)!;
    await migrate(store, migrations.filter((m) => m !== skipped), { now });
    expect((await migrate(store, migrations, { now })).backupFile).not.toBeNull();
    const versions = store.sqlite.prepare('SELECT version FROM schema_migrations ORDER BY version').pluck().all();
    expect(versions).toEqual(migrations.map((m) => m.version));
    expect(skipped).toBeDefined();
    await store.close();
  });

  it('refuse a database written by a newer Chairside and change nothing', async () => {
    const store = freshStore();
    await migrate(store, migrations, { now });
    store.sqlite.prepare("INSERT INTO schema_migrations VALUES (99990, 'from the future', '2030-01-01T00:00:00.000Z')").run();
    const error = await migrate(store, migrations, { now }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DatabaseUnusableError);
    expect((error as DatabaseUnusableError).message).toContain('newer Chairside');
    expect(await currentVersion(store)).toBe(99990);
    await store.close();
  });
});
