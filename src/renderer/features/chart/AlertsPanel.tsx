// Open alerts, visual first (no sound): one tap of context (anxious, talking, cuff moved ...), a recheck timer
// (minutes from settings), and the acknowledgement with the action taken, which closes the alert on the main side.
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { Alert, SessionChart } from '../../../shared/contract/chart.contract';
import { useCommand, useSettings } from '../../api/chart-queries';
import { useMainNow } from '../../api/main-clock';
import { ActionButton } from '../../components/ActionButton';
import { Field } from '../../components/Field';
import { formatTime } from '../../components/format';
import { showServerError } from '../../components/server-errors';
import { formatDuration } from './labels';
import { useMarkSaved } from './saved';
import { useAlertChime } from './useAlertChime';

const CONTEXTS = ['Anxious', 'Talking', 'Cuff moved', 'In pain', 'Just woke', 'Moving'] as const;

export function AlertsPanel({ chart }: { readonly chart: SessionChart }) {
  const open = chart.alerts.open;
  useAlertChime(open.map((a) => a.id));
  return (
    <section className={open.length > 0 ? 'card alerts alerts--open' : 'card alerts'} aria-labelledby="alerts-heading">
      <h2 id="alerts-heading">Alerts</h2>
      <div aria-live="assertive" role="status" className="visually-hidden">
        {open.length > 0 ? `Open alert: ${open.map((a) => a.message).join('; ')}` : ''}
      </div>
      {open.length === 0 ? <p className="muted" data-testid="no-open-alerts">No open alerts.</p> : null}
      {open.map((alert) => (
        <OpenAlert key={alert.id} alert={alert} chart={chart} />
      ))}
      {chart.alerts.all.filter((a) => a.acknowledgement).length > 0 ? (
        <ul className="list list--plain" aria-label="Acknowledged alerts">
          {chart.alerts.all
            .filter((a) => a.acknowledgement)
            .map((a) => (
              <li key={a.id} className="muted">
                {formatTime(a.raisedAt)} {a.message} — acknowledged {formatTime(a.acknowledgement!.at)}: {a.acknowledgement!.actionTaken}
              </li>
            ))}
        </ul>
      ) : null}
    </section>
  );
}

interface AckValues {
  actionTaken: string;
  medicationName: string;
  medicationDose: string;
  medicationRoute: 'iv' | 'po' | 'odt' | 'im' | 'sl' | 'other';
}

function OpenAlert({ alert, chart }: { readonly alert: Alert; readonly chart: SessionChart }) {
  const acknowledge = useCommand('acknowledgeAlert');
  const markSaved = useMarkSaved();
  const settings = useSettings();
  const now = useMainNow();
  const [context, setContext] = useState<string | null>(null);
  const [recheckAt, setRecheckAt] = useState<number | null>(null);
  const form = useForm<AckValues>({ defaultValues: { actionTaken: '', medicationName: '', medicationDose: '', medicationRoute: 'iv' } });
  const { errors } = form.formState;
  const recheckMinutes = settings.data?.values.recheckMinutes ?? 5;

  const submit = form.handleSubmit(async (v) => {
    const actionTaken = [context ? `Context: ${context.toLowerCase()}.` : '', v.actionTaken.trim()].filter(Boolean).join(' ');
    try {
      const result = await acknowledge.mutateAsync({
        sessionId: chart.session.id,
        alertId: alert.id,
        actionTaken,
        ...(v.medicationName ? { medicationGiven: { name: v.medicationName, dose: v.medicationDose, route: v.medicationRoute } } : {}),
      });
      markSaved(result.chart.now);
    } catch (error) {
      showServerError(error, form.setError, ['actionTaken']);
    }
  });

  return (
    <article className="alert-card" aria-label={`Alert: ${alert.message}`}>
      <p className="alert-card__message">
        <span aria-hidden="true">⚠ </span>
        {alert.message} <span className="muted">at {formatTime(alert.raisedAt)}</span>
      </p>
      <div className="chips" role="group" aria-label="Context">
        {CONTEXTS.map((c) => (
          <button key={c} type="button" className="chip" aria-pressed={context === c} onClick={() => setContext(context === c ? null : c)}>
            {c}
          </button>
        ))}
      </div>
      <div className="form-actions">
        {recheckAt === null ? (
          <button type="button" onClick={() => setRecheckAt(now + recheckMinutes * 60_000)}>
            Recheck in {recheckMinutes} min
          </button>
        ) : (
          <p className={now >= recheckAt ? 'due due--overdue' : 'due'} data-testid="recheck-timer">
            {now >= recheckAt ? '⚠ Recheck now' : `Recheck in ${formatDuration(recheckAt - now)}`}
          </p>
        )}
      </div>
      <form className="form" onSubmit={submit} aria-label="Acknowledge alert" noValidate>
        <Field label="Action taken" htmlFor={`ack-${alert.id}`} error={errors.actionTaken?.message}>
          <input id={`ack-${alert.id}`} autoComplete="off" {...form.register('actionTaken', { required: 'Say what was done.' })} />
        </Field>
        <details>
          <summary>Medication given (optional)</summary>
          <div className="form-row form-row--3">
            <Field label="Medication" htmlFor={`ack-${alert.id}-med`}>
              <input id={`ack-${alert.id}-med`} autoComplete="off" {...form.register('medicationName')} />
            </Field>
            <Field label="Dose given" htmlFor={`ack-${alert.id}-dose`}>
              <input id={`ack-${alert.id}-dose`} autoComplete="off" {...form.register('medicationDose')} />
            </Field>
            <Field label="Route" htmlFor={`ack-${alert.id}-route`}>
              <select id={`ack-${alert.id}-route`} {...form.register('medicationRoute')}>
                {['iv', 'po', 'odt', 'im', 'sl', 'other'].map((r) => (
                  <option key={r} value={r}>{r.toUpperCase()}</option>
                ))}
              </select>
            </Field>
          </div>
        </details>
        {errors.root?.server ? <p className="form-error" role="alert">{errors.root.server.message}</p> : null}
        <ActionButton action={chart.actions.acknowledgeAlert} className="primary" busy={form.formState.isSubmitting} type="submit">
          Acknowledge alert
        </ActionButton>
      </form>
    </article>
  );
}
