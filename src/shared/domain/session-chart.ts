// Folds a session's record into its chart: phase, screening, timers, vitals due, alerts, dose, discharge data, and
// what may be done now. Pure: the main side calls it for every read and before every write.
import type { ActionName, Alert, AllowedActions, ScreeningItem, SessionChart } from '../contract/chart.contract';
import type { BoardSession } from '../contract/board.contract';
import type { SessionSummary } from '../contract/history.contract';
import { actionNames } from '../contract/chart.contract';
import { classifyMedication } from './drug-lists';
import { foldPhase, stepRefusal, type LifecycleEvent } from './lifecycle';
import { computeScreening, heldBenzodiazepines, mergeMedications } from './screening';
import { seriesPosition } from './series';
import { entriesOfKind, latestOfKind, type AnyEntry, type SessionRecord } from './session-record';
import { earliestDischargeMs, effectiveNowMs, infusionTiming, remainingMs, type TimingEvent } from './timing';
import { summarize } from './timeline';
import { paperTranscription } from './paper-entries';
import { intranasalDeviceRefusal, nextDeviceAtMs, type Refusal } from './intranasal';
import { vitalsDue } from './vitals-schedule';

export interface Verdict {
  readonly allowed: boolean;
  readonly reason: string | null;
  readonly code: 'conflict' | 'rule_blocked' | null;
  readonly requiresPhysician: boolean;
}

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());
/** A record's times are parsed once per record: its facts and timeline are kept with it (recordFacts, timelineOf). */
const ms = (isoTime: string) => Date.parse(isoTime);

function lifecycleEvent(e: AnyEntry): LifecycleEvent | null {
  switch (e.kind) {
    case 'discharge_assessment':
      return { kind: 'discharge_assessment', passes: e.payload.passes };
    case 'check_in':
    case 'screening':
    case 'session_cancelled':
    case 'infusion_started':
    case 'infusion_paused':
    case 'infusion_resumed':
    case 'infusion_stopped':
    case 'rest_started':
    case 'discharged':
    case 'signed':
      return { kind: e.kind };
    default:
      return null;
  }
}

const timingKinds = { infusion_started: 'start', infusion_paused: 'pause', infusion_resumed: 'resume', infusion_stopped: 'stop' } as const;

/** What may be done now, without the rest of the chart (a write's checks need only this). */
export function decideVerdicts(record: SessionRecord, clockNowMs: number): Record<ActionName, Verdict> {
  return verdictsAt(record, foldAt(record, clockNowMs)).verdicts;
}

export function buildChart(record: SessionRecord, clockNowMs: number): { chart: SessionChart; verdicts: Record<ActionName, Verdict> } {
  const folded = foldAt(record, clockNowMs);
  const decided = verdictsAt(record, folded);
  return { chart: assembleChart(record, folded, decided), verdicts: decided.verdicts };
}

/** One line of a patient's history, without building the whole chart (a history folds every session they had). */
export function summarizeSession(record: SessionRecord, clockNowMs: number): SessionSummary {
  const { facts: f, timing } = foldAt(record, clockNowMs);
  const ratings = entriesOfKind(f.entries, 'dissociation').map((e) => e.payload.rating);
  return {
    sessionId: record.session.id,
    plannedStart: record.session.plannedStart,
    chair: chairOf(f),
    route: record.session.route,
    phase: f.phase,
    seriesLabel: seriesOf(record).label,
    doseMg: f.dose?.payload.totalMg ?? null,
    infusionMinutes: timing.startedAtMs !== null ? Math.round(timing.elapsedMs / 60_000) : null,
    highestDissociation: ratings.length > 0 ? Math.max(...ratings) : null,
    openAlerts: f.openAlerts.length,
    dischargedAt: f.discharged?.recordedAt ?? null,
    signedAt: f.signed?.recordedAt ?? null,
  };
}

/** A chair's line on the room board (and on the locked board), without building the whole chart: every poll. */
export function boardSession(record: SessionRecord, clockNowMs: number): { chair: number; session: BoardSession } {
  const { facts: f, nowMs, timing, due } = foldAt(record, clockNowMs);
  const initial = (s: string) => s.trim().charAt(0).toUpperCase();
  return {
    chair: chairOf(f),
    session: {
      sessionId: record.session.id,
      patientId: record.patient.id,
      familyName: record.patient.familyName,
      givenName: record.patient.givenName,
      initials: `${initial(record.patient.givenName)}${initial(record.patient.familyName)}`,
      route: record.session.route,
      phase: f.phase,
      plannedStart: record.session.plannedStart,
      infusionRunning: timing.running,
      elapsedInfusionMs: timing.elapsedMs,
      plannedRunMinutes: plannedRunMinutes(record, f),
      restRemainingMs: restRemainingMs(f, nowMs),
      earliestDischargeAt: iso(f.earliestMs),
      nextVitalsDueAt: iso(due.nextDueAtMs),
      vitalsOverdue: due.overdue,
      openAlerts: f.openAlerts,
      seriesLabel: seriesOf(record).label,
    },
  };
}

