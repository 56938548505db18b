// `npm run restore -- <backup file> [--data-dir DIR]`: puts a backup in place of the chart database while the app is
// closed. The file it replaces is kept beside it; the restored file is opened and migrated as a start would.
import { homedir } from 'node:os';
import { isAbsolute, join, resolve } from 'node:path';
import { migrations } from '../db/migrations';
import { backupsDir, putBackupInPlace, undoPutInPlace } from '../src/main/data/backup-files';
import { openStore } from '../src/main/data/db';
import { migrate } from '../src/main/data/migrate';
import { DATABASE_FILE_NAME } from '../src/main/core';

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const at = args.indexOf('--data-dir');
  const dataDir = at >= 0 ? resolve(args[at + 1]) : process.env.CHAIRSIDE_DATA_DIR || join(homedir(), '.chairside');
  const given = args.filter((_, i) => i !== at && i !== at + 1)[0];
  if (!given) {
    console.error('Usage: npm run restore -- <backup file or name> [--data-dir DIR]   (quit Chairside first)');
    return 2;
  }
  // A bare name is looked up in the data folder's backups; anything else is a path.
  const backup = isAbsolute(given) || given.includes('/') ? resolve(given) : join(backupsDir(dataDir), given);
  const dbFile = join(dataDir, DATABASE_FILE_NAME);
  const now = new Date();
  let replaced: string | null = null;
  try {
    replaced = putBackupInPlace(backup, dbFile, now).replacedFile;
    const store = openStore(dbFile);
    try {
      await migrate(store, migrations, { now: () => now });
    } finally {
      await store.close();
    }
  } catch (error) {
    if (replaced) undoPutInPlace(dbFile, replaced);
    console.error(`Nothing was restored: ${(error as Error).message}`);
    return 1;
  }
  console.log(`Restored ${backup} into ${dbFile}.`);
  if (replaced) console.log(`The database it replaced is kept at ${replaced}.`);
  return 0;
}

void main().then((code) => process.exit(code));
