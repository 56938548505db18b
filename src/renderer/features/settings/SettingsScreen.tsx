// The clinic's settings, each with its unit and allowed range; a value out of range is refused next to its field.
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { SettingKey, SettingsView } from '../../../shared/contract/settings.contract';
import { useSettings, useUpdateSettings } from '../../api/chart-queries';
import { Field } from '../../components/Field';
import { formatDateTime } from '../../components/format';
import { QueryState } from '../../components/QueryState';
import { SavedIndicator } from '../../components/SavedIndicator';
import { showServerError } from '../../components/server-errors';
import { PrintSettingsForm } from '../print';

export function SettingsScreen() {
  const settings = useSettings();
  return (
    <div className="stack">
      <h1>Clinic settings</h1>
      <QueryState query={settings}>{(view) => <SettingsForm view={view} />}</QueryState>
      {/* The printed sheets' settings (clinic name, phone ...) belong to features/print (issue 6). */}
      <PrintSettingsForm />
    </div>
  );
}

function SettingsForm({ view }: { readonly view: SettingsView }) {
  const update = useUpdateSettings();
  const [savedAt, setSavedAt] = useState<string | null>(null);
  const form = useForm<Record<SettingKey, string>>({
    defaultValues: Object.fromEntries(view.definitions.map((d) => [d.key, String(d.value)])) as Record<SettingKey, string>,
  });
  const { errors, dirtyFields } = form.formState;
  const keys = view.definitions.map((d) => d.key);
  const submit = form.handleSubmit(async (values) => {
    const changes = Object.fromEntries(
      keys.filter((k) => dirtyFields[k]).map((k) => [k, Number(values[k])]),
    ) as Partial<Record<SettingKey, number>>;
    if (Object.keys(changes).length === 0) return;
    try {
      const next = await update.mutateAsync({ changes });
      form.reset(Object.fromEntries(next.definitions.map((d) => [d.key, String(d.value)])) as Record<SettingKey, string>);
      const changed = next.definitions.map((d) => d.changedAt).filter((x): x is string => !!x).sort().at(-1);
      setSavedAt(changed ?? null);
    } catch (error) {
      showServerError(error, form.setError, keys);
    }
  });
  return (
    <form className="card form" onSubmit={submit} aria-label="Clinic settings" noValidate>
      <div className="settings-grid">
        {view.definitions.map((d) => (
          <Field
            key={d.key}
            label={`${d.label}${d.unit ? ` (${d.unit})` : ''}`}
            htmlFor={`setting-${d.key}`}
            error={errors[d.key]?.message}
            hint={`${d.min}–${d.max}, default ${d.defaultValue}${d.changedAt ? ` · changed ${formatDateTime(d.changedAt)}${d.changedBy ? ` by ${d.changedBy}` : ''}` : ''}`}
          >
            <input id={`setting-${d.key}`} type="number" min={d.min} max={d.max} step={d.step} {...form.register(d.key, { required: 'Enter a value.' })} />
          </Field>
        ))}
      </div>
      {errors.root?.server ? <p className="form-error" role="alert">{errors.root.server.message}</p> : null}
      <div className="form-actions">
        <button type="submit" className="primary" disabled={form.formState.isSubmitting}>Save settings</button>
        <SavedIndicator savedAt={savedAt} />
      </div>
    </form>
  );
}
