// During and after the infusion: dissociation, sedation, emergence reactions, adverse events, alert acknowledgements.
import { z } from 'zod';
import { channel } from './envelope';
import { idSchema } from './common';
import { commandResultSchema } from './chart.contract';
import { commandErrors, noteSchema, reasonSchema, recordedAtField } from './charting.contract';

const score = (min: number, max: number) => z.number().int('Must be a whole number.').min(min, `At least ${min}.`).max(max, `At most ${max}.`);

export const medicationGivenSchema = z.strictObject({
  name: z.string().trim().min(1).max(100).describe('e.g. "labetalol", "ondansetron"'),
  dose: z.string().trim().min(1).max(60).describe('as given, e.g. "10 mg"'),
  route: z.enum(['iv', 'po', 'odt', 'im', 'sl', 'other']),
});

export const recordDissociation = channel(
  'charting:record-dissociation',
  z.strictObject({
    sessionId: idSchema,
    rating: score(0, 4).describe('nurse rating 0 (none) to 4 (severe)'),
    note: noteSchema.optional(),
    /** CADSS-6 items 1, 2, 6, 7, 15, 22 in that order, each 0-4 (total 0-24, computed). */
    cadss6: z.array(score(0, 4)).length(6, 'CADSS-6 has 6 items.').optional(),
    ...recordedAtField,
  }),
  commandResultSchema,
  commandErrors,
);

export const recordSedation = channel(
  'charting:record-sedation',
  z
    .strictObject({
      sessionId: idSchema,
      scale: z.enum(['moaas', 'rass']).describe('MOAA/S 0-5 (5 = responds readily to name) or RASS -5..+4'),
      score: z.number().int('Must be a whole number.'),
      note: noteSchema.optional(),
      ...recordedAtField,
    })
    .refine((v) => (v.scale === 'moaas' ? v.score >= 0 && v.score <= 5 : v.score >= -5 && v.score <= 4), {
      message: 'MOAA/S is 0 to 5; RASS is -5 to +4.',
      path: ['score'],
    }),
  commandResultSchema,
  commandErrors,
);

export const recordEmergence = channel(
  'charting:record-emergence',
  z.strictObject({
    sessionId: idSchema,
    description: z.string().trim().min(1, 'Describe the reaction.').max(1000),
    actionsTaken: z.string().trim().min(1, 'Say what was done (voice, touch, light low ...).').max(1000),
    ...recordedAtField,
  }),
  commandResultSchema,
  commandErrors,
);

export const adverseEventKinds = ['nausea', 'vomiting', 'hypertension', 'tachycardia', 'bradycardia', 'desaturation', 'anxiety', 'headache', 'other'] as const;

export const recordAdverseEvent = channel(
  'charting:record-adverse-event',
  z.strictObject({
    sessionId: idSchema,
    event: z.enum(adverseEventKinds),
    description: noteSchema.optional(),
    intervention: z
      .strictObject({
        kind: z.enum(['medication', 'paused_infusion', 'stopped_infusion', 'reassurance', 'other']),
        medication: medicationGivenSchema.optional(),
        note: noteSchema.optional(),
      })
      .refine((i) => i.kind !== 'medication' || i.medication, { message: 'Name the medication given.', path: ['medication'] })
      .optional(),
    ...recordedAtField,
  }),
  commandResultSchema,
  commandErrors,
);

/** Closes an open alert with the action taken (and any drug given). */
export const acknowledgeAlert = channel(
  'charting:acknowledge-alert',
  z.strictObject({
    sessionId: idSchema,
    alertId: idSchema,
    actionTaken: reasonSchema.describe('what the nurse did, e.g. "rechecked, physician informed, labetalol given"'),
    medicationGiven: medicationGivenSchema.optional(),
  }),
  commandResultSchema,
  commandErrors,
);