/** The chair the session is in now (the latest assignment), and its place in the patient's series. */
const chairOf = (f: RecordFacts) => f.chairs.at(-1)?.payload.chair ?? 0;
const seriesOf = (record: SessionRecord) => seriesPosition(record.series, record.session.id, record.settings.acuteSeriesLength);
const plannedRunMinutes = (record: SessionRecord, f: RecordFacts) => f.dose?.payload.plannedRunMinutes ?? record.settings.defaultRunMinutes;
const restRemainingMs = (f: RecordFacts, nowMs: number) => (f.discharged ? 0 : remainingMs(f.earliestMs, nowMs));

type Folded = ReturnType<typeof foldAt>;
type Decided = ReturnType<typeof verdictsAt>;

/** The record's facts (kept per record) and the few that follow the clock, at this instant. */
function foldAt(record: SessionRecord, clockNowMs: number) {
  const facts = recordFacts(record);
  // Never earlier than what the record already holds: a clock set back cannot make timers run backwards.
  const nowMs = Math.max(clockNowMs, facts.latestRecordMs);
  const timing = infusionTiming(facts.timingEvents, nowMs);
  const due = vitalsDue({ active: facts.scheduleActive, infusionStartMs: timing.startedAtMs, vitalsTimesMs: facts.vitalsTimesMs, intervalMinutes: record.settings.vitalsIntervalMinutes, nowMs });
  // The record's facts by reference, not copied: this runs for every chair at every board poll and before every save.
  return { facts, nowMs, timing, due };
}

/** What may be done now, and why not. */
function verdictsAt(record: SessionRecord, { facts, nowMs, timing }: Folded) {
  const { settings } = record;
  const { dose, drugUse, openAlerts, escort, earliestMs } = facts;
  const screening = screeningOf(record, facts);
  const intranasalFacts = {
    route: record.session.route,
    devicesPlanned: dose?.payload.intranasalDevices ?? null,
    givenAtMs: facts.intranasalGivenAtMs,
    nowMs,
    intervalMinutes: settings.intranasalDeviceIntervalMinutes,
  } as const;
  const verdicts = decideActions({
    intranasalRefusal: intranasalDeviceRefusal(intranasalFacts),
    phase: facts.phase,
    canStart: screening.canStart,
    blockers: screening.blockers,
    openAlertCount: openAlerts.length,
    escortConfirmed: escort !== null,
    earliestDischargeMs: earliestMs,
    nowMs,
    doseRecorded: dose !== null,
    infusionStarted: timing.startedAtMs !== null,
    drugUseRecorded: drugUse !== null,
  });
  return { intranasalFacts, verdicts };
}

type RecordFacts = ReturnType<typeof foldRecordFacts>;

/**
 * The facts that follow from the record alone, kept for the record they were folded from: the board folds every
 * chair each poll, and a save checks the chart the screen has just read, from the same entries. A record is only ever
 * added to, so the same session read with the same last entry, profile, series and settings is the same record.
 */
const factsBySession = new WeakMap<SessionRecord['session'], { readonly from: SessionRecord; readonly facts: RecordFacts }>();

function recordFacts(record: SessionRecord): RecordFacts {
  const kept = factsBySession.get(record.session);
  if (kept && sameRecord(kept.from, record)) return kept.facts;
  const facts = foldRecordFacts(record);
  factsBySession.set(record.session, { from: record, facts });
  return facts;
}

function sameRecord(a: SessionRecord, b: SessionRecord): boolean {
  return (
    a.entries.length === b.entries.length &&
    a.entries.at(-1) === b.entries.at(-1) &&
    a.profile === b.profile &&
    a.series === b.series &&
    a.settings === b.settings &&
    a.patient === b.patient &&
    a.sessionDate === b.sessionDate
  );
}

