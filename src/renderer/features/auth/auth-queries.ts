// Sign-in state from the main side (polled: the idle lock happens there), and the sign-in and administration calls.
import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { RequestOf } from '../../../shared/contract/envelope';
import type { contract } from '../../../shared/contract';
import type { AuthStatus } from '../../../shared/contract/auth.contract';
import { api, unwrap } from '../../api/client';

export const authKeys = {
  status: ['auth', 'status'] as const,
  users: ['auth', 'users'] as const,
  lockedBoard: ['auth', 'locked-board'] as const,
  audit: ['auth', 'audit'] as const,
};

/** How often the renderer asks whether the workstation has locked itself (the main side decides, by its clock). */
export const STATUS_POLL_MS = 10_000;

export const useAuthStatus = () =>
  useQuery({ queryKey: authKeys.status, queryFn: () => unwrap(api.auth.status({})), refetchInterval: STATUS_POLL_MS, retry: false });

export const useLockScreenUsers = () => useQuery({ queryKey: authKeys.users, queryFn: () => unwrap(api.auth.listUsers({})) });

export const useLockedBoard = (enabled: boolean) =>
  useQuery({ queryKey: authKeys.lockedBoard, queryFn: () => unwrap(api.auth.lockedBoard({})), enabled, refetchInterval: 20_000, retry: false });

/** A new status from the main side: show it at once; when the person changed, nothing of the last one's screens stays. */
export function applyStatus(client: QueryClient, status: AuthStatus): void {
  const before = client.getQueryData<AuthStatus>(authKeys.status);
  client.setQueryData(authKeys.status, status);
  const personBefore = before?.user?.id ?? before?.lockedUser?.id ?? null;
  const personNow = status.user?.id ?? status.lockedUser?.id ?? null;
  if (personBefore !== personNow) client.removeQueries({ predicate: (q) => q.queryKey[0] !== 'auth' });
  else if (status.user) void client.invalidateQueries({ predicate: (q) => q.queryKey[0] !== 'auth' });
}

function useStatusMutation<I>(call: (input: I) => Promise<AuthStatus>) {
  const client = useQueryClient();
  return useMutation({ mutationFn: call, onSuccess: (status) => applyStatus(client, status) });
}

export const useSignIn = () => useStatusMutation((input: RequestOf<typeof contract.auth.signIn>) => unwrap(api.auth.signIn(input)));
export const useSetupAdministrator = () =>
  useStatusMutation((input: RequestOf<typeof contract.auth.setupAdministrator>) => unwrap(api.auth.setupAdministrator(input)));
export const useLock = () => useStatusMutation(() => unwrap(api.auth.lock({})));
export const useSignOut = () => useStatusMutation(() => unwrap(api.auth.signOut({})));

export function useCreateUser() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: RequestOf<typeof contract.auth.createUser>) => unwrap(api.auth.createUser(input)),
    onSuccess: () => client.invalidateQueries({ queryKey: authKeys.users }),
  });
}

export const useVerifyAudit = () => useMutation({ mutationFn: () => unwrap(api.audit.verify({})) });

export const useRecentAudit = () => useQuery({ queryKey: authKeys.audit, queryFn: () => unwrap(api.audit.listRecent({ limit: 50 })) });
