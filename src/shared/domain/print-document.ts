// Folds a session's chart into the facts a printed document shows (discharge sheet, session record, downtime
// sheet). Pure: the main side hands in the chart, the clinic's print settings, user names and the time.
import { addMinutes } from 'date-fns';
import type { SessionChart, TimelineEntry } from '../contract/chart.contract';
import type {
  PrintDocumentData,
  PrintDocumentKind,
  PrintLanguage,
  PrintRecordEntry,
  PrintSettings,
} from '../contract/print.contract';


const CLINIC_FIELDS = [
  ['clinicName', 'Clinic name'],
  ['clinicAddress', 'Clinic address'],
  ['clinicPhone', 'Clinic phone'],
] as const;

/** The clinic details a printed sheet needs and the settings still lack, in plain words. */
export function missingClinicDetails(settings: PrintSettings): string[] {
  return CLINIC_FIELDS.filter(([key]) => settings[key].trim() === '').map(([, label]) => label);
}

/** The refusal shown before printing while a clinic detail is missing (null when none is). */
export function missingClinicDetailsMessage(settings: PrintSettings): string | null {
  const missing = missingClinicDetails(settings);
  if (missing.length === 0) return null;
  const list = missing.length === 1 ? missing[0] : `${missing.slice(0, -1).join(', ')} and ${missing.at(-1)}`;
  return `${list} ${missing.length === 1 ? 'is' : 'are'} not set: enter ${missing.length === 1 ? 'it' : 'them'} under Settings → Printing, then print again.`;
}

export interface PrintDocumentInput {
  readonly chart: SessionChart;
  readonly document: PrintDocumentKind;
  readonly requestedLanguage: PrintLanguage | undefined;
  readonly settings: PrintSettings;
  /** Display names of the users named in the record (unknown ids print as the id). */
  readonly userNames: ReadonlyMap<string, string>;
  /** Who asks for the document now (the nurse named on a sheet printed before discharge). */
  readonly actorUserId: string;
  readonly now: Date;
}

const OBSERVATION_KINDS = new Set(['dissociation', 'sedation', 'emergence', 'adverse_event', 'alert_raised', 'alert_acknowledged', 'infusion_paused', 'infusion_resumed']);

