// Vital signs: record one set for a session, list a session's sets.
import { z } from 'zod';
import { channel } from './envelope';
import { idSchema, instantSchema } from './common';

const whole = (what: string) => z.number().int(`${what} must be a whole number.`);

/** The values as read off the monitor, in the order a nurse reads them. */
export const vitalsValuesSchema = z.object({
  systolic: whole('Systolic').min(40, 'Systolic below 40 mmHg is not plausible.').max(300, 'Systolic above 300 mmHg is not plausible.').describe('systolic, mmHg'),
  diastolic: whole('Diastolic').min(20, 'Diastolic below 20 mmHg is not plausible.').max(200, 'Diastolic above 200 mmHg is not plausible.').describe('diastolic, mmHg'),
  heartRate: whole('Heart rate').min(20, 'Heart rate below 20/min is not plausible.').max(250, 'Heart rate above 250/min is not plausible.').describe('heart rate, beats/min'),
  spo2: whole('SpO2').min(50, 'SpO2 below 50 % is not plausible.').max(100, 'SpO2 cannot exceed 100 %.').describe('SpO2, %'),
  respiratoryRate: whole('Respiratory rate').min(4, 'Respiratory rate below 4/min is not plausible.').max(60, 'Respiratory rate above 60/min is not plausible.').describe('respiratory rate, breaths/min'),
  temperatureC: z.number().min(30, 'Temperature below 30 °C is not plausible.').max(43, 'Temperature above 43 °C is not plausible.').optional().describe('temperature, °C'),
});
export type VitalsValues = z.infer<typeof vitalsValuesSchema>;

export const vitalsEntrySchema = vitalsValuesSchema.extend({
  id: idSchema,
  sessionId: idSchema,
  recordedAt: instantSchema,
  createdAt: instantSchema,
  authorUserId: z.string(),
  supersedesId: idSchema.nullable(),
});
export type VitalsEntry = z.infer<typeof vitalsEntrySchema>;

export const recordVitals = channel(
  'vitals:record',
  z.strictObject({
    sessionId: idSchema,
    /** When the values were read; absent means now. A late entry gives the earlier time. */
    recordedAt: instantSchema.optional(),
    ...vitalsValuesSchema.shape,
  }),
  vitalsEntrySchema,
  ['not_found', 'conflict'],
);

export const listSessionVitals = channel(
  'vitals:list-for-session',
  z.strictObject({ sessionId: idSchema }),
  z.array(vitalsEntrySchema),
  ['not_found'],
);
