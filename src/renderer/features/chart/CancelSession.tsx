// Cancelling a session before the start (patient unwell, no escort ...), with the reason; allowed by the chart.
import { useForm } from 'react-hook-form';
import type { SessionChart } from '../../../shared/contract/chart.contract';
import { useCommand } from '../../api/chart-queries';
import { ActionButton } from '../../components/ActionButton';
import { Field } from '../../components/Field';
import { showServerError } from '../../components/server-errors';
import { useMarkSaved } from './saved';

export function CancelSession({ chart }: { readonly chart: SessionChart }) {
  const cancel = useCommand('cancel');
  const markSaved = useMarkSaved();
  const form = useForm<{ reason: string }>({ defaultValues: { reason: '' } });
  const { errors } = form.formState;
  const submit = form.handleSubmit(async (v) => {
    try {
      markSaved((await cancel.mutateAsync({ sessionId: chart.session.id, reason: v.reason })).chart.now);
    } catch (error) {
      showServerError(error, form.setError, ['reason']);
    }
  });
  return (
    <details className="card">
      <summary>Cancel this session…</summary>
      <form className="form form-inline" onSubmit={submit} aria-label="Cancel session" noValidate>
        <Field label="Reason for cancelling" htmlFor="cancel-reason" error={errors.reason?.message}>
          <input id="cancel-reason" autoComplete="off" {...form.register('reason', { required: 'Give the reason.' })} />
        </Field>
        <ActionButton action={chart.actions.cancel} type="submit" busy={form.formState.isSubmitting}>
          Cancel session
        </ActionButton>
      </form>
    </details>
  );
}
