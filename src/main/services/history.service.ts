// A patient's whole history: every session's record loaded in a fixed number of queries and folded in memory.
import type { ParsedRequestOf } from '../../shared/contract/envelope';
import { DomainError } from '../../shared/contract/envelope';
import type { getPatientHistory, SessionSummary } from '../../shared/contract/history.contract';
import type { SessionChart } from '../../shared/contract/chart.contract';
import { buildChart } from '../../shared/domain/session-chart';
import { findPatient } from '../data/patients.reader';
import { loadPatientSessionRecords } from '../data/session-record.reader';
import { chartNowMs } from './charting/chart-clock';
import type { ServiceContext } from './context';

export async function patientHistory(ctx: ServiceContext, input: ParsedRequestOf<typeof getPatientHistory>) {
  const db = ctx.store.read;
  const patient = await findPatient(db, input.patientId);
  if (!patient) throw new DomainError('not_found', 'No patient with that id.', 'patientId');
  const records = await loadPatientSessionRecords(db, input.patientId);
  const sessions = [...records.values()]
    .map((record) => summarise(buildChart(record, chartNowMs(ctx, record.session.id)).chart))
    .sort((a, b) => b.plannedStart.localeCompare(a.plannedStart));
  return { patient, sessions };
}

function summarise(chart: SessionChart): SessionSummary {
  const ratings = chart.timeline
    .filter((e) => e.kind === 'dissociation' && !e.supersededBy)
    .map((e) => Number((e.payload as { rating?: number }).rating));
  return {
    sessionId: chart.session.id,
    plannedStart: chart.session.plannedStart,
    chair: chart.session.chair,
    route: chart.session.route,
    phase: chart.phase,
    seriesLabel: chart.series.label,
    doseMg: chart.dose?.totalMg ?? null,
    infusionMinutes: chart.infusion.startedAt ? Math.round(chart.infusion.elapsedMs / 60_000) : null,
    highestDissociation: ratings.length > 0 ? Math.max(...ratings) : null,
    openAlerts: chart.alerts.open.length,
    dischargedAt: chart.discharge.dischargedAt,
    signedAt: chart.signature?.signedAt ?? null,
  };
}
