// The session chart read model: everything the session screen shows, computed on the main side so the renderer
// never re-implements a rule (phase, timers, vitals due, alerts, screening, allowed actions).
import { z } from 'zod';
import { channel } from './envelope';
import { calendarDateSchema, idSchema, instantSchema } from './common';
import { weightInputSchema } from './patients.contract';
import { patientProfileSchema } from './profile.contract';
import { indicationSchema, routeSchema } from './sessions.contract';
import { vitalsValuesSchema } from './vitals.contract';

export const phases = [
  'scheduled',
  'checked_in',
  'screened',
  'infusing',
  'paused',
  'infusion_ended',
  'resting',
  'ready_for_discharge',
  'discharged',
  'signed',
  'cancelled',
] as const;
export const phaseSchema = z.enum(phases);
export type Phase = z.infer<typeof phaseSchema>;

/** Every step a user can ask for; `actions` in the chart says which are allowed now and, if not, why. */
export const actionNames = [
  'checkIn',
  'screen',
  'resolveScreeningItem',
  'recordDose',
  'startInfusion',
  'pauseInfusion',
  'resumeInfusion',
  'stopInfusion',
  'giveIntranasalDevice',
  'recordVitals',
  'recordDissociation',
  'recordSedation',
  'recordEmergence',
  'recordAdverseEvent',
  'acknowledgeAlert',
  'startRest',
  'recordDischargeAssessment',
  'confirmEscort',
  'recordDrugUse',
  'discharge',
  'sign',
  'addAddendum',
  'cancel',
] as const;
export const actionNameSchema = z.enum(actionNames);
export type ActionName = z.infer<typeof actionNameSchema>;
export const actionStateSchema = z.object({
  allowed: z.boolean(),
  /** Plain words for a disabled button ("Record baseline vitals first."); null when allowed. */
  reason: z.string().nullable(),
  /** True when the step is allowed only with a physician's credentials in the request (e.g. discharge before the minimum rest). */
  requiresPhysician: z.boolean(),
});
export const allowedActionsSchema = z.object(
  Object.fromEntries(actionNames.map((a) => [a, actionStateSchema])) as Record<ActionName, typeof actionStateSchema>,
);
export type AllowedActions = z.infer<typeof allowedActionsSchema>;

export const screeningCodes = [
  'ketamine_hypersensitivity',
  'recent_heart_attack',
  'recent_stroke',
  'relative_contraindication',
  'substance_misuse',
  'benzodiazepine_hold',
  'fasting_solids',
  'fasting_clear_liquids',
  'intake_times_missing',
  'escort_missing',
  'baseline_vitals_missing',
  'baseline_bp_high',
  'profile_missing',
  'dose_missing',
] as const;
export const screeningCodeSchema = z.enum(screeningCodes);
export type ScreeningCode = z.infer<typeof screeningCodeSchema>;

export const screeningItemSchema = z.object({
  /** Unique within the screening: the code, plus the drug for a relative contraindication ("relative_contraindication:lamotrigine"). */
  key: z.string(),
  code: screeningCodeSchema,
  severity: z.enum(['hard_stop', 'relative', 'warning', 'flag', 'missing']),
  message: z.string().describe('plain words for the nurse and physician'),
  /** What clears it: a physician's override (hard stops), a physician's acknowledgement, or recording the missing data. */
  resolvedBy: z.enum(['physician_override', 'physician_acknowledgement', 'record_data', 'none']),
  howToResolve: z.string(),
  /** True while it keeps the infusion from starting (false once resolved, and always false for flags and warnings). */
  blocksStart: z.boolean(),
  resolution: z
    .object({
      entryId: idSchema,
      decision: z.enum(['override', 'acknowledge']),
      approverUserId: z.string(),
      approverName: z.string(),
      reason: z.string(),
      at: instantSchema,
    })
    .nullable(),
});
export type ScreeningItem = z.infer<typeof screeningItemSchema>;

export const screeningResultSchema = z.object({
  computedAt: instantSchema,
  items: z.array(screeningItemSchema),
  canStart: z.boolean(),
  /** True once a screening has been recorded (phase screened or later); the items are always the live computation. */
  recorded: z.boolean(),
});
export type ScreeningResult = z.infer<typeof screeningResultSchema>;

