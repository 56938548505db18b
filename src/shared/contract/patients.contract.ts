// Patients: register, find, and open one patient's chart.
import { z } from 'zod';
import { channel } from './envelope';
import { calendarDateSchema, idSchema, instantSchema, personNameSchema } from './common';
import { patientProfileValuesSchema } from './profile.contract';

export const weightInputSchema = z.object({
  value: z.number().positive('Weight must be more than zero.').describe('body weight, in the unit given'),
  unit: z.enum(['kg', 'lb']),
});

export const patientSchema = z.object({
  id: idSchema,
  familyName: z.string(),
  givenName: z.string(),
  dateOfBirth: calendarDateSchema,
  mrn: z.string().nullable(),
  /** The latest recorded weight, converted to kg, with what the nurse actually typed. */
  weight: z
    .object({ kg: z.number(), entered: weightInputSchema, recordedAt: instantSchema })
    .nullable(),
  registeredAt: instantSchema,
});
export type Patient = z.infer<typeof patientSchema>;

export const registerPatient = channel(
  'patients:register',
  z.strictObject({
    familyName: personNameSchema,
    givenName: personNameSchema,
    dateOfBirth: calendarDateSchema,
    mrn: z
      .string()
      .trim()
      .max(40, 'At most 40 characters.')
      .regex(/^[A-Za-z0-9-]*$/, 'Letters, digits and hyphens only.')
      .optional()
      .transform((mrn) => (mrn ? mrn : undefined)),
    weight: weightInputSchema,
    /** The clinical profile at registration (same as patients:record-profile), saving a second step. */
    profile: patientProfileValuesSchema.optional(),
  }),
  patientSchema,
  ['conflict'],
);

export const listPatients = channel(
  'patients:list',
  z.strictObject({ search: z.string().trim().max(100).optional() }),
  z.array(patientSchema),
);

export const getPatient = channel('patients:get', z.strictObject({ patientId: idSchema }), patientSchema, ['not_found']);
