// The screening as the main side computed it: each hard stop, warning and flag in plain words, how to resolve it,
// and a physician's override or acknowledgement typed at this workstation.
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { ScreeningItem, SessionChart } from '../../../shared/contract/chart.contract';
import { useCommand } from '../../api/chart-queries';
import { ActionButton } from '../../components/ActionButton';
import { ErrorText } from '../../components/ErrorText';
import { Field } from '../../components/Field';
import { showServerError } from '../../components/server-errors';
import { ApproverFields, type ApproverValues } from './ApproverFields';
import { useMarkSaved } from './saved';

const SEVERITY_LABELS: Record<ScreeningItem['severity'], string> = {
  hard_stop: 'Hard stop',
  relative: 'Relative contraindication',
  warning: 'Warning',
  flag: 'Flag for the physician',
  missing: 'Missing',
};

export function ScreeningPanel({ chart }: { readonly chart: SessionChart }) {
  const screen = useCommand('screen');
  const markSaved = useMarkSaved();
  const [error, setError] = useState<unknown>(null);
  const screening = chart.screening;
  const run = async () => {
    setError(null);
    try {
      markSaved((await screen.mutateAsync({ sessionId: chart.session.id })).chart.now);
    } catch (e) {
      setError(e);
    }
  };
  return (
    <section className="card" aria-labelledby="screening-heading">
      <h2 id="screening-heading">Screening</h2>
      {screening && screening.items.length > 0 ? (
        <ul className="screening" aria-label="Screening items">
          {screening.items.map((item) => (
            <ScreeningRow key={item.key} item={item} chart={chart} />
          ))}
        </ul>
      ) : (
        <p className="muted">{screening ? 'Nothing stands in the way.' : 'Check in first.'}</p>
      )}
      <div className="form-actions">
        <ActionButton action={chart.actions.screen} busy={screen.isPending} onClick={run}>
          {screening?.recorded ? 'Screen again' : 'Run screening'}
        </ActionButton>
        {screening?.recorded ? (
          <span className={screening.canStart ? 'ok-text' : 'danger-text'} data-testid="screening-verdict">
            {screening.canStart ? 'Screening passed: the infusion may start.' : 'The infusion cannot start yet.'}
          </span>
        ) : null}
      </div>
      <ErrorText error={error} />
    </section>
  );
}

function ScreeningRow({ item, chart }: { readonly item: ScreeningItem; readonly chart: SessionChart }) {
  const [open, setOpen] = useState(false);
  const needsPhysician = item.resolvedBy === 'physician_override' || item.resolvedBy === 'physician_acknowledgement';
  return (
    <li className={`screening__item screening__item--${item.severity}`}>
      <p className="screening__title">
        <strong>{SEVERITY_LABELS[item.severity]}:</strong> {item.message}
      </p>
      {item.resolution ? (
        <p className="ok-text">
          {item.resolution.decision === 'override' ? 'Overridden' : 'Acknowledged'} by {item.resolution.approverName}: {item.resolution.reason}
        </p>
      ) : (
        <p className="muted">{item.howToResolve}</p>
      )}
      {needsPhysician && !item.resolution ? (
        open ? (
          <ResolveForm item={item} chart={chart} onDone={() => setOpen(false)} />
        ) : (
          <ActionButton action={chart.actions.resolveScreeningItem} onClick={() => setOpen(true)}>
            {item.resolvedBy === 'physician_override' ? 'Physician override…' : 'Physician acknowledgement…'}
          </ActionButton>
        )
      ) : null}
    </li>
  );
}

interface ResolveValues extends ApproverValues {
  reason: string;
}

function ResolveForm({ item, chart, onDone }: { readonly item: ScreeningItem; readonly chart: SessionChart; readonly onDone: () => void }) {
  const resolve = useCommand('resolveScreeningItem');
  const markSaved = useMarkSaved();
  const form = useForm<ResolveValues>({ defaultValues: { reason: '', approverId: '', approverSecret: '' } });
  const { errors } = form.formState;
  const override = item.resolvedBy === 'physician_override';
  const submit = form.handleSubmit(async (v) => {
    try {
      const result = await resolve.mutateAsync({
        sessionId: chart.session.id,
        key: item.key,
        decision: override ? 'override' : 'acknowledge',
        reason: v.reason,
        approver: { userId: v.approverId, secret: v.approverSecret },
      });
      markSaved(result.chart.now);
      onDone();
    } catch (error) {
      showServerError(error, form.setError, ['reason']);
    }
  });
  const formName = override ? 'Physician override' : 'Physician acknowledgement';
  return (
    <form className="form subform" onSubmit={submit} aria-label={formName} noValidate>
      <Field label="Reason" htmlFor={`resolve-${item.key}-reason`} error={errors.reason?.message}>
        <input id={`resolve-${item.key}-reason`} autoComplete="off" {...form.register('reason', { required: 'Give the reason.' })} />
      </Field>
      <ApproverFields idPrefix={`resolve-${item.key}`} who="Physician" register={form.register} errors={errors} />
      {errors.root?.server ? <p className="form-error" role="alert">{errors.root.server.message}</p> : null}
      <div className="form-actions">
        <button type="submit" className="primary" disabled={form.formState.isSubmitting}>
          {override ? 'Record override' : 'Record acknowledgement'}
        </button>
        <button type="button" onClick={onDone}>Cancel</button>
      </div>
    </form>
  );
}
