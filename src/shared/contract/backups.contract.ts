// Backups of the chart database: make one now, list them with the retention in force, restore one, set retention.
import { z } from 'zod';
import { channel } from './envelope';
import { instantSchema } from './common';

export const backupSchema = z.object({
  name: z.string().describe('file name inside the backups folder'),
  createdAt: instantSchema,
  bytes: z.number().int(),
});
export type Backup = z.infer<typeof backupSchema>;

/** Only names the app itself gave: a path or anything else outside the backups folder is refused. */
const backupNameSchema = z
  .string()
  .regex(/^chairside-\d{8}T\d{9}Z\.db$/, 'Not the name of a Chairside backup.')
  .describe('as listed by backups:list');

export const createBackup = channel('backups:create', z.strictObject({}), backupSchema, ['storage_full', 'storage_error']);

export const listBackups = channel(
  'backups:list',
  z.strictObject({}),
  z.object({
    backups: z.array(backupSchema).describe('newest first'),
    retentionDays: z.number().int().describe('backups older than this are removed, the newest always kept'),
    folder: z.string(),
    /** Set once the full check, run after start, has found the chart file damaged: charting is stopped. */
    damage: z.string().nullable(),
  }),
);

export const restoreBackup = channel(
  'backups:restore',
  z.strictObject({ name: backupNameSchema }),
  z.object({
    restored: backupSchema,
    /** The database the restore replaced, kept beside it (never deleted). */
    replacedFile: z.string().nullable(),
  }),
  ['not_found', 'conflict', 'storage_error'],
  { roles: ['administrator'] },
);

export const setBackupRetention = channel(
  'backups:set-retention',
  z.strictObject({
    days: z.number().int('Whole days.').min(1, 'Keep backups at least 1 day.').max(3650, 'At most 3650 days.'),
  }),
  z.object({ retentionDays: z.number().int() }),
  [],
  { roles: ['administrator'] },
);

/** Whether charting can go on: polled by every screen (and the lock and sign-in screens), so it is open and no activity. */
export const getStorageStatus = channel(
  'storage:status',
  z.strictObject({}),
  z.object({
    damage: z.string().nullable().describe('set once the full check has found the chart file damaged: saving has stopped'),
  }),
  [],
  { access: 'open', activity: false },
);
