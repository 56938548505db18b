// The infusion: dose and drug record, start, pause, resume, stop, and the controlled-substance use with waste witness.
import { z } from 'zod';
import { channel } from './envelope';
import { calendarDateSchema, idSchema } from './common';
import { commandResultSchema } from './chart.contract';
import { approverCredentialsSchema, commandErrors, reasonSchema, recordedAtField } from './charting.contract';

export const weightBasisSchema = z.enum(['actual', 'ideal']).describe('ideal = Devine formula from height and sex');

/** IV and IM: weight basis, mg/kg (0.1-0.75), concentration, run time (IV); intranasal: 2 or 3 esketamine devices of 28 mg. */
export const recordDose = channel(
  'charting:record-dose',
  z.strictObject({
    sessionId: idSchema,
    weightBasis: weightBasisSchema.optional().describe('IV and IM'),
    mgPerKg: z.number().positive().optional().describe('mg per kg of the dosing weight; IV and IM; 0.1-0.75'),
    concentrationMgPerMl: z.number().positive().max(100).optional().describe('of the prepared bag or syringe, mg/mL; IV and IM'),
    plannedRunMinutes: z.number().int().optional().describe('IV: 40-60, default from settings'),
    intranasalDevices: z.union([z.literal(2), z.literal(3)]).optional().describe('intranasal: 2 devices = 56 mg, 3 = 84 mg'),
    drug: z.strictObject({
      name: z.string().trim().min(1).max(100).optional().describe('default "ketamine" (IV/IM) or "esketamine" (intranasal)'),
      lot: z.string().trim().min(1, 'Enter the lot number.').max(40),
      expiry: calendarDateSchema.describe('an expired vial is refused'),
      vialStrengthMgPerMl: z.number().positive().max(500).optional(),
      vialVolumeMl: z.number().positive().max(100).optional(),
    }),
  }),
  commandResultSchema,
  commandErrors,
);

export const startInfusion = channel(
  'charting:start-infusion',
  z.strictObject({ sessionId: idSchema, ...recordedAtField }),
  commandResultSchema,
  commandErrors,
);

export const pauseInfusion = channel(
  'charting:pause-infusion',
  z.strictObject({ sessionId: idSchema, reason: reasonSchema, ...recordedAtField }),
  commandResultSchema,
  commandErrors,
);

export const resumeInfusion = channel(
  'charting:resume-infusion',
  z.strictObject({ sessionId: idSchema, ...recordedAtField }),
  commandResultSchema,
  commandErrors,
);

/** Ends the infusion. A run time outside 40-60 min, or stopping early, needs `reason` (refused with rule_blocked otherwise). */
export const stopInfusion = channel(
  'charting:stop-infusion',
  z.strictObject({
    sessionId: idSchema,
    stoppedEarly: z.boolean().default(false),
    reason: reasonSchema.optional(),
    ...recordedAtField,
  }),
  commandResultSchema,
  commandErrors,
);

/** Amount given and wasted after the infusion; any waste needs a second person's credentials as witness. */
export const recordDrugUse = channel(
  'charting:record-drug-use',
  z.strictObject({
    sessionId: idSchema,
    amountGivenMg: z.number().nonnegative(),
    amountWastedMg: z.number().nonnegative(),
    witness: approverCredentialsSchema.optional().describe('required when amountWastedMg > 0; not the signed-in user'),
  }),
  commandResultSchema,
  commandErrors,
);
