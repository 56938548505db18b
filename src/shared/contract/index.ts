// The registry of every channel: the only list the preload, the HTTP client and the main side are built from.
import type { z } from 'zod';
import type { ChannelDef, Envelope } from './envelope';
import * as patients from './patients.contract';
import * as sessions from './sessions.contract';
import * as vitals from './vitals.contract';
import * as backups from './backups.contract';
import * as auth from './auth.contract';
import * as audit from './audit.contract';
import * as profile from './profile.contract';
import * as chart from './chart.contract';
import * as charting from './charting.contract';
import * as infusion from './infusion.contract';
import * as observations from './observations.contract';
import * as discharge from './discharge.contract';
import * as board from './board.contract';
import * as settings from './settings.contract';
import * as clock from './clock.contract';
import * as print from './print.contract';
import * as paper from './paper.contract';
import * as history from './history.contract';
import * as intranasal from './intranasal.contract';

export const contract = {
  patients: {
    register: patients.registerPatient,
    list: patients.listPatients,
    get: patients.getPatient,
    recordProfile: profile.recordPatientProfile,
    getProfile: profile.getPatientProfile,
    history: history.getPatientHistory,
  },
  sessions: {
    open: sessions.openSession,
    listForPatient: sessions.listPatientSessions,
    get: sessions.getSession,
    chart: chart.getSessionChart,
  },
  charting: {
    checkIn: charting.checkIn,
    screen: charting.screen,
    resolveScreeningItem: charting.resolveScreeningItem,
    cancel: charting.cancelSession,
    recordDose: infusion.recordDose,
    startInfusion: infusion.startInfusion,
    pauseInfusion: infusion.pauseInfusion,
    resumeInfusion: infusion.resumeInfusion,
    stopInfusion: infusion.stopInfusion,
    giveIntranasalDevice: intranasal.giveIntranasalDevice,
    recordDrugUse: infusion.recordDrugUse,
    recordDissociation: observations.recordDissociation,
    recordSedation: observations.recordSedation,
    recordEmergence: observations.recordEmergence,
    recordAdverseEvent: observations.recordAdverseEvent,
    acknowledgeAlert: observations.acknowledgeAlert,
    startRest: discharge.startRest,
    recordDischargeAssessment: discharge.recordDischargeAssessment,
    confirmEscort: discharge.confirmEscort,
    discharge: discharge.discharge,
    sign: discharge.signSession,
    addAddendum: discharge.addAddendum,
    beginPaperTranscription: paper.beginPaperTranscription,
    endPaperTranscription: paper.endPaperTranscription,
  },
  board: { get: board.getBoard },
  settings: { get: settings.getSettings, update: settings.updateSettings },
  print: { documentData: print.getPrintDocumentData, record: print.recordPrint, output: print.outputDocument },
  printSettings: { get: print.getPrintSettings, update: print.updatePrintSettings },
  clock: { now: clock.getClockNow },
  vitals: { record: vitals.recordVitals, listForSession: vitals.listSessionVitals },
  backups: { create: backups.createBackup, list: backups.listBackups, restore: backups.restoreBackup, setRetention: backups.setBackupRetention },
  storage: { status: backups.getStorageStatus },
  auth: {
    status: auth.getAuthStatus,
    setupAdministrator: auth.setupAdministrator,
    listUsers: auth.listUsers,
    signIn: auth.signIn,
    signOut: auth.signOut,
    lock: auth.lock,
    noteActivity: auth.noteActivity,
    createUser: auth.createUser,
    getSettings: auth.getAuthSettings,
    updateSettings: auth.updateAuthSettings,
    lockedBoard: auth.getLockedBoard,
    changeSecret: auth.changeOwnSecret,
  },
  audit: { verify: audit.verifyAudit, listRecent: audit.listRecentAudit },
} as const satisfies Record<string, Record<string, ChannelDef>>;

export type Contract = typeof contract;

export const allChannels: readonly ChannelDef[] = Object.values(contract).flatMap((domain) =>
  Object.values(domain as Record<string, ChannelDef>),
);

export const channelsByName: ReadonlyMap<string, ChannelDef> = new Map(allChannels.map((c) => [c.name, c]));

/** The typed API every renderer-side caller sees: `api.vitals.record(input)` answers with an envelope. */
export type ChairsideApi = {
  [D in keyof Contract]: {
    [M in keyof Contract[D]]: Contract[D][M] extends ChannelDef<infer Req, infer Res>
      ? (input: z.input<Req>) => Promise<Envelope<z.output<Res>>>
      : never;
  };
};

/** Builds the typed API over any transport that can carry one call; used by the preload and the HTTP client. */
export function buildApi(call: (channel: string, payload: unknown) => Promise<unknown>): ChairsideApi {
  const api: Record<string, Record<string, (input: unknown) => Promise<unknown>>> = {};
  for (const [domain, channels] of Object.entries(contract)) {
    api[domain] = {};
    for (const [method, def] of Object.entries(channels as Record<string, ChannelDef>)) {
      api[domain][method] = (input: unknown) => call(def.name, input);
    }
  }
  return api as ChairsideApi;
}

export * from './envelope';
