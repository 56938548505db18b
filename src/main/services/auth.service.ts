// Sign-in channels: first-run administrator, sign in / unlock / switch user, lock, sign out, the lock screen's user
// list, creating users, and the sign-in settings. The signed-in state lives in ctx.auth (main side only).
import type { ParsedRequestOf } from '../../shared/contract/envelope';
import { DomainError } from '../../shared/contract/envelope';
import type { z } from 'zod';
import type { boardSchema } from '../../shared/contract/board.contract';
import type {
  AuthStatus,
  changeOwnSecret,
  LockedBoard,
  createUser,
  setupAdministrator,
  signIn,
  updateAuthSettings,
  User,
} from '../../shared/contract/auth.contract';
import { authSettingDefinitions, authSettingKeys, authSettingProblem, type AuthSettings } from '../../shared/domain/auth-settings';
import { recordAuditEvent } from '../data/audit.writer';
import type { UsersTable } from '../data/schema';
import { countUsers, insertUser, listUsersByName, readAuthSettings, writeAuthSetting } from '../data/users.store';
import { checkSecret } from './auth/credentials';
import { hashSecret } from './auth/secrets';
import type { SessionUser } from './auth/auth-state';
import type { Role, ServiceContext } from './context';

export async function getStatus(ctx: ServiceContext): Promise<AuthStatus> {
  const settings = await ctx.auth.settings(ctx.store);
  const holder = ctx.auth.user;
  const active = ctx.auth.active();
  return {
    setupNeeded: (await countUsers(ctx.store.read)) === 0,
    user: active ? toUser(active) : null,
    locked: ctx.auth.locked,
    lockedUser: ctx.auth.locked && holder ? { id: holder.userId, displayName: holder.displayName, initials: holder.initials } : null,
    idleLockMinutes: settings.idleLockMinutes,
  };
}

export async function setupFirstAdministrator(ctx: ServiceContext, input: ParsedRequestOf<typeof setupAdministrator>) {
  if (input.secret.length < 8) {
    throw new DomainError('invalid_input', 'An administrator needs a password or PIN of at least 8 characters.', 'secret');
  }
  const id = ctx.newId();
  const user = await newUserRows(ctx, { ...input, role: 'administrator' }, id, id);
  const now = ctx.clock.now();
  await ctx.store.write(async (db) => {
    if ((await countUsers(db)) > 0) throw new DomainError('conflict', 'This workstation already has an administrator: sign in instead.');
    await insertUser(db, user.row, user.credential);
    await recordAuditEvent(db, ctx, { action: 'sign_in', userId: id, at: now, detail: { firstRun: true } });
  });
  ctx.auth.begin(toSessionUser(user.row), now);
  return getStatus(ctx);
}

export async function signInUser(ctx: ServiceContext, input: ParsedRequestOf<typeof signIn>) {
  const user = await checkSecret(ctx, input.userId, input.secret, { failure: 'sign_in_failed' });
  const before = ctx.auth.user;
  const now = ctx.clock.now();
  const action = !before ? 'sign_in' : before.userId === user.id ? (ctx.auth.locked ? 'unlock' : 'sign_in') : 'switch_user';
  await ctx.store.write((db) =>
    recordAuditEvent(db, ctx, {
      action,
      userId: user.id,
      at: now,
      ...(action === 'switch_user' ? { detail: { from: before!.userId } } : {}),
    }),
  );
  ctx.auth.begin(toSessionUser(user), now);
  return getStatus(ctx);
}

export async function signOutUser(ctx: ServiceContext) {
  const holder = ctx.auth.user;
  if (holder) {
    const now = ctx.clock.now();
    await ctx.store.write((db) =>
      recordAuditEvent(db, ctx, { action: 'sign_out', userId: holder.userId, at: now, ...(ctx.auth.locked ? { detail: { whileLocked: true } } : {}) }),
    );
    ctx.auth.end();
  }
  return getStatus(ctx);
}

export async function lockWorkstation(ctx: ServiceContext) {
  const active = ctx.auth.active();
  if (active) {
    const now = ctx.clock.now();
    await ctx.store.write((db) => recordAuditEvent(db, ctx, { action: 'lock', userId: active.userId, at: now, detail: { reason: 'manual' } }));
    ctx.auth.lock();
  }
  return getStatus(ctx);
}

export async function listUsersForLockScreen(ctx: ServiceContext) {
  const users = await listUsersByName(ctx.store.read);
  return users.map((u) => ({ id: u.id, displayName: u.display_name, initials: u.initials }));
}

/** Activity was counted by the dispatcher's gate; the answer lets the renderer refresh what it shows. */
export async function noteUserActivity(ctx: ServiceContext) {
  return getStatus(ctx);
}

