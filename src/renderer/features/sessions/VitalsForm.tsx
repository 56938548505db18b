// Quick vitals entry in the order they are read off the monitor; Tab moves on, Enter saves.
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useRecordVitals } from '../../api/queries';
import { Field } from '../../components/Field';
import { SavedIndicator } from '../../components/SavedIndicator';
import { showServerError } from '../../components/server-errors';

interface VitalsFormValues {
  systolic: string;
  diastolic: string;
  heartRate: string;
  spo2: string;
  respiratoryRate: string;
}

const FIELDS: readonly { name: keyof VitalsFormValues; label: string; unit: string }[] = [
  { name: 'systolic', label: 'Systolic', unit: 'mmHg' },
  { name: 'diastolic', label: 'Diastolic', unit: 'mmHg' },
  { name: 'heartRate', label: 'Heart rate', unit: '/min' },
  { name: 'spo2', label: 'SpO2', unit: '%' },
  { name: 'respiratoryRate', label: 'Resp. rate', unit: '/min' },
];
const EMPTY: VitalsFormValues = { systolic: '', diastolic: '', heartRate: '', spo2: '', respiratoryRate: '' };

export function VitalsForm({ sessionId }: { readonly sessionId: string }) {
  const record = useRecordVitals();
  const [savedAt, setSavedAt] = useState<string | null>(null);
  const form = useForm<VitalsFormValues>({ defaultValues: EMPTY });
  const { errors } = form.formState;

  const submit = form.handleSubmit(async (values) => {
    try {
      const entry = await record.mutateAsync({
        sessionId,
        systolic: Number(values.systolic),
        diastolic: Number(values.diastolic),
        heartRate: Number(values.heartRate),
        spo2: Number(values.spo2),
        respiratoryRate: Number(values.respiratoryRate),
      });
      setSavedAt(entry.createdAt);
      form.reset(EMPTY);
      form.setFocus('systolic');
    } catch (error) {
      setSavedAt(null); // the last "Saved" must not sit beside a set that was not saved
      showServerError(error, form.setError, FIELDS.map((f) => f.name));
    }
  });

  return (
    <form className="card form" onSubmit={submit} aria-labelledby="vitals-heading" noValidate>
      <h2 id="vitals-heading">Record vital signs</h2>
      <div className="vitals-row">
        {FIELDS.map((field) => (
          <Field key={field.name} label={`${field.label} (${field.unit})`} htmlFor={field.name} error={errors[field.name]?.message}>
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
      {errors.root?.server ? <p className="form-error" role="alert">{errors.root.server.message}</p> : null}
      <div className="form-actions">
        <button type="submit" className="primary" disabled={form.formState.isSubmitting}>
          Save vitals
        </button>
        <SavedIndicator savedAt={savedAt} />
      </div>
    </form>
  );
}