export const timelineEntrySchema = z.object({
  id: idSchema,
  kind: z.string(),
  recordedAt: instantSchema.describe('when it happened clinically (late entries give an earlier time)'),
  createdAt: instantSchema.describe('when it was written'),
  authorUserId: z.string(),
  supersedesId: idSchema.nullable(),
  /** Set when a later correction replaced this entry: show it struck through; it no longer counts in any rule. */
  supersededBy: idSchema.nullable(),
  /** One line of plain words ("Infusion paused: patient nauseated"). */
  summary: z.string(),
  payload: z.record(z.string(), z.unknown()),
  /** Addenda come after the entry they amend; the original never changes. */
  amendsEntryId: idSchema.nullable(),
  /** Copied in later from the paper downtime sheet (a late entry from paper). */
  fromPaper: z.boolean(),
  /** Written more than 5 minutes after the time it records. */
  lateEntry: z.boolean(),
});
export type TimelineEntry = z.infer<typeof timelineEntrySchema>;

export const alertBreachSchema = z.object({
  parameter: z.enum(['systolic', 'diastolic', 'heartRate', 'spo2']),
  value: z.number(),
  threshold: z.number(),
  direction: z.enum(['at_or_above', 'above', 'below']),
  message: z.string(),
});
export const alertSchema = z.object({
  id: idSchema.describe('the alert entry id; acknowledge with it'),
  vitalsEntryId: idSchema,
  raisedAt: instantSchema,
  breaches: z.array(alertBreachSchema),
  message: z.string(),
  acknowledgement: z
    .object({ entryId: idSchema, byUserId: z.string(), at: instantSchema, actionTaken: z.string(), medicationGiven: z.string().nullable() })
    .nullable(),
});
export type Alert = z.infer<typeof alertSchema>;

export const vitalsSetSchema = vitalsValuesSchema.extend({ id: idSchema, recordedAt: instantSchema });

/** The dose as charted (the dose entry's payload); the chart's summary adds the entry, its time and the drug use. */
export const doseFactsSchema = z.object({
  route: routeSchema,
  weightBasis: z.enum(['actual', 'ideal']).nullable(),
  actualWeightKg: z.number(),
  idealWeightKg: z.number().nullable().describe('Devine, from height and sex'),
  dosingWeightKg: z.number().nullable(),
  mgPerKg: z.number().nullable(),
  totalMg: z.number(),
  concentrationMgPerMl: z.number().nullable(),
  volumeMl: z.number().nullable(),
  plannedRunMinutes: z.number().nullable(),
  pumpRateMlPerH: z.number().nullable(),
  intranasalDevices: z.number().nullable().describe('28 mg esketamine devices, 5 min apart'),
  drug: z.object({
    name: z.string(),
    lot: z.string(),
    expiry: calendarDateSchema,
    vialStrengthMgPerMl: z.number().nullable(),
    vialVolumeMl: z.number().nullable(),
  }),
});

export const doseSummarySchema = z.object({
  entryId: idSchema,
  ...doseFactsSchema.shape,
  recordedAt: instantSchema,
  /** Filled by charting:record-drug-use after the infusion. */
  use: z
    .object({ entryId: idSchema, givenMg: z.number(), wastedMg: z.number(), witnessUserId: z.string().nullable(), witnessName: z.string().nullable(), at: instantSchema })
    .nullable(),
});
export type DoseSummary = z.infer<typeof doseSummarySchema>;

