// The room board as a locked workstation shows it: chair, initials, phase, infusion and rest timers, vitals due and
// open alerts; no names (auth:locked-board strips them on the main side).
import { formatTime } from '../../components/format';
import { useMainNow, tick } from '../../api/main-clock';
import { formatDuration, PHASE_LABELS } from '../chart/labels';
import { useLockedBoard } from './auth-queries';

export function LockedBoardView() {
  const board = useLockedBoard(true);
  const now = useMainNow();
  // Until the room board's service is built, there is nothing to show here; the lock screen still works.
  if (!board.data) return null;
  const { chairs, now: asOf } = board.data;
  return (
    <section className="locked-board" aria-labelledby="locked-board-heading">
      <h2 id="locked-board-heading">Chairs</h2>
      <div className="locked-board__chairs">
        {chairs.map(({ chair, name, session: s }) => (
          <div key={chair} className={s && s.openAlerts.length > 0 ? 'locked-chair locked-chair--alert' : 'locked-chair'} data-testid={`locked-chair-${chair}`}>
            <p className="locked-chair__head">
              Chair {chair}
              {name ? ` · ${name}` : null}
              {s ? <span className="locked-chair__initials">{s.initials}</span> : null}
            </p>
            {!s ? (
              <p className="muted">Free</p>
            ) : (
              <>
                <p>{PHASE_LABELS[s.phase]}</p>
                {s.elapsedInfusionMs > 0 ? (
                  <p className="locked-chair__timer" data-testid={`locked-chair-${chair}-timer`}>
                    Infusion {formatDuration(tick(s.elapsedInfusionMs, asOf, now, 'up', s.infusionRunning))} of {s.plannedRunMinutes} min
                  </p>
                ) : null}
                {s.restRemainingMs !== null ? (
                  <p className="locked-chair__timer">Rest {formatDuration(tick(s.restRemainingMs, asOf, now, 'down'))} left</p>
                ) : null}
                {s.nextVitalsDueAt ? (
                  <p className={s.vitalsOverdue ? 'form-error' : 'muted'}>
                    Vitals {s.vitalsOverdue ? 'overdue since' : 'due'} {formatTime(s.nextVitalsDueAt)}
                  </p>
                ) : null}
                {s.openAlerts.map((alert) => (
                  <p key={alert.id} className="form-error" role="alert">
                    {alert.message}
                  </p>
                ))}
              </>
            )}
          </div>
        ))}
      </div>
    </section>
  );
}
