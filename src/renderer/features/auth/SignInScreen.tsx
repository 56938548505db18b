// Sign-in and the lock screen: pick your name, type your PIN. While locked, the room board below still shows each
// chair's phase, timers and alerts with initials only, so a running infusion is never hidden.
import { useState, type FormEvent } from 'react';
import type { UserSummary } from '../../../shared/contract/auth.contract';
import { ErrorText } from '../../components/ErrorText';
import { Field } from '../../components/Field';
import { QueryState } from '../../components/QueryState';
import { useLockScreenUsers, useSignIn } from './auth-queries';
import { LockedBoardView } from './LockedBoardView';

interface SignInScreenProps {
  readonly mode: 'sign-in' | 'locked';
  readonly lockedUser?: UserSummary | null;
}

export function SignInScreen({ mode, lockedUser = null }: SignInScreenProps) {
  const users = useLockScreenUsers();
  const signIn = useSignIn();
  const [chosen, setChosen] = useState<string | null>(lockedUser?.id ?? null);
  const [secret, setSecret] = useState('');
  const [missing, setMissing] = useState<string | null>(null);
  const chosenUser = users.data?.find((u) => u.id === chosen) ?? null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!chosen) return setMissing('Choose your name first.');
    if (!secret) return setMissing('Enter your PIN or password.');
    setMissing(null);
    signIn.mutate({ userId: chosen, secret }, { onSettled: () => setSecret('') });
  };

  const heading = mode === 'locked' ? 'Workstation locked' : 'Sign in';
  return (
    <div className={mode === 'locked' ? 'auth-screen auth-screen--locked' : 'auth-screen'}>
      <form className="card form auth-card" onSubmit={submit} aria-labelledby="auth-heading" noValidate>
        <h1 id="auth-heading">{heading}</h1>
        {mode === 'locked' && lockedUser ? (
          <p className="muted">
            Locked by {lockedUser.displayName}. Unlock with your PIN, or choose your own name to switch user.
          </p>
        ) : null}
        <QueryState query={users}>
          {(list) => (
            <ul className="auth-users" aria-label="Users">
              {list.map((user) => (
                <li key={user.id}>
                  <button
                    type="button"
                    className={user.id === chosen ? 'auth-user auth-user--chosen' : 'auth-user'}
                    aria-pressed={user.id === chosen}
                    onClick={() => {
                      setChosen(user.id);
                      setMissing(null);
                      signIn.reset();
                    }}
                  >
                    <span className="auth-user__initials" aria-hidden="true">{user.initials}</span>
                    {user.displayName}
                  </button>
                </li>
              ))}
            </ul>
          )}
        </QueryState>
        <Field label={chosenUser ? `PIN or password for ${chosenUser.displayName}` : 'PIN or password'} htmlFor="auth-secret">
          <input
            id="auth-secret"
            type="password"
            autoComplete="off"
            value={secret}
            onChange={(event) => setSecret(event.target.value)}
          />
        </Field>
        {missing ? <p className="form-error" role="alert">{missing}</p> : <ErrorText error={signIn.error} />}
        <div className="form-actions">
          <button type="submit" className="primary" disabled={signIn.isPending}>
            {mode === 'locked' && chosen === lockedUser?.id ? 'Unlock' : 'Sign in'}
          </button>
        </div>
      </form>
      {mode === 'locked' ? <LockedBoardView /> : null}
    </div>
  );
}
