// The kinds of clinical entry and the payload each carries; entries are stored as JSON and parsed back through these.
import { z } from 'zod';
import { weightInputSchema } from '../contract/patients.contract';
import { vitalsValuesSchema } from '../contract/vitals.contract';
import { chartingEntryPayloadSchemas } from './charting-entries';
import { printEntryPayloadSchemas } from './print-entries';
import { paperEntryPayloadSchemas } from './paper-entries';
import { intranasalEntryPayloadSchemas } from './intranasal';

export const entryPayloadSchemas = {
  /** A body weight for dosing: what was typed, and its value in kg. */
  weight: z.object({ entered: weightInputSchema, kg: z.number().positive() }),
  /** A patient placed in a chair for a session (chair changes are further events, never an edit). */
  chair_assigned: z.object({ chair: z.number().int().positive() }),
  vitals: vitalsValuesSchema,
  /** Session charting (issue 4): check-in through sign-off. */
  ...chartingEntryPayloadSchemas,
  /** A print or PDF of one of the session's documents (issue 6). */
  ...printEntryPayloadSchemas,
  ...paperEntryPayloadSchemas,
  ...intranasalEntryPayloadSchemas,
} as const;

export type EntryKind = keyof typeof entryPayloadSchemas;
export type EntryPayload<K extends EntryKind> = z.infer<(typeof entryPayloadSchemas)[K]>;
