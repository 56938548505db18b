// A patient's whole history: every session's record loaded in a fixed number of queries and summarised in memory.
import type { ParsedRequestOf } from '../../shared/contract/envelope';
import { DomainError } from '../../shared/contract/envelope';
import type { getPatientHistory } from '../../shared/contract/history.contract';
import { summarizeSession } from '../../shared/domain/session-chart';
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
    .map((record) => summarizeSession(record, chartNowMs(ctx, record.session.id)))
    .sort((a, b) => b.plannedStart.localeCompare(a.plannedStart));
  return { patient, sessions };
}
