// Approvals for physician-only actions and the waste witness: that person types their own PIN at that moment.
import { DomainError } from '../../../shared/contract/envelope';
import { recordAuditEvent } from '../../data/audit.writer';
import type { Approvals, ApproverCredentials, Role, VerifiedApprover } from '../context';
import { checkSecret, type CredentialDeps } from './credentials';

const ROLE_WORDS: Record<Role, string> = { nurse: 'a nurse or physician', physician: 'a physician', administrator: 'an administrator' };

/** A witness ('nurse') may be a nurse or a physician; a physician-only action needs a physician. */
export function roleSatisfies(held: Role, needed: Role): boolean {
  return held === needed || (needed === 'nurse' && held === 'physician');
}

/**
 * Call verify() before store.write(), never inside it: it runs scrypt and writes its own audit row.
 * Each attempt counts toward the approver's lockout, like a sign-in.
 */
export function createApprovals(deps: CredentialDeps): Approvals {
  return {
    async verify(credentials: ApproverCredentials, role: Role, purpose: string): Promise<VerifiedApprover> {
      const detail = { purpose, requiredRole: role, actingUserId: deps.auth.active()?.userId ?? null };
      const user = await checkSecret(deps, credentials.userId, credentials.secret, { failure: 'approval_failed', detail });
      const refusal = !roleSatisfies(user.role, role)
        ? `${user.display_name} is not ${ROLE_WORDS[role]}: ${purpose} needs ${ROLE_WORDS[role]}.`
        : role === 'nurse' && user.id === deps.auth.active()?.userId
          ? 'A witness must be a second person, not the signed-in user.'
          : null;
      const now = deps.clock.now();
      await deps.store.write((db) =>
        recordAuditEvent(db, deps, {
          action: refusal ? 'approval_failed' : 'approval',
          userId: user.id,
          at: now,
          detail: refusal ? { ...detail, refused: 'role' } : detail,
        }),
      );
      if (refusal) throw new DomainError('forbidden', refusal);
      return { userId: user.id, displayName: user.display_name, role: user.role };
    },
  };
}
