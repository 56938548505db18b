// Quick vitals entry in the order they are read off the monitor (BP, heart rate, SpO2, respiratory rate): Tab moves
// on, Enter saves, "Same as last" fills the fields left empty, the time defaults to now and can be set back.
import { useForm } from 'react-hook-form';
import type { SessionChart } from '../../../shared/contract/chart.contract';
import { useRecordVitalsForChart } from '../../api/chart-queries';
import { Field } from '../../components/Field';
import { formatTime } from '../../components/format';
import { showServerError } from '../../components/server-errors';
import { useMarkSaved } from '../chart/saved';
import { fromLocalInput } from '../chart/time-input';

interface VitalsFormValues {
  systolic: string;
  diastolic: string;
  heartRate: string;
  spo2: string;
  respiratoryRate: string;
  recordedAt: string;
}
type ValueField = Exclude<keyof VitalsFormValues, 'recordedAt'>;

const FIELDS: readonly { name: ValueField; label: string; unit: string }[] = [
  { name: 'systolic', label: 'Systolic', unit: 'mmHg' },
  { name: 'diastolic', label: 'Diastolic', unit: 'mmHg' },
  { name: 'heartRate', label: 'Heart rate', unit: '/min' },
  { name: 'spo2', label: 'SpO2', unit: '%' },
  { name: 'respiratoryRate', label: 'Resp. rate', unit: '/min' },
];
const EMPTY: VitalsFormValues = { systolic: '', diastolic: '', heartRate: '', spo2: '', respiratoryRate: '', recordedAt: '' };

export function VitalsForm({ chart }: { readonly chart: SessionChart }) {
  const sessionId = chart.session.id;
  const record = useRecordVitalsForChart(sessionId);
  const markSaved = useMarkSaved();
  const form = useForm<VitalsFormValues>({ defaultValues: EMPTY });
  const { errors } = form.formState;
  const latest = chart.vitals.latest;
  const allowed = chart.actions.recordVitals;

  const submit = form.handleSubmit(async (values) => {
    try {
      const entry = await record.mutateAsync({
        sessionId,
        ...(values.recordedAt ? { recordedAt: fromLocalInput(values.recordedAt) } : {}),
        systolic: Number(values.systolic),
        diastolic: Number(values.diastolic),
        heartRate: Number(values.heartRate),
        spo2: Number(values.spo2),
        respiratoryRate: Number(values.respiratoryRate),
      });
      markSaved(entry.createdAt);
      form.reset(EMPTY);
      form.setFocus('systolic');
    } catch (error) {
      showServerError(error, form.setError, [...FIELDS.map((f) => f.name), 'recordedAt']);
    }
  });

  const sameAsLast = () => {
    if (!latest) return;
    for (const f of FIELDS) {
      if (!form.getValues(f.name)) form.setValue(f.name, String(latest[f.name]), { shouldValidate: false });
    }
    form.clearErrors();
    form.setFocus('systolic');
  };

  return (
    <form className="card form" onSubmit={submit} aria-labelledby="vitals-heading" noValidate>
      <div className="card-head">
        <h2 id="vitals-heading">Record vital signs</h2>
        {chart.vitals.nextDueAt ? (
          <p className={chart.vitals.overdue ? 'due due--overdue' : 'due'} data-testid="vitals-due">
            {chart.vitals.overdue ? '⚠ Overdue: ' : 'Next set due '}
            {formatTime(chart.vitals.nextDueAt)}
            {chart.vitals.overdue ? ' (this set answers it)' : ''}
          </p>
        ) : null}
      </div>
      <fieldset className="plain" disabled={!allowed.allowed}>
        <div className="vitals-row">
          {FIELDS.map((field) => (
            <Field key={field.name} label={`${field.label} (${field.unit})`} htmlFor={field.name} error={errors[field.name]?.message}
              hint={latest ? `last ${latest[field.name]}` : undefined}>
              <input
                id={field.name}
                inputMode="numeric"
                autoComplete="off"
                aria-invalid={errors[field.name] ? true : undefined}
                {...form.register(field.name, { required: `${field.label} is required.` })}
              />
            </Field>
          ))}
        </div>
      </fieldset>
      {errors.root?.server ? <p className="form-error" role="alert">{errors.root.server.message}</p> : null}
      <div className="form-actions form-actions--wrap">
        <button type="submit" className="primary" disabled={!allowed.allowed || form.formState.isSubmitting}>
          Save vitals
        </button>
        <button type="button" onClick={sameAsLast} disabled={!latest || !allowed.allowed}>
          Same as last
        </button>
        <Field label="Time taken (blank = now)" htmlFor="vitals-time" error={errors.recordedAt?.message}>
          <input id="vitals-time" type="datetime-local" {...form.register('recordedAt')} />
        </Field>
        {!allowed.allowed ? <span className="action__reason">{allowed.reason}</span> : null}
      </div>
    </form>
  );
}
