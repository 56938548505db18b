// Payloads of the session-charting entry kinds (issue 4); merged into entryPayloadSchemas in entries.ts.
import { z } from 'zod';
import { instantSchema } from '../contract/common';
import { weightInputSchema } from '../contract/patients.contract';
import { patientProfileValuesSchema, medicationSchema } from '../contract/profile.contract';
import { indicationSchema } from '../contract/sessions.contract';
import { doseFactsSchema, screeningCodeSchema } from '../contract/chart.contract';
import { adverseEventKinds } from '../contract/observations.contract';

const medicationGiven = z.object({ name: z.string(), dose: z.string(), route: z.string() });

export const chartingEntryPayloadSchemas = {
  patient_profile: patientProfileValuesSchema,
  session_planned: z.object({ indication: indicationSchema.nullable(), orderingPhysician: z.string().nullable() }),
  check_in: z.object({
    weight: z.object({ entered: weightInputSchema, kg: z.number().positive() }),
    lastSolidFoodAt: instantSchema.nullable(),
    lastClearLiquidAt: instantSchema.nullable(),
    escort: z.object({ name: z.string(), phone: z.string() }).nullable(),
    medicationsToday: z.array(medicationSchema),
  }),
  screening: z.object({
    items: z.array(z.object({ key: z.string(), code: screeningCodeSchema, severity: z.string(), message: z.string(), blocksStart: z.boolean() })),
    canStart: z.boolean(),
  }),
  screening_resolution: z.object({
    key: z.string(),
    code: screeningCodeSchema,
    decision: z.enum(['override', 'acknowledge']),
    reason: z.string(),
    approverUserId: z.string(),
    approverName: z.string(),
  }),
  session_cancelled: z.object({ reason: z.string() }),
  dose: doseFactsSchema,
  infusion_started: z.object({}),
  infusion_paused: z.object({ reason: z.string() }),
  infusion_resumed: z.object({}),
  infusion_stopped: z.object({ endReason: z.enum(['completed', 'stopped_early']), reason: z.string().nullable(), runMinutes: z.number() }),
  drug_use: z.object({ givenMg: z.number(), wastedMg: z.number(), witnessUserId: z.string().nullable(), witnessName: z.string().nullable() }),
  dissociation: z.object({ rating: z.number().int().min(0).max(4), note: z.string().nullable(), cadss6: z.array(z.number().int()).nullable(), cadss6Total: z.number().int().nullable() }),
  sedation: z.object({ scale: z.enum(['moaas', 'rass']), score: z.number().int(), note: z.string().nullable() }),
  emergence: z.object({ description: z.string(), actionsTaken: z.string() }),
  adverse_event: z.object({
    event: z.enum(adverseEventKinds),
    description: z.string().nullable(),
    intervention: z.object({ kind: z.string(), medication: medicationGiven.nullable(), note: z.string().nullable() }).nullable(),
  }),
  alert_raised: z.object({
    vitalsEntryId: z.string(),
    breaches: z.array(
      z.object({
        parameter: z.enum(['systolic', 'diastolic', 'heartRate', 'spo2']),
        value: z.number(),
        threshold: z.number(),
        direction: z.enum(['at_or_above', 'above', 'below']),
        message: z.string(),
      }),
    ),
  }),
  alert_acknowledged: z.object({ alertId: z.string(), actionTaken: z.string(), medicationGiven: medicationGiven.nullable() }),
  rest_started: z.object({}),
  discharge_assessment: z.object({
    scale: z.enum(['aldrete', 'padss']),
    items: z.record(z.string(), z.number().int().min(0).max(2)),
    total: z.number().int(),
    minScore: z.number(),
    passes: z.boolean(),
  }),
  escort_confirmed: z.object({ name: z.string(), matchesCheckIn: z.boolean() }),
  discharged: z.object({
    readyToLeaveAt: instantSchema.nullable(),
    nextAppointment: instantSchema.nullable(),
    earliestDischargeAt: instantSchema.nullable(),
    benzodiazepineEarliestResumeAt: instantSchema.nullable(),
    earlyOverride: z.object({ reason: z.string(), approverUserId: z.string(), approverName: z.string() }).nullable(),
  }),
  signed: z.object({ meaning: z.string(), signerName: z.string().nullable() }),
  addendum: z.object({ reason: z.string(), text: z.string(), amendsEntryId: z.string().nullable() }),
} as const;
