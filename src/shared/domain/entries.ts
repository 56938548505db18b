// The kinds of clinical entry and the payload each carries; entries are stored as JSON and parsed back through these.
import { z } from 'zod';
import { weightInputSchema } from '../contract/patients.contract';
import { vitalsValuesSchema } from '../contract/vitals.contract';

export const entryPayloadSchemas = {
  /** A body weight for dosing: what was typed, and its value in kg. */
  weight: z.object({ entered: weightInputSchema, kg: z.number().positive() }),
  /** A patient placed in a chair for a session (chair changes are further events, never an edit). */
  chair_assigned: z.object({ chair: z.number().int().positive() }),
  vitals: vitalsValuesSchema,
} as const;

export type EntryKind = keyof typeof entryPayloadSchemas;
export type EntryPayload<K extends EntryKind> = z.infer<(typeof entryPayloadSchemas)[K]>;
