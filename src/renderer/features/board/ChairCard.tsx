// One chair on the room board: who is in it, the phase, the running timer, the next vitals and open alerts.
import { Link } from 'wouter';
import type { Board } from '../../../shared/contract/board.contract';
import { tick } from '../../api/main-clock';
import { formatTime } from '../../components/format';
import { formatDuration, PHASE_LABELS } from '../chart/labels';

type ChairRow = Board['chairs'][number];

export function ChairCard({ row, asOf, now }: { readonly row: ChairRow; readonly asOf: string; readonly now: number }) {
  const s = row.session;
  const headingId = `chair-${row.chair}-heading`;
  if (!s) {
    return (
      <section className="chair chair--free" aria-labelledby={headingId} data-testid={`chair-${row.chair}`}>
        <h2 id={headingId}>
          Chair {row.chair}
          {row.name ? <span className="chair__label"> · {row.name}</span> : null}
        </h2>
        <p className="muted">Free</p>
      </section>
    );
  }
  const alerting = s.openAlerts.length > 0;
  const className = ['chair', alerting ? 'chair--alert' : '', s.vitalsOverdue ? 'chair--overdue' : ''].join(' ').trim();
  const resting = s.restRemainingMs !== null && (s.phase === 'resting' || s.phase === 'infusion_ended' || s.phase === 'ready_for_discharge');
  return (
    <section className={className} aria-labelledby={headingId} data-testid={`chair-${row.chair}`}>
      <h2 id={headingId}>
        Chair {row.chair}
        {row.name ? <span className="chair__label"> · {row.name}</span> : null}
        <span className="chair__initials" aria-hidden="true">{s.initials}</span>
      </h2>
      <Link href={`/sessions/${s.sessionId}`} className="chair__name">
        {s.familyName}, {s.givenName}
      </Link>
      <p className="chair__phase">
        <span className={`phase phase--${s.phase}`}>{PHASE_LABELS[s.phase]}</span> · {s.seriesLabel}
      </p>
      {s.phase === 'infusing' || s.phase === 'paused' || (s.elapsedInfusionMs > 0 && !resting) ? (
        <p className="chair__timer">
          <span className="chair__timer-label">Infusion</span>
          <span data-testid={`chair-${row.chair}-timer`}>{formatDuration(tick(s.elapsedInfusionMs, asOf, now, 'up', s.infusionRunning))}</span>
          <span className="muted"> of {s.plannedRunMinutes} min</span>
        </p>
      ) : null}
      {resting && s.restRemainingMs !== null ? (
        <p className="chair__timer">
          <span className="chair__timer-label">Rest left</span>
          <span data-testid={`chair-${row.chair}-rest`}>{formatDuration(tick(s.restRemainingMs, asOf, now, 'down'))}</span>
        </p>
      ) : null}
      {s.nextVitalsDueAt ? (
        <p className={s.vitalsOverdue ? 'chair__due chair__due--overdue' : 'chair__due'} data-testid={`chair-${row.chair}-vitals-due`}>
          {s.vitalsOverdue ? '⚠ Vitals overdue since ' : 'Vitals due '}
          {formatTime(s.nextVitalsDueAt)}
        </p>
      ) : null}
      {alerting ? (
        <ul className="chair__alerts" aria-label={`Open alerts, chair ${row.chair}`}>
          {s.openAlerts.map((a) => (
            <li key={a.id}>⚠ {a.message}</li>
          ))}
        </ul>
      ) : null}
      {row.waiting > 0 ? <p className="muted">{row.waiting} more waiting</p> : null}
    </section>
  );
}
