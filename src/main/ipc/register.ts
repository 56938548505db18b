// The table from each contract channel to the service that answers it: one line a channel.
import { getOnePatient, listAllPatients, registerNewPatient } from '../services/patients.service';
import { getOneSession, listSessionsForPatient, openNewSession } from '../services/sessions.service';
import { listVitalsForSession, recordVitalsSet } from '../services/vitals.service';
import type { HandlerTable } from './handle';

export const handlers: HandlerTable = {
  patients: { register: registerNewPatient, list: listAllPatients, get: getOnePatient },
  sessions: { open: openNewSession, listForPatient: listSessionsForPatient, get: getOneSession },
  vitals: { record: recordVitalsSet, listForSession: listVitalsForSession },
};
