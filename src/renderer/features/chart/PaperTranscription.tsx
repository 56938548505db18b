// Copying the paper downtime sheet back in after the workstation was down: while open, every entry saved is
// marked on the record as a late entry from paper.
import { useForm } from 'react-hook-form';
import type { SessionChart } from '../../../shared/contract/chart.contract';
import { useCommand } from '../../api/chart-queries';
import { Field } from '../../components/Field';
import { showServerError } from '../../components/server-errors';
import { useMarkSaved } from './saved';

export function PaperTranscription({ chart }: { readonly chart: SessionChart }) {
  const begin = useCommand('beginPaperTranscription');
  const end = useCommand('endPaperTranscription');
  const markSaved = useMarkSaved();
  const form = useForm<{ reason: string }>({ defaultValues: { reason: '' } });
  const { errors } = form.formState;
  if (chart.phase === 'signed') return null;

  if (chart.paperTranscriptionOpen) {
    return (
      <div className="paper-banner" role="status">
        <strong>Copying in from the paper sheet:</strong> entries saved now are marked as late entries from paper.
        <button
          type="button"
          onClick={async () => markSaved((await end.mutateAsync({ sessionId: chart.session.id })).chart.now)}
          disabled={end.isPending}
        >
          Finish copying in
        </button>
      </div>
    );
  }

  const submit = form.handleSubmit(async (v) => {
    try {
      markSaved((await begin.mutateAsync({ sessionId: chart.session.id, reason: v.reason })).chart.now);
      form.reset({ reason: '' });
    } catch (error) {
      showServerError(error, form.setError, ['reason']);
    }
  });
  return (
    <details>
      <summary>Copy in from the paper downtime sheet…</summary>
      <form className="form form-inline" onSubmit={submit} aria-label="Copy in from paper" noValidate>
        <Field label="Why charting went on paper" htmlFor="paper-reason" error={errors.reason?.message}>
          <input id="paper-reason" autoComplete="off" {...form.register('reason', { required: 'Give the reason.' })} />
        </Field>
        <button type="submit" disabled={form.formState.isSubmitting}>
          Start copying in
        </button>
      </form>
    </details>
  );
}
