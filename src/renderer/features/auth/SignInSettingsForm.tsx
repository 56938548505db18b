// The sign-in settings an administrator may change (idle lock, slowdown and lockout after wrong PINs), each with its
// allowed range; the main side checks the range again and records each change in the audit trail.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { api, unwrap } from '../../api/client';
import { ErrorText } from '../../components/ErrorText';
import { Field } from '../../components/Field';
import { QueryState } from '../../components/QueryState';
import { authKeys } from './auth-queries';

const settingsKey = ['auth', 'settings'] as const;

export function SignInSettingsForm() {
  const client = useQueryClient();
  const settings = useQuery({ queryKey: settingsKey, queryFn: () => unwrap(api.auth.getSettings({})) });
  const [draft, setDraft] = useState<Record<string, string>>({});
  const [saved, setSaved] = useState(false);
  const save = useMutation({
    mutationFn: (changes: Record<string, number>) => unwrap(api.auth.updateSettings({ changes })),
    onSuccess: (view) => {
      client.setQueryData(settingsKey, view);
      void client.invalidateQueries({ queryKey: authKeys.status });
      void client.invalidateQueries({ queryKey: authKeys.audit });
      setDraft({});
      setSaved(true);
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const changes = Object.fromEntries(Object.entries(draft).map(([key, value]) => [key, Number(value)]));
    if (Object.keys(changes).length > 0) save.mutate(changes);
  };
  return (
    <form className="card form" onSubmit={submit} aria-labelledby="signin-settings-heading" noValidate>
      <h2 id="signin-settings-heading">Sign-in settings</h2>
      <QueryState query={settings}>
        {(list) => (
          <>
            {list.map((s) => (
              <Field key={s.key} label={`${s.label}${s.unit ? ` (${s.unit})` : ''}`} htmlFor={`auth-setting-${s.key}`} hint={`${s.min}–${s.max}; default ${s.defaultValue}`}>
                <input
                  id={`auth-setting-${s.key}`}
                  inputMode="numeric"
                  value={draft[s.key] ?? String(s.value)}
                  onChange={(event) => setDraft({ ...draft, [s.key]: event.target.value })}
                />
              </Field>
            ))}
          </>
        )}
      </QueryState>
      <ErrorText error={save.error} />
      <div className="form-actions">
        <button type="submit" className="primary" disabled={save.isPending}>
          Save sign-in settings
        </button>
        {saved ? <p className="saved" role="status">Saved</p> : null}
      </div>
    </form>
  );
}
