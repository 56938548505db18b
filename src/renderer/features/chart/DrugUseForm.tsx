// Controlled substance: the amount given and wasted after the infusion; any waste needs a witness's credentials.
import { useForm } from 'react-hook-form';
import type { SessionChart } from '../../../shared/contract/chart.contract';
import { useCommand } from '../../api/chart-queries';
import { ActionButton } from '../../components/ActionButton';
import { Field } from '../../components/Field';
import { showServerError } from '../../components/server-errors';
import { ApproverFields, type ApproverValues } from './ApproverFields';
import { useMarkSaved } from './saved';

interface DrugUseValues extends ApproverValues {
  given: string;
  wasted: string;
}

export function DrugUseForm({ chart }: { readonly chart: SessionChart }) {
  const record = useCommand('recordDrugUse');
  const markSaved = useMarkSaved();
  const form = useForm<DrugUseValues>({
    defaultValues: { given: chart.dose ? String(chart.dose.totalMg) : '', wasted: '0', approverId: '', approverSecret: '' },
    shouldUnregister: true,
  });
  const { errors } = form.formState;
  const wasted = Number(form.watch('wasted') || 0);
  if (chart.dose?.use) {
    return (
      <p className="ok-text" data-testid="drug-use">
        Drug use recorded: {chart.dose.use.givenMg} mg given, {chart.dose.use.wastedMg} mg wasted
        {chart.dose.use.witnessName ? ` (witness ${chart.dose.use.witnessName})` : ''}.
      </p>
    );
  }
  const submit = form.handleSubmit(async (v) => {
    try {
      const result = await record.mutateAsync({
        sessionId: chart.session.id,
        amountGivenMg: Number(v.given),
        amountWastedMg: Number(v.wasted || 0),
        ...(Number(v.wasted) > 0 ? { witness: { userId: v.approverId, secret: v.approverSecret } } : {}),
      });
      markSaved(result.chart.now);
    } catch (error) {
      showServerError(error, form.setError, ['given', 'wasted']);
    }
  });
  return (
    <form className="form subform" onSubmit={submit} aria-label="Drug given and wasted" noValidate>
      <div className="form-row">
        <Field label="Given (mg)" htmlFor="use-given" error={errors.given?.message}>
          <input id="use-given" inputMode="decimal" autoComplete="off" {...form.register('given', { required: 'Enter the amount given.' })} />
        </Field>
        <Field label="Wasted (mg)" htmlFor="use-wasted" error={errors.wasted?.message}>
          <input id="use-wasted" inputMode="decimal" autoComplete="off" {...form.register('wasted')} />
        </Field>
      </div>
      {wasted > 0 ? <ApproverFields idPrefix="use-witness" who="Witness" register={form.register} errors={errors} /> : null}
      {errors.root?.server ? <p className="form-error" role="alert">{errors.root.server.message}</p> : null}
      <ActionButton action={chart.actions.recordDrugUse} type="submit" busy={form.formState.isSubmitting}>
        Record drug use
      </ActionButton>
    </form>
  );
}
