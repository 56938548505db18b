// Checks a user's PIN or password against the stored hash, under the throttle: a locked or slowed account is refused
// without looking at the secret; each failure is counted and audited; success clears the count.
import { format } from 'date-fns';
import { DomainError } from '../../../shared/contract/envelope';
import { afterFailure, attemptVerdict, NO_FAILURES } from '../../../shared/domain/sign-in-throttle';
import { recordAuditEvent, type AuditAction } from '../../data/audit.writer';
import { findCredential, findUser, readThrottle, writeThrottle } from '../../data/users.store';
import type { UsersTable } from '../../data/schema';
import type { ServiceDeps } from '../context';
import { secretMatches, type ScryptParams } from './secrets';

export type CredentialDeps = Pick<ServiceDeps, 'store' | 'clock' | 'workstation' | 'auth'>;

export interface CheckPurpose {
  /** The audit action written on a failure. */
  readonly failure: Extract<AuditAction, 'sign_in_failed' | 'approval_failed'>;
  readonly detail?: Record<string, unknown>;
}

export function checkSecret(deps: CredentialDeps, userId: string, secret: string, purpose: CheckPurpose): Promise<UsersTable> {
  return deps.auth.serialize(() => check(deps, userId, secret, purpose));
}

async function check(deps: CredentialDeps, userId: string, secret: string, purpose: CheckPurpose): Promise<UsersTable> {
  const user = await findUser(deps.store.read, userId);
  const credential = user && (await findCredential(deps.store.read, userId));
  if (!user || !credential) throw new DomainError('unauthenticated', 'That user is not known on this workstation.', 'userId');
  const settings = await deps.auth.settings(deps.store);
  const throttle = await readThrottle(deps.store.read, userId);

  const verdict = attemptVerdict(throttle, deps.clock.now(), settings);
  if (!verdict.allowed) {
    const now = deps.clock.now();
    await deps.store.write((db) =>
      recordAuditEvent(db, deps, { action: purpose.failure, userId, at: now, detail: { ...purpose.detail, refused: verdict.reason } }),
    );
    throw new DomainError(
      'forbidden',
      verdict.reason === 'locked'
        ? `Too many wrong attempts: ${user.display_name}'s account is locked until ${format(verdict.until, 'HH:mm')}.`
        : `Too many wrong attempts: wait ${Math.ceil((verdict.until.getTime() - now.getTime()) / 1000)} seconds, then try again.`,
      'secret',
    );
  }

  const params = JSON.parse(credential.params) as ScryptParams;
  const matches = await secretMatches(secret, { salt: credential.salt, hash: credential.hash, params });
  const now = deps.clock.now();
  if (!matches) {
    const next = afterFailure(throttle, now, settings);
    await deps.store.write(async (db) => {
      await writeThrottle(db, userId, next);
      await recordAuditEvent(db, deps, {
        action: purpose.failure,
        userId,
        at: now,
        detail: { ...purpose.detail, failures: next.failures, ...(next.lockedUntil ? { lockedUntil: next.lockedUntil.toISOString() } : {}) },
      });
    });
    throw new DomainError(
      'unauthenticated',
      next.lockedUntil
        ? `Wrong PIN or password. Too many wrong attempts: the account is locked until ${format(next.lockedUntil, 'HH:mm')}.`
        : 'Wrong PIN or password.',
      'secret',
    );
  }
  if (throttle.failures > 0) await deps.store.write((db) => writeThrottle(db, userId, NO_FAILURES));
  return user;
}
