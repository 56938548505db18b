// Who is signed in at this workstation, whether it is locked, and when it was last used: main-side memory only,
// so a restart always starts signed out. Also caches the sign-in settings and serializes secret checks.
import type { AuthSettings } from '../../../shared/domain/auth-settings';
import type { Store } from '../../data/db';
import { readAuthSettings } from '../../data/users.store';
import type { Role } from '../context';
import { OWASP_SCRYPT, type ScryptParams } from './secrets';

export interface SessionUser {
  readonly userId: string;
  readonly displayName: string;
  readonly initials: string;
  readonly role: Role;
}

export class AuthState {
  #user: SessionUser | null = null;
  #locked = false;
  #lastActivityMs = 0;
  #settings: AuthSettings | null = null;
  #checks: Promise<unknown> = Promise.resolve();

  /** The scrypt cost for new secrets (existing hashes keep the cost they were made with). */
  constructor(readonly scrypt: ScryptParams = OWASP_SCRYPT) {}

  get user(): SessionUser | null {
    return this.#user;
  }

  get locked(): boolean {
    return this.#locked;
  }

  /** The user whose actions are charted now: signed in and not locked. */
  active(): SessionUser | null {
    return this.#locked ? null : this.#user;
  }

  begin(user: SessionUser, now: Date): void {
    this.#user = user;
    this.#locked = false;
    this.#lastActivityMs = now.getTime();
  }

  lock(): void {
    if (this.#user) this.#locked = true;
  }

  end(): void {
    this.#user = null;
    this.#locked = false;
  }

  touch(now: Date): void {
    this.#lastActivityMs = Math.max(this.#lastActivityMs, now.getTime());
  }

  /** When the idle lock fell due (last use + idle time), if it has and the workstation is still unlocked. */
  idleLockDue(now: Date, settings: AuthSettings): Date | null {
    if (!this.#user || this.#locked) return null;
    const due = this.#lastActivityMs + settings.idleLockMinutes * 60_000;
    return now.getTime() >= due ? new Date(due) : null;
  }

  async settings(store: Store): Promise<AuthSettings> {
    this.#settings ??= await readAuthSettings(store.read);
    return this.#settings;
  }

  settingsChanged(settings: AuthSettings): void {
    this.#settings = settings;
  }

  /**
   * One secret check at a time: parallel guesses would otherwise all pass the throttle before the first failure
   * is written.
   */
  serialize<T>(work: () => Promise<T>): Promise<T> {
    const next = this.#checks.then(work, work);
    this.#checks = next.catch(() => undefined);
    return next;
  }
}
