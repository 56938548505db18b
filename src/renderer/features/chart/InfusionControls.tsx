// Start, pause (with a reason), resume and stop (a reason when stopping early or outside the run time), each
// enabled by the chart's actions.
import { useState } from 'react';
import type { SessionChart } from '../../../shared/contract/chart.contract';
import { useCommand } from '../../api/chart-queries';
import { ActionButton } from '../../components/ActionButton';
import { ErrorText } from '../../components/ErrorText';
import { useMarkSaved } from './saved';

export function InfusionControls({ chart }: { readonly chart: SessionChart }) {
  const sessionId = chart.session.id;
  const start = useCommand('startInfusion');
  const pause = useCommand('pauseInfusion');
  const resume = useCommand('resumeInfusion');
  const stop = useCommand('stopInfusion');
  const device = useCommand('giveIntranasalDevice');
  const markSaved = useMarkSaved();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<unknown>(null);
  const a = chart.actions;

  const run = async (work: () => Promise<{ chart: SessionChart }>) => {
    setError(null);
    try {
      const result = await work();
      markSaved(result.chart.now);
      setReason('');
    } catch (e) {
      setError(e); // the reason typed stays in its field
    }
  };
  const trimmed = reason.trim();

  return (
    <div className="controls" role="group" aria-label="Infusion controls">
      {!chart.infusion.startedAt ? (
        <ActionButton action={a.startInfusion} className="primary big" busy={start.isPending} onClick={() => run(() => start.mutateAsync({ sessionId }))}>
          Start infusion
        </ActionButton>
      ) : null}
      {chart.infusion.startedAt && !chart.infusion.endedAt ? (
        <>
          {chart.intranasal && chart.intranasal.devicesPlanned !== null && chart.intranasal.given.length < chart.intranasal.devicesPlanned ? (
            <ActionButton action={a.giveIntranasalDevice} className="primary" busy={device.isPending} onClick={() => run(() => device.mutateAsync({ sessionId }))}>
              Device {chart.intranasal.given.length + 1} of {chart.intranasal.devicesPlanned} given
            </ActionButton>
          ) : null}
          <div className="field">
            <label htmlFor="infusion-reason">Reason (pause, or stopping early)</label>
            <input id="infusion-reason" value={reason} onChange={(e) => setReason(e.target.value)} autoComplete="off" />
          </div>
          {a.pauseInfusion.allowed ? (
            <ActionButton action={a.pauseInfusion} busy={pause.isPending} onClick={() => run(() => pause.mutateAsync({ sessionId, reason: trimmed }))}>
              Pause
            </ActionButton>
          ) : (
            <ActionButton action={a.resumeInfusion} className="primary" busy={resume.isPending} onClick={() => run(() => resume.mutateAsync({ sessionId }))}>
              Resume
            </ActionButton>
          )}
          <ActionButton
            action={a.stopInfusion}
            busy={stop.isPending}
            onClick={() => run(() => stop.mutateAsync({ sessionId, ...(trimmed ? { reason: trimmed, stoppedEarly: true } : {}) }))}
          >
            {trimmed ? 'Stop early' : 'Stop infusion'}
          </ActionButton>
        </>
      ) : null}
      <ErrorText error={error} />
    </div>
  );
}
