// The first start: the person setting up the workstation becomes its administrator (who then adds the staff).
import { useForm } from 'react-hook-form';
import { Field } from '../../components/Field';
import { showServerError } from '../../components/server-errors';
import { useSetupAdministrator } from './auth-queries';

interface SetupValues {
  displayName: string;
  secret: string;
  repeat: string;
}

export function SetupAdministratorScreen() {
  const setup = useSetupAdministrator();
  const form = useForm<SetupValues>({ defaultValues: { displayName: '', secret: '', repeat: '' } });
  const { errors } = form.formState;
  const submit = form.handleSubmit(async (values) => {
    try {
      await setup.mutateAsync({ displayName: values.displayName, secret: values.secret });
    } catch (error) {
      showServerError(error, form.setError, ['displayName', 'secret']);
    }
  });
  return (
    <div className="auth-screen">
      <form className="card form auth-card" onSubmit={submit} aria-labelledby="setup-heading" noValidate>
        <h1 id="setup-heading">Set up Chairside</h1>
        <p className="muted">
          Nobody uses this workstation yet. Create the administrator account first; the administrator then adds the
          nurses and physicians.
        </p>
        <Field label="Administrator's name" htmlFor="setup-name" error={errors.displayName?.message}>
          <input id="setup-name" autoComplete="off" {...form.register('displayName', { required: 'Enter a name.' })} />
        </Field>
        <Field label="Password (at least 8 characters)" htmlFor="setup-secret" error={errors.secret?.message}>
          <input
            id="setup-secret"
            type="password"
            autoComplete="new-password"
            {...form.register('secret', { required: 'Enter a password.', minLength: { value: 8, message: 'At least 8 characters.' } })}
          />
        </Field>
        <Field label="Password again" htmlFor="setup-repeat" error={errors.repeat?.message}>
          <input
            id="setup-repeat"
            type="password"
            autoComplete="new-password"
            {...form.register('repeat', { validate: (value, all) => value === all.secret || 'The two passwords differ.' })}
          />
        </Field>
        {errors.root?.server ? <p className="form-error" role="alert">{errors.root.server.message}</p> : null}
        <div className="form-actions">
          <button type="submit" className="primary" disabled={form.formState.isSubmitting}>
            Create administrator
          </button>
        </div>
      </form>
    </div>
  );
}
