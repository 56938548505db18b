// What every service is handed: the store, the clock, the workstation, a fresh-id source, and the acting user.
import { v7 as uuidv7 } from 'uuid';
import type { Clock } from '../../shared/clock';
import type { Store } from '../data/db';
import type { EntryHeader } from '../data/entries.writer';
import type { Workstation } from '../data/workstation';
import type { AuthState } from './auth/auth-state';
import type { Printer } from './print/printer';

export interface Actor {
  /** Comes from the main side's signed-in state, never from a renderer's payload. */
  readonly userId: string;
  /** The signed-in user's role (absent on the open channels used while nobody is signed in). */
  readonly role?: Role;
  /** Their name as it reads now (e.g. for a signature's printed name). */
  readonly displayName?: string;
}

export type Role = 'nurse' | 'physician' | 'administrator';

/** Credentials typed at the moment of a physician-only action or a waste witness (never the signed-in user's). */
export interface ApproverCredentials {
  readonly userId: string;
  readonly secret: string;
}

export interface VerifiedApprover {
  readonly userId: string;
  readonly displayName: string;
  readonly role: Role;
}

/** Checks that the person approving an action is who they say and holds the role it needs. */
export interface Approvals {
  /** Throws DomainError('forbidden' | 'unauthenticated') when the credentials or the role do not fit. */
  verify(credentials: ApproverCredentials, role: Role, purpose: string): Promise<VerifiedApprover>;
}

/** The chart database's place on disk, and the one safe way to replace it while the app runs (restore). */
export interface StorageHost {
  readonly dataDir: string;
  readonly databaseFile: string;
  readonly nativeBinding?: string;
  /** Waits for other calls, closes the store, runs `replace`, reopens with the start-up checks; `undo` if that fails. */
  swapDatabase<T>(replace: () => T, undo: (result: T) => void): Promise<T>;
}

export interface ServiceDeps {
  readonly store: Store;
  readonly storage: StorageHost;
  readonly clock: Clock;
  readonly workstation: Workstation;
  readonly newId: () => string;
  readonly approvals: Approvals;
  /** Who is signed in at this workstation and whether it is locked (src/main/services/auth). */
  readonly auth: AuthState;
  /** Puts a document on paper or in a PDF (the desktop app's hidden window); absent in browser mode. */
  readonly printer?: Printer;
}

export interface ServiceContext extends ServiceDeps {
  readonly actor: Actor;
}

export const newUuidV7 = (): string => uuidv7();

/** The who/where/when columns of a new row written by this caller now. */
export function provenance(ctx: ServiceContext, now: Date) {
  return {
    clinic_id: ctx.workstation.clinicId,
    device_id: ctx.workstation.deviceId,
    author_user_id: ctx.actor.userId,
    created_at: now.toISOString(),
  };
}

export function entryHeader(
  ctx: ServiceContext,
  now: Date,
  at: { patientId: string; sessionId: string | null; recordedAt?: string; supersedesId?: string | null },
): EntryHeader {
  return {
    id: ctx.newId(),
    ...provenance(ctx, now),
    patient_id: at.patientId,
    session_id: at.sessionId,
    recorded_at: at.recordedAt ?? now.toISOString(),
    supersedes_id: at.supersedesId ?? null,
  };
}
