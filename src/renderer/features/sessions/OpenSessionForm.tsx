// Opening an infusion session for this patient: chair, route and planned start (defaults to now, by the main side's
// clock: the one the board's "today" and every rule use, not this machine's).
import { useEffect } from 'react';
import { useForm } from 'react-hook-form';
import { useLocation } from 'wouter';
import type { Session } from '../../../shared/contract/sessions.contract';
import { useMainNow } from '../../api/main-clock';
import { useOpenSession } from '../../api/queries';
import { Field } from '../../components/Field';
import { toDateTimeLocal } from '../../components/format';
import { showServerError } from '../../components/server-errors';
import { ROUTE_LABELS } from './labels';

interface OpenForm {
  chair: string;
  route: Session['route'];
  plannedStart: string;
}

const FIELDS = ['chair', 'route', 'plannedStart'] as const;

export function OpenSessionForm({ patientId }: { readonly patientId: string }) {
  const [, navigate] = useLocation();
  const open = useOpenSession();
  const nowMinute = toDateTimeLocal(new Date(useMainNow()));
  const form = useForm<OpenForm>({ defaultValues: { chair: '', route: 'iv', plannedStart: nowMinute } });
  const { errors } = form.formState;
  // Follows the main side's now (its first answer, then each minute) until the nurse changes the field.
  useEffect(() => {
    if (!form.getFieldState('plannedStart').isDirty) form.setValue('plannedStart', nowMinute);
  }, [form, nowMinute]);

  const submit = form.handleSubmit(async (values) => {
    try {
      const session = await open.mutateAsync({
        patientId,
        chair: Number(values.chair),
        route: values.route,
        plannedStart: new Date(values.plannedStart).toISOString(),
      });
      navigate(`/sessions/${session.id}`);
    } catch (error) {
      showServerError(error, form.setError, FIELDS);
    }
  });

  return (
    <form className="card form" onSubmit={submit} aria-labelledby="open-session-heading" noValidate>
      <h2 id="open-session-heading">Open an infusion session</h2>
      <div className="form-row">
        <Field label="Chair" htmlFor="chair" error={errors.chair?.message}>
          <input id="chair" inputMode="numeric" {...form.register('chair', { required: 'Choose a chair.' })} />
        </Field>
        <Field label="Route" htmlFor="route" error={errors.route?.message}>
          <select id="route" {...form.register('route')}>
            {Object.entries(ROUTE_LABELS).map(([value, label]) => (
              <option key={value} value={value}>{label}</option>
            ))}
          </select>
        </Field>
      </div>
      <Field label="Planned start" htmlFor="plannedStart" error={errors.plannedStart?.message}>
        <input id="plannedStart" type="datetime-local" {...form.register('plannedStart', { required: 'Planned start is required.' })} />
      </Field>
      {errors.root?.server ? <p className="form-error" role="alert">{errors.root.server.message}</p> : null}
      <button type="submit" className="primary" disabled={form.formState.isSubmitting}>
        Open session
      </button>
    </form>
  );
}
