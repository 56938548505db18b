// One infusion session at the bedside: the banner with the large timer and the infusion controls, then the panels
// the phase calls for (check-in and screening, dose, vitals, alerts, observations, rest and discharge), the trend
// and the timeline. Everything shown and every button's state comes from the main side's chart.
import { Link } from 'wouter';
import type { SessionChart } from '../../../shared/contract/chart.contract';
import { useChart } from '../../api/chart-queries';
import { formatDateTime } from '../../components/format';
import { QueryState } from '../../components/QueryState';
import { AlertsPanel } from '../chart/AlertsPanel';
import { CancelSession } from '../chart/CancelSession';
import { CheckInForm } from '../chart/CheckInForm';
import { DischargePanel } from '../chart/DischargePanel';
import { DoseForm, DoseSummary } from '../chart/DosePanel';
import { InfusionControls } from '../chart/InfusionControls';
import { PHASE_LABELS } from '../chart/labels';
import { ObservationsPanel } from '../chart/ObservationsPanel';
import { SavedIndicator, SavedProvider, useSavedState } from '../chart/saved';
import { ScreeningPanel } from '../chart/ScreeningPanel';
import { SessionTimer } from '../chart/SessionTimer';
import { Timeline } from '../chart/Timeline';
import { VitalsTrend } from '../chart/VitalsTrend';
import { useWakeLock } from '../theme/useWakeLock';
import { ROUTE_LABELS } from './labels';
import { VitalsForm } from './VitalsForm';
import { VitalsTable } from './VitalsTable';

const BEFORE_START = new Set<SessionChart['phase']>(['scheduled', 'checked_in', 'screened']);
const AFTER_INFUSION = new Set<SessionChart['phase']>(['infusion_ended', 'resting', 'ready_for_discharge', 'discharged', 'signed']);

export function SessionScreen({ sessionId }: { readonly sessionId: string }) {
  const chart = useChart(sessionId);
  const saved = useSavedState();
  useWakeLock(chart.data?.infusion.running ?? false);
  return (
    <SavedProvider mark={saved.mark}>
      <QueryState query={chart}>
        {(c) => (
          <div className="stack">
            <Banner chart={c} savedAt={saved.savedAt} />
            <div className="session-grid">
              <div className="stack">
                {BEFORE_START.has(c.phase) ? (
                  <>
                    {/* Once screened, the result (and any hard stop) comes first: it decides whether the start opens. */}
                    {c.phase === 'screened' ? <ScreeningPanel chart={c} /> : null}
                    <CheckInForm chart={c} />
                    <VitalsForm chart={c} />
                    <DoseForm chart={c} />
                    {c.phase !== 'screened' ? <ScreeningPanel chart={c} /> : null}
                    <CancelSession chart={c} />
                  </>
                ) : (
                  <>
                    {c.alerts.open.length > 0 ? <AlertsPanel chart={c} /> : null}
                    {c.phase !== 'signed' && c.phase !== 'cancelled' ? <VitalsForm chart={c} /> : null}
                    {c.phase === 'infusing' || c.phase === 'paused' ? <ObservationsPanel chart={c} /> : null}
                    {AFTER_INFUSION.has(c.phase) ? <DischargePanel chart={c} /> : null}
                    {c.alerts.open.length === 0 ? <AlertsPanel chart={c} /> : null}
                  </>
                )}
              </div>
              <div className="stack">
                {!BEFORE_START.has(c.phase) ? (
                  <section className="card" aria-labelledby="dose-summary-heading">
                    <h2 id="dose-summary-heading">Dose</h2>
                    <DoseSummary chart={c} />
                  </section>
                ) : null}
                <VitalsTrend sessionId={sessionId} />
                <Timeline chart={c} />
                <VitalsTable sessionId={sessionId} />
              </div>
            </div>
          </div>
        )}
      </QueryState>
    </SavedProvider>
  );
}

function Banner({ chart, savedAt }: { readonly chart: SessionChart; readonly savedAt: string | null }) {
  const p = chart.patient;
  return (
    <section className={chart.alerts.open.length > 0 ? 'card banner banner--alert' : 'card banner'} aria-label="Session">
      <div className="banner__who">
        <h1>
          <Link href={`/patients/${p.id}`}>{`${p.familyName}, ${p.givenName}`}</Link>
        </h1>
        <dl className="facts facts--small">
          <div><dt>Chair</dt><dd data-testid="session-chair">{chart.session.chair}</dd></div>
          <div><dt>Route</dt><dd>{ROUTE_LABELS[chart.session.route]}</dd></div>
          <div><dt>Phase</dt><dd data-testid="session-phase">{PHASE_LABELS[chart.phase]}</dd></div>
          <div><dt>Series</dt><dd>{chart.series.label}</dd></div>
          <div><dt>Planned</dt><dd>{formatDateTime(chart.session.plannedStart)}</dd></div>
        </dl>
        <SavedIndicator savedAt={savedAt} />
        {chart.cancellation ? <p className="danger-text">Cancelled: {chart.cancellation.reason}</p> : null}
      </div>
      <SessionTimer chart={chart} />
      <InfusionControls chart={chart} />
    </section>
  );
}