function foldRecordFacts(record: SessionRecord) {
  const { settings } = record;
  // A corrected entry stays on the timeline but no longer counts: every rule reads the entries in force.
  const supersededBy = new Map(record.entries.filter((e) => e.supersedesId).map((e) => [e.supersedesId!, e.id]));
  const paper = paperTranscription(record.entries);
  const entries = record.entries.filter((e) => !supersededBy.has(e.id));
  const phase = foldPhase(entries.map(lifecycleEvent).filter((e): e is LifecycleEvent => e !== null));

  const timingEvents: TimingEvent[] = [];
  for (const e of entries) {
    const kind = timingKinds[e.kind as keyof typeof timingKinds];
    if (kind) timingEvents.push({ kind, atMs: ms(e.recordedAt) });
  }
  const latestRecordMs = effectiveNowMs(-Infinity, [...entries.map((e) => ms(e.createdAt)), ...timingEvents.map((t) => t.atMs)]);
  // When the infusion started and ended are facts of the record; only the time elapsed follows the clock.
  const { startedAtMs, endedAtMs } = infusionTiming(timingEvents, latestRecordMs);

  const planned = latestOfKind(entries, 'session_planned');
  const chairs = entriesOfKind(entries, 'chair_assigned');
  const checkIn = latestOfKind(entries, 'check_in');
  const dose = latestOfKind(entries, 'dose');
  const drugUse = latestOfKind(entries, 'drug_use');
  const vitals = entriesOfKind(entries, 'vitals');
  const byRecorded = [...vitals].sort((a, b) => a.recordedAt.localeCompare(b.recordedAt) || a.seq - b.seq);
  const baselineEntry = [...byRecorded].reverse().find((v) => startedAtMs === null || ms(v.recordedAt) <= startedAtMs) ?? null;
  const latestVitals = byRecorded.at(-1) ?? null;

  const profile = record.profile?.payload ?? null;
  const medications = mergeMedications(profile?.medications ?? [], checkIn?.payload.medicationsToday ?? []);
  // Alerts: raised with the vitals that breached, open until acknowledged with the action taken.
  const acks = new Map(entriesOfKind(entries, 'alert_acknowledged').map((a) => [a.payload.alertId, a]));
  const alerts: Alert[] = entriesOfKind(entries, 'alert_raised').map((a) => {
    const ack = acks.get(a.id);
    return {
      id: a.id,
      vitalsEntryId: a.payload.vitalsEntryId,
      raisedAt: a.recordedAt,
      breaches: a.payload.breaches,
      message: a.payload.breaches.map((b) => b.message).join(' '),
      acknowledgement: ack
        ? { entryId: ack.id, byUserId: ack.authorUserId, at: ack.recordedAt, actionTaken: ack.payload.actionTaken, medicationGiven: ack.payload.medicationGiven ? `${ack.payload.medicationGiven.name} ${ack.payload.medicationGiven.dose} ${ack.payload.medicationGiven.route}` : null }
        : null,
    };
  });
  const openAlerts = alerts.filter((a) => !a.acknowledgement);

  const stop = latestOfKind(entries, 'infusion_stopped');
  const earliestMs = earliestDischargeMs({
    route: record.session.route,
    infusionStartMs: startedAtMs,
    infusionEndMs: endedAtMs,
    minRestMinutes: settings.minRestMinutes,
    intranasalMonitoringMinutes: settings.intranasalMonitoringMinutes,
  });
  const discharged = latestOfKind(entries, 'discharged');
  const scheduleActive = ['infusing', 'paused', 'infusion_ended', 'resting', 'ready_for_discharge'].includes(phase);

  const benzos = heldBenzodiazepines(medications, settings.benzoDailyDoseThresholdMg);
  const assessment = latestOfKind(entries, 'discharge_assessment');
  const escort = latestOfKind(entries, 'escort_confirmed');
  const signed = latestOfKind(entries, 'signed');
  const cancelled = latestOfKind(entries, 'session_cancelled');

  return {
    supersededBy, paper, entries, phase, timingEvents, latestRecordMs, planned, chairs, checkIn, dose, drugUse, vitals, baselineEntry,
    latestVitals, profile, medications, screeningRecorded: entriesOfKind(entries, 'screening').length > 0, alerts,
    openAlerts, stop, earliestMs, discharged, scheduleActive, vitalsTimesMs: vitals.map((v) => ms(v.recordedAt)), benzos, assessment,
    escort, signed, cancelled, intranasalGivenAtMs: entries.filter((e) => e.kind === 'intranasal_device').map((e) => ms(e.recordedAt)),
  };
}

