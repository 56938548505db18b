// Intranasal esketamine: each device given is its own timed entry, at least the set interval after the last.
import { z } from 'zod';
import { channel } from './envelope';
import { idSchema } from './common';
import { commandResultSchema } from './chart.contract';
import { commandErrors, recordedAtField } from './charting.contract';

export const giveIntranasalDevice = channel(
  'charting:give-intranasal-device',
  z.strictObject({ sessionId: idSchema, ...recordedAtField }),
  commandResultSchema,
  commandErrors,
);
