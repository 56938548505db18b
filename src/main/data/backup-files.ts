// The backups folder on disk: online backup into a temporary file, integrity check, rename into place; listing,
// rotation, and putting a backup back in place of the chart database (the replaced file is kept, never deleted).
import { closeSync, copyFileSync, existsSync, fsyncSync, mkdirSync, openSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { checkFile, copyAndCheckInWorker, DAMAGE_MARK_SUFFIX, type FileCheckRequest, type FileCheckResult } from './soundness';

export const BACKUPS_FOLDER = 'backups';
const NAME = /^chairside-(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(\d{3})Z\.db$/;

export interface BackupFile {
  readonly name: string;
  readonly file: string;
  readonly createdAt: string;
  readonly bytes: number;
}

export function backupsDir(dataDir: string): string {
  return join(dataDir, BACKUPS_FOLDER);
}

function nameFor(at: Date): string {
  return `chairside-${at.toISOString().replace(/[-:]/g, '').replace('.', '')}.db`;
}

function createdAtOf(name: string): string | null {
  const m = NAME.exec(name);
  return m ? `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}.${m[7]}Z` : null;
}

/** Makes a rename survive a power cut: the file's bytes first, then the folder entry. */
function fsyncPath(path: string): void {
  const fd = openSync(path, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** What a backup must pass: integrity_check, and that it is a Chairside record at all. */
function backupCheck(file: string, nativeBinding?: string): FileCheckRequest {
  return { file, nativeBinding, pragma: 'integrity_check', foreignKeys: false, requiredTables: ['schema_migrations', 'entries'] };
}

function problemsOf(result: FileCheckResult): string[] {
  return 'problems' in result ? result.problems : [`it cannot be read (${result.failed})`];
}

/**
 * Problems found in a database file; [] when sound. Runs on the calling thread: for a restore or a refused start,
 * when nothing else is going on. A backup being made is checked in a worker (writeBackup).
 */
export function databaseFileProblems(file: string, nativeBinding?: string): string[] {
  return problemsOf(checkFile(BetterSqlite3, backupCheck(file, nativeBinding)));
}

/**
 * Online backup of the live chart file into backups/, checked before it is given its final name. The copy and its
 * check run in a worker (copyAndCheck); what is left here (a rename, two fsyncs) takes milliseconds.
 */
export async function writeBackup(databaseFile: string, dataDir: string, at: Date, nativeBinding?: string): Promise<BackupFile> {
  const dir = backupsDir(dataDir);
  mkdirSync(dir, { recursive: true });
  const name = nameFor(at);
  const temp = join(dir, `.${name}.partial`);
  await rm(temp, { force: true }); // off the main thread: a partial copy left by a crash is as big as the record
  try {
    const result = await copyAndCheckInWorker({ source: databaseFile, dest: temp, nativeBinding, check: backupCheck(temp, nativeBinding) }).result;
    if ('failed' in result && /^(SQLITE_FULL|ENOSPC)/.test(result.failed)) throw Object.assign(new Error('The disk is full.'), { code: 'SQLITE_FULL' });
    const problems = problemsOf(result);
    if (problems.length > 0) throw new Error(`The backup did not pass its check (${problems.slice(0, 3).join('; ')}).`);
    fsyncPath(temp);
    renameSync(temp, join(dir, name));
    fsyncPath(dir);
  } finally {
    await rm(temp, { force: true });
  }
  return { name, file: join(dir, name), createdAt: at.toISOString(), bytes: statSync(join(dir, name)).size };
}

/** Newest first. */
export function listBackups(dataDir: string): BackupFile[] {
  const dir = backupsDir(dataDir);
  if (!existsSync(dir)) return [];
  const found: BackupFile[] = [];
  for (const name of readdirSync(dir)) {
    const createdAt = createdAtOf(name);
    if (createdAt) found.push({ name, file: join(dir, name), createdAt, bytes: statSync(join(dir, name)).size });
  }
  return found.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

/** The newest backup that passes integrity_check, for the "restore the latest good backup" offer. */
export function latestGoodBackup(dataDir: string, nativeBinding?: string): BackupFile | null {
  return listBackups(dataDir).find((b) => databaseFileProblems(b.file, nativeBinding).length === 0) ?? null;
}

/** Deletes backups older than the retention, always keeping the newest one. Returns the names removed. */
export async function rotateBackups(dataDir: string, now: Date, retentionDays: number): Promise<string[]> {
  const cutoff = now.getTime() - retentionDays * 24 * 60 * 60 * 1000;
  const removed: string[] = [];
  for (const backup of listBackups(dataDir).slice(1)) {
    if (new Date(backup.createdAt).getTime() < cutoff) {
      await rm(backup.file, { force: true }); // freeing a file the size of the record took a second on the main thread
      removed.push(backup.name);
    }
  }
  return removed;
}

/** What belongs to a chart file and travels with it: its WAL, and the mark of damage found by the full check. */
const BESIDE_THE_FILE = ['-wal', '-shm', DAMAGE_MARK_SUFFIX];

/**
 * Puts `backupFile` in place of the (closed) chart database at `dbFile`. The file it replaces, with its WAL, is
 * moved aside as `<db>.replaced-<stamp>` so nothing charted is ever destroyed by a restore.
 */
export function putBackupInPlace(backupFile: string, dbFile: string, at: Date, nativeBinding?: string): { replacedFile: string | null } {
  const problems = databaseFileProblems(backupFile, nativeBinding);
  if (problems.length > 0) throw new Error(`${basename(backupFile)} cannot be restored: ${problems.slice(0, 3).join('; ')}.`);
  const stamp = at.toISOString().replace(/[-:.]/g, '');
  const temp = `${dbFile}.restoring`;
  copyFileSync(backupFile, temp);
  fsyncPath(temp);
  let replacedFile: string | null = null;
  if (existsSync(dbFile)) {
    replacedFile = `${dbFile}.replaced-${stamp}`;
    renameSync(dbFile, replacedFile);
  }
  for (const suffix of BESIDE_THE_FILE) {
    if (!existsSync(dbFile + suffix)) continue;
    // A WAL left without its database belongs to nothing we keep; one with it travels with the replaced file.
    if (replacedFile) renameSync(dbFile + suffix, replacedFile + suffix);
    else rmSync(dbFile + suffix, { force: true });
  }
  renameSync(temp, dbFile);
  fsyncPath(dirname(dbFile));
  return { replacedFile };
}

/** Undoes putBackupInPlace when the restored file will not open: the replaced file comes back. */
export function undoPutInPlace(dbFile: string, replacedFile: string | null): void {
  if (!replacedFile) return;
  rmSync(dbFile, { force: true });
  renameSync(replacedFile, dbFile);
  for (const suffix of BESIDE_THE_FILE) {
    rmSync(dbFile + suffix, { force: true });
    if (existsSync(replacedFile + suffix)) renameSync(replacedFile + suffix, dbFile + suffix);
  }
}