function assembleChart(record: SessionRecord, folded: Folded, { intranasalFacts, verdicts }: Decided): SessionChart {
  const { settings } = record;
  const { facts, nowMs, timing, due } = folded;
  const {
    paper, entries, phase, planned, checkIn, dose, drugUse, baselineEntry, latestVitals, profile,
    alerts, openAlerts, stop, earliestMs, discharged, benzos, assessment, escort, signed, cancelled,
  } = facts;
  const { items: screeningItems, canStart } = screeningOf(record, facts);
  const screening: SessionChart['screening'] = screeningItems
    ? { computedAt: new Date(nowMs).toISOString(), items: screeningItems, canStart, recorded: facts.screeningRecorded }
    : null;
  const actions = {} as Record<ActionName, AllowedActions[ActionName]>;
  for (const a of actionNames) actions[a] = { allowed: verdicts[a].allowed, reason: verdicts[a].reason, requiresPhysician: verdicts[a].requiresPhysician };

  return {
    now: new Date(nowMs).toISOString(),
    session: {
      ...record.session,
      chair: chairOf(facts),
      indication: planned?.payload.indication ?? null,
      orderingPhysician: planned?.payload.orderingPhysician ?? null,
    },
    phase,
    patient: {
      ...record.patient,
      profile:
        record.profile && profile
          ? {
              patientId: record.patient.id,
              ...profile,
              emergencyContact: profile.emergencyContact ?? null,
              medications: profile.medications.map((m) => {
                const drug = classifyMedication(m.name);
                return { ...m, drugClass: drug?.drugClass ?? 'other', matchedGeneric: drug?.generic ?? null };
              }),
              recordedAt: record.profile.recordedAt,
              authorUserId: record.profile.authorUserId,
              entryId: record.profile.id,
            }
          : null,
    },
    checkIn: checkIn
      ? { entryId: checkIn.id, weightKg: checkIn.payload.weight.kg, weightEntered: checkIn.payload.weight.entered, lastSolidFoodAt: checkIn.payload.lastSolidFoodAt, lastClearLiquidAt: checkIn.payload.lastClearLiquidAt, escort: checkIn.payload.escort, recordedAt: checkIn.recordedAt }
      : null,
    screening,
    timeline: timelineOf(record, facts),
    paperTranscriptionOpen: paper.open,
    intranasal:
      record.session.route === 'intranasal'
        ? {
            devicesPlanned: intranasalFacts.devicesPlanned,
            given: intranasalFacts.givenAtMs.map((at, i) => ({ device: i + 1, at: new Date(at).toISOString() })),
            nextDeviceAt: iso(nextDeviceAtMs(intranasalFacts)),
          }
        : null,
    infusion: {
      startedAt: iso(timing.startedAtMs),
      endedAt: iso(timing.endedAtMs),
      running: timing.running,
      elapsedMs: timing.elapsedMs,
      plannedRunMinutes: plannedRunMinutes(record, facts),
      pauses: pausesOf(entries),
      endReason: stop?.payload.endReason ?? null,
      runTimeReason: stop?.payload.reason ?? null,
    },
    rest: { startedAt: iso(timing.endedAtMs), minimumMinutes: record.session.route === 'intranasal' ? settings.intranasalMonitoringMinutes : settings.minRestMinutes, earliestDischargeAt: iso(earliestMs), remainingMs: restRemainingMs(facts, nowMs) },
    vitals: {
      intervalMinutes: settings.vitalsIntervalMinutes,
      baseline: baselineEntry ? { ...baselineEntry.payload, id: baselineEntry.id, recordedAt: baselineEntry.recordedAt } : null,
      latest: latestVitals ? { ...latestVitals.payload, id: latestVitals.id, recordedAt: latestVitals.recordedAt } : null,
      nextDueAt: iso(due.nextDueAtMs),
      overdue: due.overdue,
      overdueByMs: due.overdueByMs,
    },
    alerts: { open: openAlerts, all: alerts },
    dose: dose
      ? {
          entryId: dose.id,
          ...dose.payload,
          recordedAt: dose.recordedAt,
          use: drugUse ? { entryId: drugUse.id, givenMg: drugUse.payload.givenMg, wastedMg: drugUse.payload.wastedMg, witnessUserId: drugUse.payload.witnessUserId, witnessName: drugUse.payload.witnessName, at: drugUse.recordedAt } : null,
        }
      : null,
    series: seriesOf(record),
    benzodiazepine: {
      drugs: benzos.map((b) => b.name),
      holdApplies: benzos.length > 0,
      earliestResumeAt: benzos.length > 0 && timing.endedAtMs !== null ? iso(timing.endedAtMs + settings.benzoResumeHours * 3_600_000) : null,
    },
    discharge: {
      assessment: assessment ? { entryId: assessment.id, scale: assessment.payload.scale, total: assessment.payload.total, passes: assessment.payload.passes, minScore: assessment.payload.minScore, at: assessment.recordedAt } : null,
      escortConfirmed: escort ? { name: escort.payload.name, at: escort.recordedAt, matchesCheckIn: escort.payload.matchesCheckIn } : null,
      dischargedAt: discharged?.recordedAt ?? null,
      readyToLeaveAt: discharged?.payload.readyToLeaveAt ?? null,
      nextAppointment: discharged?.payload.nextAppointment ?? null,
      earlyDischargeOverride: discharged?.payload.earlyOverride ? { approverName: discharged.payload.earlyOverride.approverName, reason: discharged.payload.earlyOverride.reason } : null,
    },
    signature: signed ? { entryId: signed.id, signedBy: signed.authorUserId, signerName: signed.payload.signerName, signedAt: signed.recordedAt, meaning: signed.payload.meaning } : null,
    cancellation: cancelled ? { reason: cancelled.payload.reason, at: cancelled.recordedAt } : null,
    actions,
  };
}

