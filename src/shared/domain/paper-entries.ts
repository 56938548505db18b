// Copying the paper downtime sheet back into the chart (issue 6): the nurse opens a transcription, enters what was
// written on paper as late entries, and closes it; every entry written while it was open reads "from paper".
import { z } from 'zod';

export const paperEntryPayloadSchemas = {
  paper_transcription_started: z.object({ reason: z.string() }),
  paper_transcription_ended: z.object({}),
} as const;

interface WrittenEntry {
  readonly id: string;
  readonly kind: string;
  /** Write order (SQLite rowid): a transcription covers what was written between its start and its end. */
  readonly seq: number;
}

/** Whether a transcription is open now, and which entries were copied in from paper. */
export function paperTranscription(entries: readonly WrittenEntry[]): { open: boolean; fromPaper: ReadonlySet<string> } {
  const fromPaper = new Set<string>();
  let open = false;
  for (const e of [...entries].sort((a, b) => a.seq - b.seq)) {
    if (e.kind === 'paper_transcription_started') open = true;
    else if (e.kind === 'paper_transcription_ended') open = false;
    else if (open) fromPaper.add(e.id);
  }
  return { open, fromPaper };
}
