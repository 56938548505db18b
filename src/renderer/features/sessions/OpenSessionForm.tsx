// Opening an infusion session for this patient: chair, route and planned start (defaults to now).
import { useForm } from 'react-hook-form';
import { useLocation } from 'wouter';
import type { Session } from '../../../shared/contract/sessions.contract';
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
  const form = useForm<OpenForm>({ defaultValues: { chair: '', route: 'iv', plannedStart: toDateTimeLocal(new Date()) } });
  const { errors } = form.formState;

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
