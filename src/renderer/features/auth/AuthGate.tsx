// Wraps the app: the first start asks for an administrator; nobody signed in → sign-in; locked → the lock screen
// over the (hidden) app, so the same nurse unlocking finds her screen as she left it; another user gets fresh screens.
import { useQueryClient } from '@tanstack/react-query';
import { createContext, useContext, useEffect, useRef, type ReactNode } from 'react';
import type { User } from '../../../shared/contract/auth.contract';
import { api, ApiError } from '../../api/client';
import { authKeys, useAuthStatus } from './auth-queries';
import { SetupAdministratorScreen } from './SetupAdministratorScreen';
import { SignInScreen } from './SignInScreen';
import './auth.css';

const CurrentUser = createContext<User | null>(null);

/** The signed-in user as the main side last said (for showing names and role-only links; never for deciding). */
export const useCurrentUser = () => useContext(CurrentUser);

/** Keyboard or pointer use is reported at most this often, which postpones the main side's idle lock. */
const ACTIVITY_REPORT_MS = 60_000;

export function AuthGate({ children }: { readonly children: ReactNode }) {
  const status = useAuthStatus();
  useRecheckOnUnauthenticated();
  useReportActivity(Boolean(status.data?.user));

  if (status.isPending) return <p className="muted auth-loading">Loading…</p>;
  if (status.isError) {
    return (
      <p className="form-error" role="alert">
        {status.error.message}
      </p>
    );
  }
  const s = status.data;
  if (s.setupNeeded) return <SetupAdministratorScreen />;
  if (!s.user && !s.locked) return <SignInScreen mode="sign-in" />;
  const holder = s.user ?? s.lockedUser;
  return (
    <CurrentUser.Provider value={s.user}>
      {s.locked ? <SignInScreen mode="locked" lockedUser={s.lockedUser} /> : null}
      <div key={holder?.id} hidden={s.locked} inert={s.locked}>
        {children}
      </div>
    </CurrentUser.Provider>
  );
}

/** Any call refused as 'unauthenticated' means the workstation locked (or signed out): ask the main side now. */
function useRecheckOnUnauthenticated() {
  const client = useQueryClient();
  useEffect(() => {
    const recheck = (error: unknown) => {
      if (error instanceof ApiError && error.error.code === 'unauthenticated') void client.invalidateQueries({ queryKey: authKeys.status });
    };
    const offQueries = client.getQueryCache().subscribe((event) => {
      if (event.type === 'updated' && event.action.type === 'error' && event.query.queryKey[0] !== 'auth') recheck(event.action.error);
    });
    const offMutations = client.getMutationCache().subscribe((event) => {
      if (event.type === 'updated' && event.action.type === 'error') recheck(event.action.error);
    });
    return () => {
      offQueries();
      offMutations();
    };
  }, [client]);
}

function useReportActivity(signedIn: boolean) {
  const client = useQueryClient();
  const lastReport = useRef(0);
  useEffect(() => {
    if (!signedIn) return;
    const onUse = () => {
      const now = Date.now();
      if (now - lastReport.current < ACTIVITY_REPORT_MS) return;
      lastReport.current = now;
      void api.auth.noteActivity({}).then((answer) => {
        // Too late: the idle lock came first. Show the lock screen now rather than at the next poll.
        if (!answer.ok) void client.invalidateQueries({ queryKey: authKeys.status });
      });
    };
    window.addEventListener('keydown', onUse, { capture: true, passive: true });
    window.addEventListener('pointerdown', onUse, { capture: true, passive: true });
    return () => {
      window.removeEventListener('keydown', onUse, { capture: true });
      window.removeEventListener('pointerdown', onUse, { capture: true });
    };
  }, [client, signedIn]);
}
