// One patient's whole history in one call: every session summarised, for the chart and the physician's review.
import { z } from 'zod';
import { channel } from './envelope';
import { idSchema, instantSchema } from './common';
import { phaseSchema } from './chart.contract';
import { patientSchema } from './patients.contract';
import { routeSchema } from './sessions.contract';

export const sessionSummarySchema = z.object({
  sessionId: idSchema,
  plannedStart: instantSchema,
  chair: z.number().int(),
  route: routeSchema,
  phase: phaseSchema,
  seriesLabel: z.string().describe('"infusion 2 of 6"'),
  doseMg: z.number().nullable().describe('total planned dose, mg'),
  infusionMinutes: z.number().nullable().describe('elapsed infusion time, minutes'),
  highestDissociation: z.number().int().nullable().describe('highest nurse rating 0–4'),
  openAlerts: z.number().int(),
  dischargedAt: instantSchema.nullable(),
  signedAt: instantSchema.nullable(),
});
export type SessionSummary = z.infer<typeof sessionSummarySchema>;

export const getPatientHistory = channel(
  'patients:history',
  z.strictObject({ patientId: idSchema }),
  z.object({ patient: patientSchema, sessions: z.array(sessionSummarySchema).describe('newest first') }),
  ['not_found'],
);
