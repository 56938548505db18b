// Sign-in and the workstation's lock: first-run administrator, sign in / unlock / switch user, lock, sign out,
// the user list for the lock screen, creating users, and the sign-in settings. The main side holds who is signed in.
import { z } from 'zod';
import { channel } from './envelope';
import { idSchema, personNameSchema } from './common';
import { authSettingKeySchema } from '../domain/auth-settings';
import { boardSchema, boardSessionSchema } from './board.contract';

export const roleSchema = z.enum(['nurse', 'physician', 'administrator']);
export type RoleName = z.infer<typeof roleSchema>;

/** A PIN of 4 to 12 digits for the bedside, or a password of 8 or more characters. */
export const secretSchema = z
  .string()
  .max(128, 'At most 128 characters.')
  .refine((s) => /^\d{4,12}$/.test(s) || s.length >= 8, 'Use a PIN of 4 to 12 digits, or a password of at least 8 characters.');

export const initialsSchema = z
  .string()
  .trim()
  .min(1, 'Required.')
  .max(4, 'At most 4 letters.')
  .regex(/^\p{L}+$/u, 'Letters only.')
  .transform((s) => s.toUpperCase());

/** What the lock screen may show of a user: a name to pick, and initials. */
export const userSummarySchema = z.object({ id: idSchema, displayName: z.string(), initials: z.string() });
export type UserSummary = z.infer<typeof userSummarySchema>;

export const userSchema = userSummarySchema.extend({ role: roleSchema });
export type User = z.infer<typeof userSchema>;

export const authStatusSchema = z.object({
  /** No user exists yet: the first start asks for an administrator. */
  setupNeeded: z.boolean(),
  /** The signed-in user while the workstation is unlocked; null when nobody is signed in or it is locked. */
  user: userSchema.nullable(),
  locked: z.boolean(),
  /** Whose session the lock holds (they can unlock; anyone else switches user). */
  lockedUser: userSummarySchema.nullable(),
  idleLockMinutes: z.number(),
});
export type AuthStatus = z.infer<typeof authStatusSchema>;

const newUserFields = {
  displayName: personNameSchema,
  /** Defaults to the first letters of the name's words. */
  initials: initialsSchema.optional(),
  secret: secretSchema,
};

export const getAuthStatus = channel('auth:get-status', z.strictObject({}), authStatusSchema, [], { access: 'open', activity: false });

export const setupAdministrator = channel(
  'auth:setup-administrator',
  z.strictObject(newUserFields),
  authStatusSchema,
  ['conflict'],
  { access: 'open' },
);

export const listUsers = channel('auth:list-users', z.strictObject({}), z.array(userSummarySchema), [], { access: 'open', activity: false });

/** Signs in, unlocks (same user) or switches user (another user) with that user's PIN or password. */
export const signIn = channel(
  'auth:sign-in',
  z.strictObject({ userId: idSchema, secret: z.string().min(1, 'Required.').max(128) }),
  authStatusSchema,
  ['unauthenticated', 'forbidden', 'not_found'],
  { access: 'open' },
);

export const signOut = channel('auth:sign-out', z.strictObject({}), authStatusSchema, [], { access: 'open' });

export const lock = channel('auth:lock', z.strictObject({}), authStatusSchema, [], { access: 'open' });

/** The renderer reports keyboard or pointer use (at most about once a minute), which postpones the idle lock. */
export const noteActivity = channel('auth:note-activity', z.strictObject({}), authStatusSchema);

export const createUser = channel(
  'auth:create-user',
  z.strictObject({ ...newUserFields, role: roleSchema }),
  userSchema,
  ['conflict'],
  { roles: ['administrator'] },
);

/** The signed-in user replaces their own PIN or password (the current one is checked, under the same throttle). */
export const changeOwnSecret = channel(
  'auth:change-secret',
  z.strictObject({ currentSecret: z.string().min(1, 'Required.').max(128), newSecret: secretSchema }),
  userSchema,
  ['unauthenticated', 'forbidden'],
);

export const authSettingsSchema = z.array(
  z.object({
    key: authSettingKeySchema,
    label: z.string(),
    unit: z.string(),
    defaultValue: z.number(),
    min: z.number(),
    max: z.number(),
    value: z.number(),
  }),
);

export const getAuthSettings = channel('auth:get-settings', z.strictObject({}), authSettingsSchema, [], { roles: ['administrator'] });

export const updateAuthSettings = channel(
  'auth:update-settings',
  z.strictObject({
    changes: z
      .partialRecord(authSettingKeySchema, z.number({ message: 'Must be a number.' }))
      .refine((c) => Object.keys(c).length > 0, 'Change at least one setting.'),
  }),
  authSettingsSchema,
  [],
  { roles: ['administrator'] },
);

/** The room board as the lock screen shows it: phase, timers and alerts with initials only (no names, no ids). */
export const lockedBoardSessionSchema = boardSessionSchema.omit({ sessionId: true, patientId: true, familyName: true, givenName: true });
export const lockedBoardSchema = boardSchema.extend({
  chairs: z.array(z.object({ chair: z.number().int(), name: z.string().nullable(), session: lockedBoardSessionSchema.nullable(), waiting: z.number().int().nonnegative() })),
});
export type LockedBoard = z.infer<typeof lockedBoardSchema>;

export const getLockedBoard = channel('auth:locked-board', z.strictObject({}), lockedBoardSchema, [], { access: 'open', activity: false });