export async function createNewUser(ctx: ServiceContext, input: ParsedRequestOf<typeof createUser>): Promise<User> {
  if (input.role === 'administrator' && input.secret.length < 8) {
    throw new DomainError('invalid_input', 'An administrator needs a password or PIN of at least 8 characters.', 'secret');
  }
  const user = await newUserRows(ctx, input, ctx.newId(), ctx.actor.userId);
  await ctx.store.write(async (db) => {
    const same = await db
      .selectFrom('users')
      .select('id')
      .where((eb) => eb(eb.fn('lower', ['display_name']), '=', input.displayName.toLowerCase()))
      .executeTakeFirst();
    if (same) throw new DomainError('conflict', `A user named ${input.displayName} already exists.`, 'displayName');
    await insertUser(db, user.row, user.credential);
  });
  return toUser(toSessionUser(user.row));
}

/** Keeps what a passer-by may see on the locked board: chair, initials, phase, timers, alerts. */
export function toLockedBoard(board: z.input<typeof boardSchema>): LockedBoard {
  return {
    now: board.now,
    chairs: board.chairs.map((row) => {
      if (!row.session) return { chair: row.chair, name: row.name, session: null, waiting: row.waiting };
      const { sessionId: _s, patientId: _p, familyName: _f, givenName: _g, ...shown } = row.session;
      return { chair: row.chair, name: row.name, session: shown, waiting: row.waiting };
    }),
  };
}

export async function changeSignedInUserSecret(ctx: ServiceContext, input: ParsedRequestOf<typeof changeOwnSecret>): Promise<User> {
  const user = await checkSecret(ctx, ctx.actor.userId, input.currentSecret, { failure: 'sign_in_failed', detail: { changingSecret: true } });
  if (user.role === 'administrator' && input.newSecret.length < 8) {
    throw new DomainError('invalid_input', 'An administrator needs a password or PIN of at least 8 characters.', 'newSecret');
  }
  const hashed = await hashSecret(input.newSecret, ctx.auth.scrypt);
  const now = ctx.clock.now();
  await ctx.store.write(async (db) => {
    await db
      .updateTable('user_credentials')
      .set({
        kind: /^\d+$/.test(input.newSecret) ? 'pin' : 'password',
        salt: hashed.salt,
        hash: hashed.hash,
        params: JSON.stringify(hashed.params),
        set_at: now.toISOString(),
      })
      .where('user_id', '=', user.id)
      .execute();
    await recordAuditEvent(db, ctx, { action: 'credential_change', userId: user.id, at: now, recordTable: 'users', recordId: user.id });
  });
  return toUser(toSessionUser(user));
}

export async function getSignInSettings(ctx: ServiceContext) {
  return settingsView(await readAuthSettings(ctx.store.read));
}

export async function updateSignInSettings(ctx: ServiceContext, input: ParsedRequestOf<typeof updateAuthSettings>) {
  const changes = Object.entries(input.changes) as [keyof AuthSettings, number][];
  for (const [key, value] of changes) {
    const problem = authSettingProblem(key, value);
    if (problem) throw new DomainError('invalid_input', problem, `changes.${key}`);
  }
  const now = ctx.clock.now();
  const updated = await ctx.store.write(async (db) => {
    const current = await readAuthSettings(db);
    for (const [key, value] of changes) {
      if (current[key] === value) continue;
      await writeAuthSetting(db, key, value);
      await recordAuditEvent(db, ctx, {
        action: 'setting_change',
        userId: ctx.actor.userId,
        at: now,
        recordTable: 'auth_settings',
        recordId: key,
        detail: { key, from: current[key], to: value },
      });
    }
    return { ...current, ...Object.fromEntries(changes) } as AuthSettings;
  });
  ctx.auth.settingsChanged(updated);
  return settingsView(updated);
}

function settingsView(settings: AuthSettings) {
  return authSettingKeys.map((key) => ({ key, ...authSettingDefinitions[key], value: settings[key] }));
}

async function newUserRows(
  ctx: ServiceContext,
  input: { displayName: string; initials?: string; secret: string; role: Role },
  id: string,
  createdBy: string,
) {
  const hashed = await hashSecret(input.secret, ctx.auth.scrypt);
  const now = ctx.clock.now().toISOString();
  const row: UsersTable = {
    id,
    clinic_id: ctx.workstation.clinicId,
    device_id: ctx.workstation.deviceId,
    display_name: input.displayName,
    initials: input.initials ?? initialsOf(input.displayName),
    role: input.role,
    created_by: createdBy,
    created_at: now,
  };
  const credential = {
    user_id: id,
    kind: /^\d+$/.test(input.secret) ? ('pin' as const) : ('password' as const),
    salt: hashed.salt,
    hash: hashed.hash,
    params: JSON.stringify(hashed.params),
    set_at: now,
  };
  return { row, credential };
}

/** "Ana María Ruiz" → "AMR" (at most three letters). */
export function initialsOf(name: string): string {
  const letters = name
    .split(/[\s-]+/)
    .map((word) => word.match(/\p{L}/u)?.[0] ?? '')
    .filter(Boolean)
    .slice(0, 3)
    .join('')
    .toUpperCase();
  return letters || 'U';
}

function toSessionUser(row: UsersTable): SessionUser {
  return { userId: row.id, displayName: row.display_name, initials: row.initials, role: row.role };
}

function toUser(user: SessionUser): User {
  return { id: user.userId, displayName: user.displayName, initials: user.initials, role: user.role };
}
