// During the infusion: a one-tap dissociation rating 0-4 (optional note), a sedation score, and an adverse event with
// its intervention. Each is a timed entry on the main side.
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { SessionChart } from '../../../shared/contract/chart.contract';
import { adverseEventKinds } from '../../../shared/contract/observations.contract';
import { useCommand } from '../../api/chart-queries';
import { ActionButton } from '../../components/ActionButton';
import { ErrorText } from '../../components/ErrorText';
import { Field } from '../../components/Field';
import { showServerError } from '../../components/server-errors';
import { useMarkSaved } from './saved';

const DISSOCIATION = ['0 none', '1 mild', '2 moderate', '3 marked', '4 severe'] as const;
const MOAAS = [5, 4, 3, 2, 1, 0] as const;

export function ObservationsPanel({ chart }: { readonly chart: SessionChart }) {
  return (
    <section className="card" aria-labelledby="obs-heading">
      <h2 id="obs-heading">Observations</h2>
      <Dissociation chart={chart} />
      <Sedation chart={chart} />
      <AdverseEventForm chart={chart} />
    </section>
  );
}

function Dissociation({ chart }: { readonly chart: SessionChart }) {
  const record = useCommand('recordDissociation');
  const markSaved = useMarkSaved();
  const [note, setNote] = useState('');
  const [error, setError] = useState<unknown>(null);
  const rate = async (rating: number) => {
    setError(null);
    try {
      const result = await record.mutateAsync({ sessionId: chart.session.id, rating, ...(note.trim() ? { note: note.trim() } : {}) });
      markSaved(result.chart.now);
      setNote('');
    } catch (e) {
      setError(e);
    }
  };
  return (
    <div className="obs-block">
      <div className="chips" role="group" aria-label="Dissociation rating">
        <span className="obs-block__label">Dissociation</span>
        {DISSOCIATION.map((label, rating) => (
          <ActionButton key={rating} action={chart.actions.recordDissociation} quiet className="chip" busy={record.isPending} onClick={() => rate(rating)}
            aria-label={`Dissociation ${label}`}>
            {label}
          </ActionButton>
        ))}
      </div>
      <Field label="Dissociation note (optional, saved with the rating)" htmlFor="dissociation-note">
        <input id="dissociation-note" value={note} onChange={(e) => setNote(e.target.value)} autoComplete="off" disabled={!chart.actions.recordDissociation.allowed} />
      </Field>
      {!chart.actions.recordDissociation.allowed ? <p className="action__reason">{chart.actions.recordDissociation.reason}</p> : null}
      <ErrorText error={error} />
    </div>
  );
}

function Sedation({ chart }: { readonly chart: SessionChart }) {
  const record = useCommand('recordSedation');
  const markSaved = useMarkSaved();
  const [error, setError] = useState<unknown>(null);
  const score = async (value: number) => {
    setError(null);
    try {
      markSaved((await record.mutateAsync({ sessionId: chart.session.id, scale: 'moaas', score: value })).chart.now);
    } catch (e) {
      setError(e);
    }
  };
  return (
    <div className="obs-block">
      <div className="chips" role="group" aria-label="Sedation MOAA/S">
        <span className="obs-block__label">Sedation (MOAA/S)</span>
        {MOAAS.map((value) => (
          <ActionButton key={value} action={chart.actions.recordSedation} quiet className="chip" busy={record.isPending} onClick={() => score(value)}
            aria-label={`MOAA/S ${value}`}>
            {value}
          </ActionButton>
        ))}
      </div>
      <ErrorText error={error} />
    </div>
  );
}

interface AdverseValues {
  event: (typeof adverseEventKinds)[number];
  description: string;
  interventionKind: '' | 'medication' | 'paused_infusion' | 'stopped_infusion' | 'reassurance' | 'other';
  medicationName: string;
  medicationDose: string;
  medicationRoute: 'iv' | 'po' | 'odt' | 'im' | 'sl' | 'other';
}

function AdverseEventForm({ chart }: { readonly chart: SessionChart }) {
  const record = useCommand('recordAdverseEvent');
  const markSaved = useMarkSaved();
  const form = useForm<AdverseValues>({
    defaultValues: { event: 'nausea', description: '', interventionKind: '', medicationName: '', medicationDose: '', medicationRoute: 'odt' },
  });
  const { errors } = form.formState;
  const kind = form.watch('interventionKind');
  const submit = form.handleSubmit(async (v) => {
    try {
      const result = await record.mutateAsync({
        sessionId: chart.session.id,
        event: v.event,
        ...(v.description.trim() ? { description: v.description.trim() } : {}),
        ...(v.interventionKind
          ? {
              intervention: {
                kind: v.interventionKind,
                ...(v.interventionKind === 'medication' ? { medication: { name: v.medicationName, dose: v.medicationDose, route: v.medicationRoute } } : {}),
              },
            }
          : {}),
      });
      markSaved(result.chart.now);
      form.reset();
    } catch (error) {
      showServerError(error, form.setError, ['description', 'medicationName']);
    }
  });
  return (
    <details className="obs-block">
      <summary>Adverse event…</summary>
      <form className="form" onSubmit={submit} aria-label="Adverse event" noValidate>
        <div className="form-row">
          <Field label="Event" htmlFor="ae-event">
            <select id="ae-event" {...form.register('event')}>
              {adverseEventKinds.map((k) => (
                <option key={k} value={k}>{k}</option>
              ))}
            </select>
          </Field>
          <Field label="Intervention" htmlFor="ae-intervention">
            <select id="ae-intervention" {...form.register('interventionKind')}>
              <option value="">None</option>
              <option value="medication">Medication given</option>
              <option value="paused_infusion">Infusion paused</option>
              <option value="stopped_infusion">Infusion stopped</option>
              <option value="reassurance">Reassurance</option>
              <option value="other">Other</option>
            </select>
          </Field>
        </div>
        {kind === 'medication' ? (
          <div className="form-row form-row--3">
            <Field label="Medication" htmlFor="ae-med" error={errors.medicationName?.message}>
              <input id="ae-med" autoComplete="off" {...form.register('medicationName', { required: 'Name the medication given.' })} />
            </Field>
            <Field label="Dose given" htmlFor="ae-dose">
              <input id="ae-dose" autoComplete="off" {...form.register('medicationDose', { required: 'Enter the dose.' })} />
            </Field>
            <Field label="Route" htmlFor="ae-route">
              <select id="ae-route" {...form.register('medicationRoute')}>
                {['iv', 'po', 'odt', 'im', 'sl', 'other'].map((r) => (
                  <option key={r} value={r}>{r.toUpperCase()}</option>
                ))}
              </select>
            </Field>
          </div>
        ) : null}
        <Field label="Description (optional)" htmlFor="ae-description" error={errors.description?.message}>
          <input id="ae-description" autoComplete="off" {...form.register('description')} />
        </Field>
        {errors.root?.server ? <p className="form-error" role="alert">{errors.root.server.message}</p> : null}
        <ActionButton action={chart.actions.recordAdverseEvent} type="submit" busy={form.formState.isSubmitting}>
          Record adverse event
        </ActionButton>
      </form>
    </details>
  );
}
