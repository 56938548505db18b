// The patient's clinical profile used by screening and dosing: sex, height, language, allergies, dated history,
// substance-misuse flag, current medications, emergency contact. Each save appends a full new version (latest wins).
import { z } from 'zod';
import { channel } from './envelope';
import { calendarDateSchema, idSchema, instantSchema, personNameSchema } from './common';

export const phoneSchema = z
  .string()
  .trim()
  .min(3, 'Enter a phone number.')
  .max(40, 'At most 40 characters.')
  .regex(/^[0-9+()\-.\s]+(\s*(x|ext\.?)\s*\d+)?$/i, 'Digits, spaces and + ( ) - . only.');

export const sexSchema = z.enum(['female', 'male']).describe('sex used by the Devine ideal body weight formula');
export const languageSchema = z.enum(['en', 'es']);

export const historyEventSchema = z.strictObject({
  condition: z.enum(['heart_attack', 'stroke']),
  date: calendarDateSchema.describe('when it happened; screening compares it with the session date'),
  note: z.string().trim().max(500).optional(),
});

export const medicationSchema = z.strictObject({
  name: z.string().trim().min(1, 'Enter the medication name.').max(100).describe('generic or brand name, any case'),
  dailyDoseMg: z.number().nonnegative('A daily dose cannot be negative.').max(10_000).optional().describe('total per day, mg'),
  lastDoseAt: instantSchema.optional().describe('when the last dose was taken (needed for benzodiazepines)'),
});
export type Medication = z.infer<typeof medicationSchema>;

export const emergencyContactSchema = z.strictObject({
  name: personNameSchema,
  phone: phoneSchema,
  relationship: z.string().trim().max(60).optional(),
});

export const patientProfileValuesSchema = z.strictObject({
  sex: sexSchema,
  heightCm: z.number().min(120, 'Height below 120 cm is not plausible for an adult.').max(230, 'Height above 230 cm is not plausible.').describe('height, cm'),
  preferredLanguage: languageSchema.default('en'),
  allergies: z
    .strictObject({
      ketamineHypersensitivity: z.boolean().describe('known hypersensitivity to ketamine: a hard stop'),
      other: z.array(z.string().trim().min(1).max(100)).max(50).default([]),
    })
    .default({ ketamineHypersensitivity: false, other: [] }),
  history: z.array(historyEventSchema).max(50).default([]),
  substanceMisuseHistory: z.boolean().default(false).describe('alcohol or drugs: flagged for the physician, not a stop'),
  medications: z.array(medicationSchema).max(60).default([]),
  emergencyContact: emergencyContactSchema.optional(),
});
export type PatientProfileValues = z.output<typeof patientProfileValuesSchema>;

export const patientProfileSchema = z.object({
  patientId: idSchema,
  sex: sexSchema,
  heightCm: z.number(),
  preferredLanguage: languageSchema,
  allergies: z.object({ ketamineHypersensitivity: z.boolean(), other: z.array(z.string()) }),
  history: z.array(z.object({ condition: z.enum(['heart_attack', 'stroke']), date: calendarDateSchema, note: z.string().optional() })),
  substanceMisuseHistory: z.boolean(),
  medications: z.array(
    z.object({
      name: z.string(),
      dailyDoseMg: z.number().optional(),
      lastDoseAt: instantSchema.optional(),
      /** Computed on the main side from the drug list (generic and brand names, any case). */
      drugClass: z.enum(['benzodiazepine', 'relative_contraindication', 'other']),
      matchedGeneric: z.string().nullable(),
    }),
  ),
  emergencyContact: z.object({ name: z.string(), phone: z.string(), relationship: z.string().optional() }).nullable(),
  recordedAt: instantSchema,
  authorUserId: z.string(),
  entryId: idSchema,
});
export type PatientProfile = z.infer<typeof patientProfileSchema>;

/** Saves the whole profile as a new version; the previous version stays in the record. */
export const recordPatientProfile = channel(
  'patients:record-profile',
  z.strictObject({ patientId: idSchema, ...patientProfileValuesSchema.shape }),
  patientProfileSchema,
  ['not_found'],
);

/** The latest profile, or null when none has been recorded yet. */
export const getPatientProfile = channel(
  'patients:get-profile',
  z.strictObject({ patientId: idSchema }),
  patientProfileSchema.nullable(),
  ['not_found'],
);
