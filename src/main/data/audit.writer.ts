// Appends an app event (sign-in, lock, print, export, setting change...) to the audit chain, inside the caller's write.
// Creates and corrections of records are appended by triggers (0200_users_and_audit), not here.
import type { WriteDb } from './db';

export type AuditAction =
  | 'sign_in'
  | 'sign_in_failed'
  | 'sign_out'
  | 'lock'
  | 'unlock'
  | 'switch_user'
  | 'approval'
  | 'approval_failed'
  | 'setting_change'
  | 'credential_change'
  | 'print'
  | 'export'
  | 'clock_jump';

export interface AuditEvent {
  readonly action: AuditAction;
  /** Who did it (for a failed sign-in: the account that was tried). */
  readonly userId: string;
  readonly at: Date;
  readonly recordTable?: string;
  readonly recordId?: string;
  /** Small, non-clinical facts about the event (never a secret). */
  readonly detail?: Record<string, unknown>;
}

/** Where the event happened: the workstation, as on every record. */
export interface AuditOrigin {
  readonly workstation: { readonly deviceId: string };
}

export async function recordAuditEvent(db: WriteDb, origin: AuditOrigin, event: AuditEvent): Promise<void> {
  await db
    .insertInto('audit_append')
    .values({
      device_id: origin.workstation.deviceId,
      at: event.at.toISOString(),
      user_id: event.userId,
      action: event.action,
      record_table: event.recordTable ?? null,
      record_id: event.recordId ?? null,
      record_digest: null,
      detail: event.detail ? JSON.stringify(event.detail) : null,
    })
    .execute();
}
