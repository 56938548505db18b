// The room board (home): every chair from settings, live each second from the main side's clock; re-read on
// every write and every 20 s. Open alerts are announced once (aria-live), never with a sound by default.
import { Link } from 'wouter';
import { useBoard } from '../../api/chart-queries';
import { useMainNow } from '../../api/main-clock';
import { QueryState } from '../../components/QueryState';
import { useAlertChime } from '../chart/useAlertChime';
import { useWakeLock } from '../theme/useWakeLock';
import { ChairCard } from './ChairCard';

export function BoardScreen() {
  const board = useBoard();
  const now = useMainNow();
  const infusing = board.data?.chairs.some((c) => c.session?.infusionRunning) ?? false;
  useWakeLock(infusing);
  useAlertChime(board.data?.chairs.flatMap((c) => (c.session?.openAlerts ?? []).map((a) => a.id)) ?? []);
  const alerts = board.data?.chairs.flatMap((c) => (c.session?.openAlerts ?? []).map((a) => `Chair ${c.chair}: ${a.message}`)) ?? [];
  return (
    <div className="stack">
      <div className="screen-head">
        <h1>Room board</h1>
        <Link href="/patients" className="button-link">Check in a patient</Link>
      </div>
      <p className="visually-hidden" aria-live="assertive" role="status">
        {alerts.length > 0 ? `Open alerts: ${alerts.join('; ')}` : ''}
      </p>
      <QueryState query={board}>
        {(b) => (
          <div className="board" aria-label="Chairs">
            {b.chairs.map((row) => (
              <ChairCard key={row.chair} row={row} asOf={b.now} now={now} />
            ))}
          </div>
        )}
      </QueryState>
    </div>
  );
}