function pausesOf(entries: readonly AnyEntry[]) {
  const pauses: { from: string; to: string | null; reason: string }[] = [];
  for (const e of entries) {
    if (e.kind === 'infusion_paused') pauses.push({ from: e.recordedAt, to: null, reason: e.payload.reason });
    if ((e.kind === 'infusion_resumed' || e.kind === 'infusion_stopped') && pauses.at(-1)?.to === null) pauses.at(-1)!.to = e.recordedAt;
  }
  return pauses;
}

/**
 * Screening: always the live computation (after check-in), with each physician's resolution applied. A fact of the
 * record, worked out the first time a chart or a verdict asks (a board line or a history summary never does).
 */
const screenings = new WeakMap<RecordFacts, { items: ScreeningItem[] | null; canStart: boolean; blockers: string[] }>();
function screeningOf(record: SessionRecord, facts: RecordFacts) {
  const kept = screenings.get(facts);
  if (kept) return kept;
  const { settings } = record;
  const { entries, phase, checkIn, profile, medications, baselineEntry, dose } = facts;
  const resolutions = new Map(entriesOfKind(entries, 'screening_resolution').map((r) => [r.payload.key, r]));
  let screeningItems: ScreeningItem[] | null = null;
  if (phase !== 'scheduled' || checkIn) {
    const raw = computeScreening({
      sessionDate: record.sessionDate,
      plannedStart: record.session.plannedStart,
      profile: profile
        ? { ketamineHypersensitivity: profile.allergies.ketamineHypersensitivity, history: profile.history, substanceMisuseHistory: profile.substanceMisuseHistory }
        : null,
      medications,
      checkIn: checkIn
        ? { lastSolidFoodAt: checkIn.payload.lastSolidFoodAt, lastClearLiquidAt: checkIn.payload.lastClearLiquidAt, escort: checkIn.payload.escort }
        : null,
      baseline: baselineEntry?.payload ?? null,
      doseRecorded: dose !== null,
      settings,
    });
    screeningItems = raw.map((item) => {
      const r = resolutions.get(item.key);
      const resolution = r
        ? { entryId: r.id, decision: r.payload.decision, approverUserId: r.payload.approverUserId, approverName: r.payload.approverName, reason: r.payload.reason, at: r.recordedAt }
        : null;
      return { key: item.key, code: item.code, severity: item.severity, message: item.message, resolvedBy: item.resolvedBy, howToResolve: item.howToResolve, blocksStart: item.blocking && !resolution, resolution };
    });
  }
  const screening = {
    items: screeningItems,
    canStart: screeningItems?.every((i) => !i.blocksStart) ?? false,
    blockers: screeningItems?.filter((i) => i.blocksStart).map((i) => i.message) ?? [],
  };
  screenings.set(facts, screening);
  return screening;
}

