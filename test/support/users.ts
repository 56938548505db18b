// The staff every test core and e2e harness starts with: an administrator, a nurse and a physician, with their PINs.
import { contract } from '../../src/shared/contract';
import type { Dispatch } from '../../src/main/ipc/handle';
import type { ScryptParams } from '../../src/main/services/auth/secrets';

export interface TestUser {
  readonly userId: string;
  readonly secret: string;
  readonly displayName: string;
}

export interface TestUsers {
  readonly admin: TestUser;
  readonly nurse: TestUser;
  readonly physician: TestUser;
  /** A second nurse, e.g. as a waste witness. */
  readonly nurse2: TestUser;
}
export type TestRole = keyof TestUsers;

/**
 * scrypt at a tiny cost so each test core starts in milliseconds; the stored params make every check use the cost
 * the hash was made with. The production cost (OWASP) is proven in test/main/services/auth/secrets.test.ts.
 */
export const TEST_SCRYPT: ScryptParams = { N: 2 ** 10, r: 8, p: 1, keylen: 64 };

const STAFF = {
  admin: { displayName: 'Avery Admin', secret: 'admin-password-1' },
  nurse: { displayName: 'Nora Nurse', secret: '2468' },
  physician: { displayName: 'Paul Physician', secret: '1357' },
  nurse2: { displayName: 'Nia Second', secret: '8642' },
} as const;

async function must(dispatch: Dispatch, channel: { name: string }, payload: unknown): Promise<unknown> {
  const answer = await dispatch(channel.name, payload, { senderTrusted: true });
  if (!answer.ok) throw new Error(`${channel.name} refused while seeding users: ${answer.error.code}: ${answer.error.message}`);
  return answer.value;
}

/** On a fresh database: sets up the administrator, creates the others, and leaves `signedIn` (default nurse) signed in. */
export async function seedUsers(dispatch: Dispatch, signedIn: TestRole | null = 'nurse'): Promise<TestUsers> {
  const status = (await must(dispatch, contract.auth.setupAdministrator, { displayName: STAFF.admin.displayName, secret: STAFF.admin.secret })) as {
    user: { id: string };
  };
  const made: Record<string, TestUser> = { admin: { userId: status.user.id, ...STAFF.admin } };
  for (const [role, staff] of [['nurse', STAFF.nurse], ['physician', STAFF.physician], ['nurse2', STAFF.nurse2]] as const) {
    const user = (await must(dispatch, contract.auth.createUser, {
      displayName: staff.displayName,
      secret: staff.secret,
      role: role === 'nurse2' ? 'nurse' : role,
    })) as { id: string };
    made[role] = { userId: user.id, ...staff };
  }
  const users = made as unknown as TestUsers;
  await must(dispatch, contract.auth.signOut, {});
  if (signedIn) await signInAs(dispatch, users[signedIn]);
  return users;
}

/** The users already on a database (after a restart), matched by name. */
export async function existingUsers(dispatch: Dispatch): Promise<TestUsers> {
  const list = (await must(dispatch, contract.auth.listUsers, {})) as { id: string; displayName: string }[];
  const find = (key: TestRole) => {
    const user = list.find((u) => u.displayName === STAFF[key].displayName);
    if (!user) throw new Error(`No ${key} on this database.`);
    return { userId: user.id, ...STAFF[key] };
  };
  return { admin: find('admin'), nurse: find('nurse'), physician: find('physician'), nurse2: find('nurse2') };
}

export async function signInAs(dispatch: Dispatch, user: TestUser): Promise<void> {
  await must(dispatch, contract.auth.signIn, { userId: user.userId, secret: user.secret });
}
