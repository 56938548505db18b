// Copying the paper downtime sheet back into the chart: open a transcription, enter late entries, close it.
import { z } from 'zod';
import { channel } from './envelope';
import { idSchema } from './common';
import { commandResultSchema } from './chart.contract';
import { commandErrors, reasonSchema } from './charting.contract';

export const beginPaperTranscription = channel(
  'charting:begin-paper-transcription',
  z.strictObject({ sessionId: idSchema, reason: reasonSchema.describe('why charting went on paper, e.g. "workstation down 14:10–14:40"') }),
  commandResultSchema,
  commandErrors,
);

export const endPaperTranscription = channel(
  'charting:end-paper-transcription',
  z.strictObject({ sessionId: idSchema }),
  commandResultSchema,
  commandErrors,
);
