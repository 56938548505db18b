// Before the infusion: check-in, screening, a physician's override or acknowledgement, and cancelling a session.
import { z } from 'zod';
import { channel, type ErrorCode } from './envelope';
import { idSchema, instantSchema, personNameSchema } from './common';
import { weightInputSchema } from './patients.contract';
import { medicationSchema, phoneSchema } from './profile.contract';
import { commandResultSchema } from './chart.contract';

/** The errors every charting command may answer with, beyond invalid_input. */
export const commandErrors: readonly ErrorCode[] = ['not_found', 'conflict', 'rule_blocked', 'forbidden', 'unauthenticated'];

/** Typed by the physician or witness at the moment of the action; verified on the main side, never stored. */
export const approverCredentialsSchema = z.strictObject({
  userId: z.string().trim().min(1, 'Choose who is approving.'),
  secret: z.string().min(1, 'Enter the PIN or password.'),
});

export const reasonSchema = z.string().trim().min(3, 'Give a reason (at least 3 characters).').max(1000);
export const noteSchema = z.string().trim().max(1000);

/** When it happened, for a late entry; absent means now. Never in the future. */
export const recordedAtField = { recordedAt: instantSchema.optional() };

export const escortSchema = z.strictObject({ name: personNameSchema, phone: phoneSchema });

export const checkIn = channel(
  'charting:check-in',
  z.strictObject({
    sessionId: idSchema,
    weight: weightInputSchema.describe('today\'s weight for dosing; lb is converted to kg and what was typed is kept'),
    lastSolidFoodAt: instantSchema.optional().describe('as the patient reports it; required before the start'),
    lastClearLiquidAt: instantSchema.optional(),
    escort: escortSchema.optional().describe('required before the start'),
    /** Today's update of medications (e.g. the time of the last benzodiazepine dose); replaces the profile's entry of the same name for this session. */
    medicationsToday: z.array(medicationSchema).max(60).optional(),
    ...recordedAtField,
  }),
  commandResultSchema,
  commandErrors,
);

/** Records the screening as the main side computes it now; the chart's `screening` shows each item. */
export const screen = channel('charting:screen', z.strictObject({ sessionId: idSchema }), commandResultSchema, commandErrors);

/** A physician overrides a hard stop (reason required) or acknowledges a relative contraindication, high BP, fasting, ... */
export const resolveScreeningItem = channel(
  'charting:resolve-screening-item',
  z.strictObject({
    sessionId: idSchema,
    key: z.string().min(1).describe('the screening item key from the chart'),
    decision: z.enum(['override', 'acknowledge']).describe('override for a hard stop, acknowledge for the rest'),
    reason: reasonSchema,
    approver: approverCredentialsSchema,
  }),
  commandResultSchema,
  commandErrors,
);

export const cancelSession = channel(
  'charting:cancel-session',
  z.strictObject({ sessionId: idSchema, reason: reasonSchema }),
  commandResultSchema,
  commandErrors,
);
