// What a host says when the chart database cannot be used at start, and the restore it offers: the latest backup
// that passes integrity_check. Browser mode prints it; Electron shows it in a dialog (src/main/index.ts).
import { join } from 'node:path';
import { latestGoodBackup, putBackupInPlace, type BackupFile } from './data/backup-files';
import { DatabaseUnusableError } from './data/db';
import { DATABASE_FILE_NAME } from './core';

export interface StartupFailure {
  readonly title: string;
  readonly message: string;
  /** The backup to offer, when the failure is one a restore can cure and a sound backup exists. */
  readonly backup: BackupFile | null;
}

export function describeStartupFailure(error: unknown, dataDir: string, nativeBinding?: string): StartupFailure {
  const message = error instanceof Error ? error.message : String(error);
  // A newer schema is cured by updating the app, not by going back in time.
  const restorable = error instanceof DatabaseUnusableError && error.reason !== 'newer';
  const backup = restorable ? latestGoodBackup(dataDir, nativeBinding) : null;
  return { title: 'Chairside cannot open the chart database', message, backup };
}

/** The text browser mode prints: the reason, and how to restore the latest good backup if there is one. */
export function startupFailureText(failure: StartupFailure): string {
  const lines = [`Chairside could not start: ${failure.message}`];
  if (failure.backup) {
    lines.push(
      `The latest good backup is ${failure.backup.file} (made ${failure.backup.createdAt}).`,
      `To restore it, run:  npm run restore -- "${failure.backup.file}"`,
    );
  } else if (failure.message.includes('restore the latest good backup')) {
    lines.push('No good backup was found in the backups folder.');
  }
  return lines.join('\n');
}

/** Restores the offered backup in place of the unusable file (kept aside); the host then starts again. */
export function restoreOfferedBackup(failure: StartupFailure, dataDir: string, now: Date, nativeBinding?: string): string | null {
  if (!failure.backup) return null;
  return putBackupInPlace(failure.backup.file, join(dataDir, DATABASE_FILE_NAME), now, nativeBinding).replacedFile;
}
