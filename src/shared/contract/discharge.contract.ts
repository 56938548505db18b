// After the infusion: rest, discharge assessment, escort confirmation, discharge, sign-off and addenda.
import { z } from 'zod';
import { channel } from './envelope';
import { idSchema, instantSchema, personNameSchema } from './common';
import { commandResultSchema } from './chart.contract';
import { approverCredentialsSchema, commandErrors, reasonSchema, recordedAtField } from './charting.contract';

const item = z.union([z.literal(0), z.literal(1), z.literal(2)]);

export const startRest = channel(
  'charting:start-rest',
  z.strictObject({ sessionId: idSchema, ...recordedAtField }),
  commandResultSchema,
  commandErrors,
);

/** Modified Aldrete or PADSS, five items of 0-2 each (total 0-10, computed); passes at the setting (default 9). */
export const recordDischargeAssessment = channel(
  'charting:record-discharge-assessment',
  z.discriminatedUnion('scale', [
    z.strictObject({
      sessionId: idSchema,
      scale: z.literal('aldrete'),
      items: z.strictObject({ activity: item, respiration: item, circulation: item, consciousness: item, oxygenSaturation: item }),
      ...recordedAtField,
    }),
    z.strictObject({
      sessionId: idSchema,
      scale: z.literal('padss'),
      items: z.strictObject({ vitalSigns: item, activity: item, nauseaVomiting: item, pain: item, bleeding: item }),
      ...recordedAtField,
    }),
  ]),
  commandResultSchema,
  commandErrors,
);

export const confirmEscort = channel(
  'charting:confirm-escort',
  z.strictObject({ sessionId: idSchema, escortName: personNameSchema.describe('the adult present to drive the patient home') }),
  commandResultSchema,
  commandErrors,
);

/** Before the minimum rest (or intranasal monitoring) has passed, only a physician's override lets the patient go. */
export const discharge = channel(
  'charting:discharge',
  z.strictObject({
    sessionId: idSchema,
    readyToLeaveAt: instantSchema.optional(),
    nextAppointment: instantSchema.optional(),
    earlyDischargeOverride: z.strictObject({ reason: reasonSchema, approver: approverCredentialsSchema }).optional(),
  }),
  commandResultSchema,
  commandErrors,
);

export const signSession = channel(
  'charting:sign',
  z.strictObject({ sessionId: idSchema, meaning: z.enum(['author', 'reviewer', 'witness']).default('author') }),
  commandResultSchema,
  commandErrors,
);

/** After sign-off the record is frozen: a correction is an addendum, shown after the entry it amends. */
export const addAddendum = channel(
  'charting:add-addendum',
  z.strictObject({
    sessionId: idSchema,
    reason: reasonSchema,
    text: z.string().trim().min(1, 'Write the addendum.').max(4000),
    amendsEntryId: idSchema.optional(),
  }),
  commandResultSchema,
  commandErrors,
);
