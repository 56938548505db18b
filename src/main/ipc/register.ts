// The table from each contract channel to the service that answers it: one line a channel.
import { getOnePatient, listAllPatients, registerNewPatient } from '../services/patients.service';
import { getOneSession, listSessionsForPatient, openNewSession } from '../services/sessions.service';
import { listVitalsForSession, recordVitalsSet } from '../services/vitals.service';
import { createBackupNow, listBackupFiles, restoreBackupFile, setRetention, storageStatus } from '../services/backup.service';
import * as auth from '../services/auth.service';
import { listRecentAuditRows, verifyAuditChain } from '../services/audit.service';
import { recordProfile, getProfile } from '../services/profile.service';
import { changeSettings, clockNow, getSettingsView } from '../services/settings.service';
import { cancel, checkInPatient, recordScreening, resolveItem } from '../services/charting/before-start.service';
import { drugUse, pause, recordDoseAndDrug, resume, start, stop } from '../services/charting/infusion.service';
import { acknowledge, adverseEvent, dissociation, emergence, sedation } from '../services/charting/observations.service';
import { addendum, assessment, dischargePatient, escort, rest, sign } from '../services/charting/discharge.service';
import { getBoard, getChart } from '../services/charting/read.service';
import { getDocumentData, outputSessionDocument, recordDocumentPrinted } from '../services/print.service';
import { changePrintSettings, getPrintSettingsView } from '../services/print-settings.service';
import { beginTranscription, endTranscription } from '../services/charting/paper.service';
import { patientHistory } from '../services/history.service';
import { giveDevice } from '../services/charting/intranasal.service';
import type { HandlerTable } from './handle';

export const handlers: HandlerTable = {
  patients: {
    register: registerNewPatient,
    list: listAllPatients,
    get: getOnePatient,
    recordProfile: recordProfile,
    getProfile: getProfile,
    history: patientHistory,
  },
  sessions: { open: openNewSession, listForPatient: listSessionsForPatient, get: getOneSession, chart: getChart },
  charting: {
    checkIn: checkInPatient,
    screen: recordScreening,
    resolveScreeningItem: resolveItem,
    cancel: cancel,
    recordDose: recordDoseAndDrug,
    startInfusion: start,
    pauseInfusion: pause,
    resumeInfusion: resume,
    stopInfusion: stop,
    giveIntranasalDevice: giveDevice,
    recordDrugUse: drugUse,
    recordDissociation: dissociation,
    recordSedation: sedation,
    recordEmergence: emergence,
    recordAdverseEvent: adverseEvent,
    acknowledgeAlert: acknowledge,
    startRest: rest,
    recordDischargeAssessment: assessment,
    confirmEscort: escort,
    discharge: dischargePatient,
    sign: sign,
    addAddendum: addendum,
    beginPaperTranscription: beginTranscription,
    endPaperTranscription: endTranscription,
  },
  board: { get: getBoard },
  settings: { get: getSettingsView, update: changeSettings },
  print: { documentData: getDocumentData, record: recordDocumentPrinted, output: outputSessionDocument },
  printSettings: { get: getPrintSettingsView, update: changePrintSettings },
  clock: { now: clockNow },
  vitals: { record: recordVitalsSet, listForSession: listVitalsForSession },
  backups: { create: createBackupNow, list: listBackupFiles, restore: restoreBackupFile, setRetention },
  storage: { status: storageStatus },
  auth: {
    status: auth.getStatus,
    setupAdministrator: auth.setupFirstAdministrator,
    listUsers: auth.listUsersForLockScreen,
    signIn: auth.signInUser,
    signOut: auth.signOutUser,
    lock: auth.lockWorkstation,
    noteActivity: auth.noteUserActivity,
    createUser: auth.createNewUser,
    getSettings: auth.getSignInSettings,
    updateSettings: auth.updateSignInSettings,
    // The board's own service, read for the lock screen and stripped to initials (a running infusion is never hidden).
    lockedBoard: async (ctx, input) => auth.toLockedBoard(await handlers.board.get(ctx, input)),
    changeSecret: auth.changeSignedInUserSecret,
  },
  audit: { verify: verifyAuditChain, listRecent: listRecentAuditRows },
};
