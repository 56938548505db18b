// The large timer: infusion time while infusing or paused, rest left after it. Ticks each second from the main
// side's clock; screen readers hear it once a minute (the live text changes only with the whole minutes).
import type { SessionChart } from '../../../shared/contract/chart.contract';
import { tick, useMainNow } from '../../api/main-clock';
import { formatTime } from '../../components/format';
import { formatDuration, wholeMinutes } from './labels';

export function SessionTimer({ chart }: { readonly chart: SessionChart }) {
  const now = useMainNow();
  const { infusion, rest } = chart;
  const resting = rest.remainingMs !== null && infusion.endedAt !== null;
  if (resting) {
    const left = tick(rest.remainingMs ?? 0, chart.now, now, 'down');
    return (
      <div className="timer" aria-label="Rest timer">
        <span className="timer__label">Rest left</span>
        <span className="timer__value" data-testid="rest-timer">{formatDuration(left)}</span>
        {rest.earliestDischargeAt ? <span className="muted">earliest discharge {formatTime(rest.earliestDischargeAt)}</span> : null}
        <span className="visually-hidden" aria-live="polite">
          {left === 0 ? 'Minimum rest complete.' : `${wholeMinutes(left) + 1} minutes of rest left`}
        </span>
      </div>
    );
  }
  if (!infusion.startedAt) {
    return (
      <div className="timer" aria-label="Infusion timer">
        <span className="timer__label">Infusion</span>
        <span className="timer__value timer__value--idle" data-testid="infusion-timer">{formatDuration(0)}</span>
        <span className="muted">planned {infusion.plannedRunMinutes} min</span>
      </div>
    );
  }
  const elapsed = tick(infusion.elapsedMs, chart.now, now, 'up', infusion.running);
  return (
    <div className="timer" aria-label="Infusion timer">
      <span className="timer__label">{infusion.running ? 'Infusing' : infusion.endedAt ? 'Infusion ran' : 'Paused at'}</span>
      <span className="timer__value" data-testid="infusion-timer">{formatDuration(elapsed)}</span>
      <span className="muted">of {infusion.plannedRunMinutes} min planned</span>
      <span className="visually-hidden" aria-live="polite">{`${wholeMinutes(elapsed)} minutes of infusion`}</span>
    </div>
  );
}
