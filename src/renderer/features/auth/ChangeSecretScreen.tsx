// The signed-in user changes their own PIN or password (the first one was set by the administrator).
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { api, unwrap } from '../../api/client';
import { Field } from '../../components/Field';
import { showServerError } from '../../components/server-errors';

interface ChangeValues {
  currentSecret: string;
  newSecret: string;
  repeat: string;
}

export function ChangeSecretScreen() {
  const change = useMutation({ mutationFn: (input: { currentSecret: string; newSecret: string }) => unwrap(api.auth.changeSecret(input)) });
  const [done, setDone] = useState(false);
  const form = useForm<ChangeValues>({ defaultValues: { currentSecret: '', newSecret: '', repeat: '' } });
  const { errors } = form.formState;
  const submit = form.handleSubmit(async (values) => {
    setDone(false);
    try {
      await change.mutateAsync({ currentSecret: values.currentSecret, newSecret: values.newSecret });
      form.reset();
      setDone(true);
    } catch (error) {
      showServerError(error, form.setError, ['currentSecret', 'newSecret']);
    }
  });
  return (
    <form className="card form auth-card" onSubmit={submit} aria-labelledby="change-secret-heading" noValidate>
      <h2 id="change-secret-heading">Change my PIN or password</h2>
      <Field label="Current PIN or password" htmlFor="current-secret" error={errors.currentSecret?.message}>
        <input id="current-secret" type="password" autoComplete="current-password" {...form.register('currentSecret', { required: 'Required.' })} />
      </Field>
      <Field label="New PIN or password" htmlFor="new-secret" hint="A PIN of 4 to 12 digits, or a password of 8 characters or more." error={errors.newSecret?.message}>
        <input id="new-secret" type="password" autoComplete="new-password" {...form.register('newSecret', { required: 'Required.' })} />
      </Field>
      <Field label="New PIN or password again" htmlFor="repeat-secret" error={errors.repeat?.message}>
        <input
          id="repeat-secret"
          type="password"
          autoComplete="new-password"
          {...form.register('repeat', { validate: (value, all) => value === all.newSecret || 'The two differ.' })}
        />
      </Field>
      {errors.root?.server ? <p className="form-error" role="alert">{errors.root.server.message}</p> : null}
      <div className="form-actions">
        <button type="submit" className="primary" disabled={form.formState.isSubmitting}>
          Change
        </button>
        {done ? <p className="saved" role="status">Changed. Use the new one from now on.</p> : null}
      </div>
    </form>
  );
}
