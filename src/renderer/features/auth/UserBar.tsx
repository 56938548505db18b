// The header's right end: who is charting now, the Lock button (quick bedside switch) and Sign out.
import { Link } from 'wouter';
import { ErrorText } from '../../components/ErrorText';
import { useLock, useSignOut } from './auth-queries';
import { useCurrentUser } from './AuthGate';

export function UserBar() {
  const user = useCurrentUser();
  const lock = useLock();
  const signOut = useSignOut();
  if (!user) return null;
  return (
    <div className="user-bar">
      <Link href="/account" className="user-bar__who" data-testid="signed-in-user" title="Change my PIN or password">
        <span className="auth-user__initials" aria-hidden="true">{user.initials}</span>
        {user.displayName}
      </Link>
      <button type="button" onClick={() => lock.mutate()} disabled={lock.isPending}>
        Lock
      </button>
      <button type="button" onClick={() => signOut.mutate()} disabled={signOut.isPending}>
        Sign out
      </button>
      <ErrorText error={lock.error ?? signOut.error} />
    </div>
  );
}

/** Whether to show the administration link (the main side refuses everyone else anyway). */
export function useIsAdministrator(): boolean {
  return useCurrentUser()?.role === 'administrator';
}

export function AdminLink() {
  return useIsAdministrator() ? <Link href="/admin">Administration</Link> : null;
}