export function buildPrintDocumentData(input: PrintDocumentInput): PrintDocumentData {
  const { chart, settings } = input;
  const nameOf = (userId: string) => input.userNames.get(userId) ?? userId;
  const superseded = new Set(chart.timeline.map((e) => e.supersedesId).filter((id): id is string => id !== null));
  const current = chart.timeline.filter((e) => !superseded.has(e.id));
  const ofKind = (kind: string) => current.filter((e) => e.kind === kind);

  const preferredLanguage = chart.patient.profile?.preferredLanguage ?? null;
  const dischargedEntry = ofKind('discharged').at(-1);
  const nurseId = dischargedEntry?.authorUserId ?? input.actorUserId;
  const confirmed = chart.discharge.escortConfirmed;
  const checkInEscort = chart.checkIn?.escort ?? null;
  const escort = confirmed
    ? { name: confirmed.name, phone: checkInEscort && confirmed.matchesCheckIn ? checkInEscort.phone : null }
    : checkInEscort
      ? { name: checkInEscort.name, phone: checkInEscort.phone }
      : null;

  const stopped = ofKind('infusion_stopped').at(-1);
  const runMinutes =
    stopped && typeof stopped.payload.runMinutes === 'number'
      ? stopped.payload.runMinutes
      : chart.infusion.endedAt
        ? Math.round(chart.infusion.elapsedMs / 60_000)
        : null;

  const overrides: PrintDocumentData['overrides'] = [];
  for (const item of chart.screening?.items ?? []) {
    if (!item.resolution) continue;
    overrides.push({ what: item.message, decision: item.resolution.decision, approverName: item.resolution.approverName, reason: item.resolution.reason, at: item.resolution.at });
  }
  if (chart.discharge.earlyDischargeOverride) {
    const o = chart.discharge.earlyDischargeOverride;
    overrides.push({ what: 'Discharge before the minimum rest', decision: 'override', approverName: o.approverName, reason: o.reason, at: chart.discharge.dischargedAt });
  }

  return {
    document: input.document,
    language: input.requestedLanguage ?? preferredLanguage ?? 'en',
    preferredLanguage,
    generatedAt: input.now.toISOString(),
    paperSize: settings.paperSize,
    clinic: { name: settings.clinicName, address: settings.clinicAddress, phone: settings.clinicPhone },
    patient: {
      familyName: chart.patient.familyName,
      givenName: chart.patient.givenName,
      dateOfBirth: chart.patient.dateOfBirth,
      mrn: chart.patient.mrn,
    },
    session: {
      id: chart.session.id,
      chair: chart.session.chair,
      route: chart.session.route,
      plannedStart: chart.session.plannedStart,
      indication: chart.session.indication,
      orderingPhysician: chart.session.orderingPhysician,
      phase: chart.phase,
    },
    series: { position: chart.series.position, of: chart.series.of, maintenance: chart.series.position > chart.series.of },
    escort,
    nurse: { userId: nurseId, name: nameOf(nurseId) },
    printedBy: { userId: input.actorUserId, name: nameOf(input.actorUserId) },
    dischargedAt: chart.discharge.dischargedAt,
    readyToLeaveAt: chart.discharge.readyToLeaveAt,
    nextAppointment: chart.discharge.nextAppointment,
    benzodiazepine: chart.benzodiazepine,
    dose: chart.dose,
    weightKg: chart.checkIn?.weightKg ?? null,
    infusion: {
      startedAt: chart.infusion.startedAt,
      endedAt: chart.infusion.endedAt,
      plannedRunMinutes: chart.infusion.plannedRunMinutes,
      runMinutes,
      pauses: chart.infusion.pauses,
      endReason: chart.infusion.endReason,
      runTimeReason: chart.infusion.runTimeReason,
    },
    rest: { startedAt: chart.rest.startedAt, minimumMinutes: chart.rest.minimumMinutes, earliestDischargeAt: chart.rest.earliestDischargeAt },
    vitals: ofKind('vitals')
      .map((e) => {
        const v = e.payload as Record<string, number | undefined>;
        return {
          id: e.id,
          recordedAt: e.recordedAt,
          systolic: v.systolic ?? 0,
          diastolic: v.diastolic ?? 0,
          heartRate: v.heartRate ?? 0,
          spo2: v.spo2 ?? 0,
          respiratoryRate: v.respiratoryRate ?? 0,
          temperatureC: v.temperatureC ?? null,
          byName: nameOf(e.authorUserId),
          lateEntry: e.lateEntry,
          fromPaper: e.fromPaper,
        };
      })
      .sort((a, b) => a.recordedAt.localeCompare(b.recordedAt)),
    observations: current
      .filter((e) => OBSERVATION_KINDS.has(e.kind))
      .map((e) => ({ id: e.id, kind: e.kind, recordedAt: e.recordedAt, summary: e.summary, byName: nameOf(e.authorUserId), lateEntry: e.lateEntry, fromPaper: e.fromPaper })),
    overrides,
    dischargeAssessment: chart.discharge.assessment
      ? {
          scale: chart.discharge.assessment.scale,
          total: chart.discharge.assessment.total,
          minScore: chart.discharge.assessment.minScore,
          passes: chart.discharge.assessment.passes,
          at: chart.discharge.assessment.at,
        }
      : null,
    signature: chart.signature
      ? { signedByName: nameOf(chart.signature.signedBy), signedAt: chart.signature.signedAt, meaning: chart.signature.meaning }
      : null,
    addenda: ofKind('addendum').map((e) => ({
      id: e.id,
      at: e.recordedAt,
      byName: nameOf(e.authorUserId),
      reason: String(e.payload.reason ?? ''),
      text: String(e.payload.text ?? ''),
    })),
    downtime: downtimeDueTimes({
      plannedStart: chart.session.plannedStart,
      startedAt: chart.infusion.startedAt,
      intervalMinutes: chart.vitals.intervalMinutes,
      plannedRunMinutes: chart.infusion.plannedRunMinutes,
      minimumRestMinutes: chart.rest.minimumMinutes,
    }),
    prints: printsOf(current, nameOf),
  };
}

export interface DowntimeScheduleInput {
  readonly plannedStart: string;
  /** The charted start, once there is one. */
  readonly startedAt: string | null;
  readonly intervalMinutes: number;
  readonly plannedRunMinutes: number;
  readonly minimumRestMinutes: number;
}

/**
 * The vitals due times printed on the downtime sheet: the baseline at the start, then every interval until the end
 * of the minimum rest after the planned run. They count from the real start once charted, else the planned one.
 */
export function downtimeDueTimes(input: DowntimeScheduleInput): PrintDocumentData['downtime'] {
  const anchor = input.startedAt ? 'infusion_start' : 'planned_start';
  const start = new Date(input.startedAt ?? input.plannedStart);
  const span = input.plannedRunMinutes + input.minimumRestMinutes;
  const dueTimes: string[] = [];
  const step = Math.max(1, input.intervalMinutes); // a setting is at least 10; never loop forever on bad data
  for (let minutes = 0; minutes <= span; minutes += step) dueTimes.push(addMinutes(start, minutes).toISOString());
  // The last set is due at the end of the rest even when the interval does not land on it.
  const end = addMinutes(start, span).toISOString();
  if (dueTimes.at(-1) !== end) dueTimes.push(end);
  return { intervalMinutes: input.intervalMinutes, anchor, dueTimes };
}

function printsOf(entries: readonly TimelineEntry[], nameOf: (id: string) => string): PrintRecordEntry[] {
  return entries
    .filter((e) => e.kind === 'document_printed')
    .map((e) => ({
      id: e.id,
      document: e.payload.document as PrintRecordEntry['document'],
      language: e.payload.language as PrintRecordEntry['language'],
      output: e.payload.output as PrintRecordEntry['output'],
      at: e.recordedAt,
      byName: nameOf(e.authorUserId),
    }));
}
