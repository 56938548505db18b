// Users, their hashed secrets, sign-in throttling and the sign-in settings, as stored.
import type { AuthSettings } from '../../shared/domain/auth-settings';
import { authSettingKeys, DEFAULT_AUTH_SETTINGS } from '../../shared/domain/auth-settings';
import { NO_FAILURES, type ThrottleState } from '../../shared/domain/sign-in-throttle';
import type { ReadDb, WriteDb } from './db';
import type { UserCredentialsTable, UsersTable } from './schema';

type AnyDb = ReadDb | WriteDb;

export async function countUsers(db: AnyDb): Promise<number> {
  const row = await (db as ReadDb).selectFrom('users').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirst();
  return Number(row?.n ?? 0);
}

export async function findUser(db: AnyDb, userId: string): Promise<UsersTable | null> {
  return (await (db as ReadDb).selectFrom('users').selectAll().where('id', '=', userId).executeTakeFirst()) ?? null;
}

export async function listUsersByName(db: AnyDb): Promise<UsersTable[]> {
  return (db as ReadDb).selectFrom('users').selectAll().orderBy('display_name').execute();
}

export async function findCredential(db: AnyDb, userId: string): Promise<UserCredentialsTable | null> {
  return (await (db as ReadDb).selectFrom('user_credentials').selectAll().where('user_id', '=', userId).executeTakeFirst()) ?? null;
}

export async function insertUser(db: WriteDb, user: UsersTable, credential: UserCredentialsTable): Promise<void> {
  await db.insertInto('users').values(user).execute();
  await db.insertInto('user_credentials').values(credential).execute();
}

export async function readThrottle(db: AnyDb, userId: string): Promise<ThrottleState> {
  const row = await (db as ReadDb).selectFrom('sign_in_throttle').selectAll().where('user_id', '=', userId).executeTakeFirst();
  if (!row) return NO_FAILURES;
  return {
    failures: row.failures,
    lastFailedAt: new Date(row.last_failed_at),
    lockedUntil: row.locked_until ? new Date(row.locked_until) : null,
  };
}

export async function writeThrottle(db: WriteDb, userId: string, state: ThrottleState): Promise<void> {
  if (state.failures === 0) {
    await db.deleteFrom('sign_in_throttle').where('user_id', '=', userId).execute();
    return;
  }
  const row = {
    user_id: userId,
    failures: state.failures,
    last_failed_at: (state.lastFailedAt ?? new Date(0)).toISOString(),
    locked_until: state.lockedUntil?.toISOString() ?? null,
  };
  await db
    .insertInto('sign_in_throttle')
    .values(row)
    .onConflict((oc) => oc.column('user_id').doUpdateSet({ failures: row.failures, last_failed_at: row.last_failed_at, locked_until: row.locked_until }))
    .execute();
}

export async function readAuthSettings(db: AnyDb): Promise<AuthSettings> {
  const rows = await (db as ReadDb).selectFrom('auth_settings').selectAll().execute();
  const stored = new Map(rows.map((r) => [r.key, JSON.parse(r.value) as unknown]));
  const settings = { ...DEFAULT_AUTH_SETTINGS };
  for (const key of authSettingKeys) {
    const value = stored.get(key);
    if (typeof value === 'number') settings[key] = value;
  }
  return settings;
}

export async function writeAuthSetting(db: WriteDb, key: string, value: number): Promise<void> {
  await db
    .insertInto('auth_settings')
    .values({ key, value: JSON.stringify(value) })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value: JSON.stringify(value) }))
    .execute();
}