export const sessionChartSchema = z.object({
  now: instantSchema.describe("the main side's time this chart was computed at; timers below are as of this instant"),
  session: z.object({
    id: idSchema,
    patientId: idSchema,
    chair: z.number().int(),
    route: routeSchema,
    plannedStart: instantSchema,
    openedAt: instantSchema,
    indication: indicationSchema.nullable(),
    orderingPhysician: z.string().nullable(),
  }),
  phase: phaseSchema,
  patient: z.object({
    id: idSchema,
    familyName: z.string(),
    givenName: z.string(),
    dateOfBirth: calendarDateSchema,
    mrn: z.string().nullable(),
    profile: patientProfileSchema.nullable(),
  }),
  checkIn: z
    .object({
      entryId: idSchema,
      weightKg: z.number(),
      weightEntered: weightInputSchema,
      lastSolidFoodAt: instantSchema.nullable(),
      lastClearLiquidAt: instantSchema.nullable(),
      escort: z.object({ name: z.string(), phone: z.string() }).nullable(),
      recordedAt: instantSchema,
    })
    .nullable(),
  screening: screeningResultSchema.nullable(),
  timeline: z.array(timelineEntrySchema),
  /** True while the nurse is copying entries in from the paper downtime sheet. */
  paperTranscriptionOpen: z.boolean(),
  /** Intranasal esketamine only: the planned devices, those given, and when the next may be given. */
  intranasal: z
    .object({
      devicesPlanned: z.number().int().nullable(),
      given: z.array(z.object({ device: z.number().int(), at: instantSchema })),
      nextDeviceAt: instantSchema.nullable(),
    })
    .nullable(),
  infusion: z.object({
    startedAt: instantSchema.nullable(),
    endedAt: instantSchema.nullable(),
    running: z.boolean().describe('true while infusing (not paused): the renderer may tick elapsedMs on from `now`'),
    elapsedMs: z.number().int().nonnegative().describe('infusion time so far, pauses excluded, as of `now`'),
    plannedRunMinutes: z.number(),
    pauses: z.array(z.object({ from: instantSchema, to: instantSchema.nullable(), reason: z.string() })),
    endReason: z.enum(['completed', 'stopped_early']).nullable(),
    runTimeReason: z.string().nullable(),
  }),
  rest: z.object({
    startedAt: instantSchema.nullable().describe('rest counts from infusion end'),
    minimumMinutes: z.number(),
    earliestDischargeAt: instantSchema.nullable(),
    remainingMs: z.number().int().nonnegative().nullable(),
  }),
  vitals: z.object({
    intervalMinutes: z.number(),
    baseline: vitalsSetSchema.nullable(),
    latest: vitalsSetSchema.nullable(),
    nextDueAt: instantSchema.nullable().describe('null outside the schedule (before start, after discharge)'),
    overdue: z.boolean(),
    overdueByMs: z.number().int().nonnegative(),
  }),
  alerts: z.object({ open: z.array(alertSchema), all: z.array(alertSchema) }),
  dose: doseSummarySchema.nullable(),
  series: z.object({ position: z.number().int(), of: z.number().int(), label: z.string().describe('"infusion 2 of 6"') }),
  benzodiazepine: z.object({
    drugs: z.array(z.string()),
    holdApplies: z.boolean(),
    earliestResumeAt: instantSchema.nullable().describe('infusion end + the resume setting; on the discharge sheet'),
  }),
  discharge: z.object({
    assessment: z
      .object({ entryId: idSchema, scale: z.enum(['aldrete', 'padss']), total: z.number().int(), passes: z.boolean(), minScore: z.number(), at: instantSchema })
      .nullable(),
    escortConfirmed: z.object({ name: z.string(), at: instantSchema, matchesCheckIn: z.boolean() }).nullable(),
    dischargedAt: instantSchema.nullable(),
    readyToLeaveAt: instantSchema.nullable(),
    nextAppointment: instantSchema.nullable(),
    earlyDischargeOverride: z.object({ approverName: z.string(), reason: z.string() }).nullable(),
  }),
  signature: z.object({ entryId: idSchema, signedBy: z.string(), signerName: z.string().nullable(), signedAt: instantSchema, meaning: z.string() }).nullable(),
  cancellation: z.object({ reason: z.string(), at: instantSchema }).nullable(),
  actions: allowedActionsSchema,
});
export type SessionChart = z.infer<typeof sessionChartSchema>;

// A polling read (every 20 s): not activity, so an open chart does not keep the workstation from locking.
export const getSessionChart = channel('sessions:chart', z.strictObject({ sessionId: idSchema }), sessionChartSchema, ['not_found'], {
  activity: false,
});

/** What every charting command answers: the id of the entry it wrote and the chart as it now stands. */
export const commandResultSchema = z.object({ entryId: idSchema, chart: sessionChartSchema });
export type CommandResult = z.infer<typeof commandResultSchema>;
