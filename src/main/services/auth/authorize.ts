// The dispatcher's gate: locks an idle workstation, refuses channels that need a signed-in user or a role, counts a
// call as activity, and answers with the acting user. Every channel passes here; no service checks sign-in itself.
import { DomainError, type ChannelDef } from '../../../shared/contract/envelope';
import { recordAuditEvent } from '../../data/audit.writer';
import type { Actor, ServiceDeps } from '../context';

/**
 * The actor on open channels while nobody is signed in; it never authors a record (open channels write none). Not a
 * UUID: were it ever written as an author or audit user, the store refuses it (uuid-bytes.ts, 0500_ids_as_bytes).
 */
export const NOBODY: Actor = { userId: 'nobody' };

export function createAuthorizer(deps: Pick<ServiceDeps, 'store' | 'clock' | 'workstation' | 'auth'>) {
  return async function authorize(def: ChannelDef): Promise<Actor> {
    const now = deps.clock.now();
    const settings = await deps.auth.settings(deps.store);
    const idleLockAt = deps.auth.idleLockDue(now, settings);
    if (idleLockAt) {
      const user = deps.auth.user!;
      deps.auth.lock();
      await deps.store.write((db) =>
        recordAuditEvent(db, deps, { action: 'lock', userId: user.userId, at: idleLockAt, detail: { reason: 'idle' } }),
      );
    }

    const user = deps.auth.active();
    if (def.guard.access !== 'open' && !user) {
      throw new DomainError(
        'unauthenticated',
        deps.auth.locked ? 'The workstation is locked: unlock it with your PIN. Nothing was saved.' : 'Sign in first. Nothing was saved.',
      );
    }
    if (def.guard.roles && !(user && def.guard.roles.includes(user.role))) {
      throw new DomainError('forbidden', `Only ${def.guard.roles.map((r) => `${r}s`).join(' or ')} may do this.`);
    }
    if (user && def.guard.activity !== false) deps.auth.touch(now);
    return user ? { userId: user.userId, role: user.role, displayName: user.displayName } : NOBODY;
  };
}
