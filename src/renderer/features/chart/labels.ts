// Words a nurse reads for the chart's codes, and how a timer reads ("12:05", "1:02:05").
import type { Phase } from '../../../shared/contract/chart.contract';

export const PHASE_LABELS: Readonly<Record<Phase, string>> = {
  scheduled: 'Scheduled',
  checked_in: 'Checked in',
  screened: 'Screened',
  infusing: 'Infusing',
  paused: 'Paused',
  infusion_ended: 'Infusion ended',
  resting: 'Resting',
  ready_for_discharge: 'Ready for discharge',
  discharged: 'Discharged',
  signed: 'Signed',
  cancelled: 'Cancelled',
};

export function formatDuration(ms: number): string {
  const total = Math.floor(Math.max(0, ms) / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const mm = String(m).padStart(h > 0 ? 2 : 1, '0');
  return `${h > 0 ? `${h}:` : ''}${h > 0 ? mm : String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}`;
}

/** Whole minutes for screen readers, so the announcement changes once a minute, not every second. */
export const wholeMinutes = (ms: number) => Math.floor(Math.max(0, ms) / 60_000);
