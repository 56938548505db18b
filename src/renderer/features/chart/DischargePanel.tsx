// Rest and discharge: start the rest, the drug given/wasted, the discharge score, the escort, the next appointment,
// discharge (a physician's override before the minimum rest), the discharge sheet, and signing.
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { SessionChart } from '../../../shared/contract/chart.contract';
import { useCommand } from '../../api/chart-queries';
import { ActionButton } from '../../components/ActionButton';
import { ErrorText } from '../../components/ErrorText';
import { Field } from '../../components/Field';
import { formatDateTime, formatTime } from '../../components/format';
import { showServerError } from '../../components/server-errors';
import { ApproverFields, type ApproverValues } from './ApproverFields';
import { AssessmentForm } from './AssessmentForm';
import { DrugUseForm } from './DrugUseForm';
import { PrintActions } from '../print';
import { useMarkSaved } from './saved';
import { fromLocalInput } from './time-input';

export function DischargePanel({ chart }: { readonly chart: SessionChart }) {
  const startRest = useCommand('startRest');
  const sign = useCommand('sign');
  const markSaved = useMarkSaved();
  const [error, setError] = useState<unknown>(null);
  const run = async (work: () => Promise<{ chart: SessionChart }>) => {
    setError(null);
    try {
      markSaved((await work()).chart.now);
    } catch (e) {
      setError(e);
    }
  };
  const d = chart.discharge;
  return (
    <section className="card" aria-labelledby="discharge-heading">
      <h2 id="discharge-heading">Rest and discharge</h2>
      {chart.phase === 'infusion_ended' ? (
        <ActionButton action={chart.actions.startRest} className="primary big" busy={startRest.isPending} onClick={() => run(() => startRest.mutateAsync({ sessionId: chart.session.id }))}>
          Start rest
        </ActionButton>
      ) : null}
      <h3>Drug given and wasted</h3>
      <DrugUseForm chart={chart} />
      <h3>Discharge score</h3>
      <AssessmentForm chart={chart} />
      <h3>Escort</h3>
      <EscortConfirmation chart={chart} />
      <h3>Discharge</h3>
      {d.dischargedAt ? (
        <p className="ok-text" data-testid="discharged">
          Discharged {formatTime(d.dischargedAt)}
          {d.nextAppointment ? ` · next appointment ${formatDateTime(d.nextAppointment)}` : ''}
          {d.earlyDischargeOverride ? ` · early discharge approved by ${d.earlyDischargeOverride.approverName}` : ''}
        </p>
      ) : (
        <DischargeForm chart={chart} />
      )}
      <div className="print-slot">
        {/* Printing is owned by features/print (issue 6): its controls, given only the session id. */}
        <PrintActions sessionId={chart.session.id} />
      </div>
      <h3>Sign</h3>
      {chart.signature ? (
        <p className="ok-text" data-testid="signature">Signed by {chart.signature.signerName ?? chart.signature.signedBy} at {formatTime(chart.signature.signedAt)}</p>
      ) : (
        <ActionButton action={chart.actions.sign} className="primary" busy={sign.isPending} onClick={() => run(() => sign.mutateAsync({ sessionId: chart.session.id }))}>
          Sign the record
        </ActionButton>
      )}
      <ErrorText error={error} />
    </section>
  );
}

function EscortConfirmation({ chart }: { readonly chart: SessionChart }) {
  const confirm = useCommand('confirmEscort');
  const markSaved = useMarkSaved();
  const form = useForm<{ escortName: string }>({ defaultValues: { escortName: chart.checkIn?.escort?.name ?? '' } });
  const { errors } = form.formState;
  const confirmed = chart.discharge.escortConfirmed;
  if (confirmed) {
    return (
      <p className={confirmed.matchesCheckIn ? 'ok-text' : 'danger-text'} data-testid="escort-confirmed">
        Escort {confirmed.name} confirmed at {formatTime(confirmed.at)}
        {confirmed.matchesCheckIn ? '' : ' — not the escort named at check-in'}
      </p>
    );
  }
  const submit = form.handleSubmit(async (v) => {
    try {
      markSaved((await confirm.mutateAsync({ sessionId: chart.session.id, escortName: v.escortName })).chart.now);
    } catch (error) {
      showServerError(error, form.setError, ['escortName']);
    }
  });
  return (
    <form className="form subform form-inline" onSubmit={submit} aria-label="Escort confirmation" noValidate>
      <Field label="Escort present" htmlFor="escort-name" error={errors.escortName?.message}>
        <input id="escort-name" autoComplete="off" {...form.register('escortName', { required: 'Name the escort who is here.' })} />
      </Field>
      <ActionButton action={chart.actions.confirmEscort} type="submit" busy={form.formState.isSubmitting}>
        Confirm escort
      </ActionButton>
    </form>
  );
}

interface DischargeValues extends ApproverValues {
  nextAppointment: string;
  overrideReason: string;
}

function DischargeForm({ chart }: { readonly chart: SessionChart }) {
  const discharge = useCommand('discharge');
  const markSaved = useMarkSaved();
  const needsPhysician = chart.actions.discharge.requiresPhysician;
  const form = useForm<DischargeValues>({ defaultValues: { nextAppointment: '', overrideReason: '', approverId: '', approverSecret: '' }, shouldUnregister: true });
  const { errors } = form.formState;
  const submit = form.handleSubmit(async (v) => {
    try {
      const result = await discharge.mutateAsync({
        sessionId: chart.session.id,
        ...(v.nextAppointment ? { nextAppointment: fromLocalInput(v.nextAppointment) } : {}),
        ...(needsPhysician ? { earlyDischargeOverride: { reason: v.overrideReason, approver: { userId: v.approverId, secret: v.approverSecret } } } : {}),
      });
      markSaved(result.chart.now);
    } catch (error) {
      showServerError(error, form.setError, ['nextAppointment', 'overrideReason']);
    }
  });
  return (
    <form className="form subform" onSubmit={submit} aria-label="Discharge" noValidate>
      <Field label="Next appointment" htmlFor="next-appointment" error={errors.nextAppointment?.message}>
        <input id="next-appointment" type="datetime-local" {...form.register('nextAppointment')} />
      </Field>
      {needsPhysician ? (
        <>
          <Field label="Reason for early discharge" htmlFor="early-reason" error={errors.overrideReason?.message}>
            <input id="early-reason" autoComplete="off" {...form.register('overrideReason', { required: 'Give the reason.' })} />
          </Field>
          <ApproverFields idPrefix="early" who="Physician" register={form.register} errors={errors} />
        </>
      ) : null}
      {errors.root?.server ? <p className="form-error" role="alert">{errors.root.server.message}</p> : null}
      <ActionButton action={chart.actions.discharge} type="submit" className="primary" busy={form.formState.isSubmitting}>
        Discharge
      </ActionButton>
    </form>
  );
}