/** The timeline follows from the record alone: built once for the facts kept with it, and only when a chart asks. */
const timelines = new WeakMap<RecordFacts, SessionChart['timeline']>();
function timelineOf(record: SessionRecord, facts: RecordFacts): SessionChart['timeline'] {
  let timeline = timelines.get(facts);
  if (!timeline) timelines.set(facts, (timeline = buildTimeline(record.entries, facts.supersededBy, facts.paper.fromPaper)));
  return timeline;
}

/** An entry written this long after the time it records is a late entry (shown so on screen and on paper). */
const LATE_ENTRY_MS = 5 * 60_000;

/** Clinical-time order; an addendum comes right after the entry it amends, which never changes. */
function buildTimeline(
  entries: readonly AnyEntry[],
  supersededBy: ReadonlyMap<string, string>,
  fromPaper: ReadonlySet<string>,
): SessionChart['timeline'] {
  const sorted = [...entries].sort((a, b) => a.recordedAt.localeCompare(b.recordedAt) || a.seq - b.seq);
  const amending = new Map<string, AnyEntry[]>();
  const main: AnyEntry[] = [];
  const ids = new Set(entries.map((e) => e.id));
  for (const e of sorted) {
    const target = e.kind === 'addendum' ? e.payload.amendsEntryId : null;
    if (target && ids.has(target)) amending.set(target, [...(amending.get(target) ?? []), e]);
    else main.push(e);
  }
  const out: AnyEntry[] = [];
  const visit = (e: AnyEntry) => {
    out.push(e);
    for (const a of amending.get(e.id) ?? []) visit(a);
  };
  main.forEach(visit);
  return out.map((e) => ({
    id: e.id,
    kind: e.kind,
    recordedAt: e.recordedAt,
    createdAt: e.createdAt,
    authorUserId: e.authorUserId,
    supersedesId: e.supersedesId,
    supersededBy: supersededBy.get(e.id) ?? null,
    summary: summarize(e),
    payload: e.payload as Record<string, unknown>,
    amendsEntryId: e.kind === 'addendum' ? e.payload.amendsEntryId : null,
    fromPaper: fromPaper.has(e.id),
    lateEntry: ms(e.createdAt) - ms(e.recordedAt) > LATE_ENTRY_MS,
  }));
}

interface ActionFacts {
  intranasalRefusal: Refusal | null;
  phase: SessionChart['phase'];
  canStart: boolean;
  blockers: string[];
  openAlertCount: number;
  escortConfirmed: boolean;
  earliestDischargeMs: number | null;
  nowMs: number;
  doseRecorded: boolean;
  infusionStarted: boolean;
  drugUseRecorded: boolean;
}

/** What may be done now, and if not, why (conflict = wrong phase, rule_blocked = a clinical rule). */
export function decideActions(f: ActionFacts): Record<ActionName, Verdict> {
  const out = {} as Record<ActionName, Verdict>;
  for (const action of actionNames) {
    const refusal = stepRefusal(f.phase, action);
    out[action] = refusal
      ? { allowed: false, reason: refusal, code: 'conflict', requiresPhysician: false }
      : { allowed: true, reason: null, code: null, requiresPhysician: false };
  }
  const block = (action: ActionName, reason: string, code: 'conflict' | 'rule_blocked' = 'rule_blocked') => {
    if (out[action].allowed) out[action] = { allowed: false, reason, code, requiresPhysician: false };
  };
  if (!f.canStart) block('startInfusion', `Not yet: ${f.blockers.join(' ')}`);
  if (f.openAlertCount === 0) block('acknowledgeAlert', 'There is no open alert.', 'conflict');
  if (f.openAlertCount > 0) block('discharge', `${f.openAlertCount} open alert(s) must be acknowledged first.`);
  if (!f.escortConfirmed) block('discharge', 'Confirm the escort who is taking the patient home first.');
  if (f.intranasalRefusal) block('giveIntranasalDevice', f.intranasalRefusal.reason, f.intranasalRefusal.code);
  if (f.drugUseRecorded) block('recordDrugUse', 'The drug given and wasted is already recorded.', 'conflict');
  if (f.infusionStarted && !f.drugUseRecorded) block('sign', 'Record the drug given and wasted (controlled substance) before signing.');
  if (out.discharge.allowed && f.earliestDischargeMs !== null && f.nowMs < f.earliestDischargeMs) {
    out.discharge = {
      allowed: true,
      reason: `The minimum rest ends at ${new Date(f.earliestDischargeMs).toISOString()}: discharge before then needs a physician's override.`,
      code: null,
      requiresPhysician: true,
    };
  }
  return out;
}
