// The table from each contract channel to the service that answers it: one line a channel.
import { getOnePatient, listAllPatients, registerNewPatient } from '../services/patients.service';
import { getOneSession, listSessionsForPatient, openNewSession } from '../services/sessions.service';
import { listVitalsForSession, recordVitalsSet } from '../services/vitals.service';
import { notBuiltYet } from '../services/not-built';
import type { HandlerTable } from './handle';

export const handlers: HandlerTable = {
  patients: {
    register: registerNewPatient,
    list: listAllPatients,
    get: getOnePatient,
    recordProfile: notBuiltYet,
    getProfile: notBuiltYet,
  },
  sessions: { open: openNewSession, listForPatient: listSessionsForPatient, get: getOneSession, chart: notBuiltYet },
  charting: {
    checkIn: notBuiltYet,
    screen: notBuiltYet,
    resolveScreeningItem: notBuiltYet,
    cancel: notBuiltYet,
    recordDose: notBuiltYet,
    startInfusion: notBuiltYet,
    pauseInfusion: notBuiltYet,
    resumeInfusion: notBuiltYet,
    stopInfusion: notBuiltYet,
    recordDrugUse: notBuiltYet,
    recordDissociation: notBuiltYet,
    recordSedation: notBuiltYet,
    recordEmergence: notBuiltYet,
    recordAdverseEvent: notBuiltYet,
    acknowledgeAlert: notBuiltYet,
    startRest: notBuiltYet,
    recordDischargeAssessment: notBuiltYet,
    confirmEscort: notBuiltYet,
    discharge: notBuiltYet,
    sign: notBuiltYet,
    addAddendum: notBuiltYet,
  },
  board: { get: notBuiltYet },
  settings: { get: notBuiltYet, update: notBuiltYet },
  clock: { now: notBuiltYet },
  vitals: { record: recordVitalsSet, listForSession: listVitalsForSession },
};
