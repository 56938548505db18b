// The entry kind that records a print or PDF of a session's document (issue 6); merged into entryPayloadSchemas.
import { z } from 'zod';

export const printEntryPayloadSchemas = {
  /** Who printed is the entry's author, when is its recorded time; this says what and how. */
  document_printed: z.object({
    document: z.enum(['discharge', 'record', 'downtime']),
    language: z.enum(['en', 'es']),
    output: z.enum(['print', 'pdf']),
    paperSize: z.enum(['letter', 'a4']),
    file: z.string().nullable().describe('the PDF file name, for a PDF'),
  }),
} as const;
