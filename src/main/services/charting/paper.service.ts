// Opening and closing the copy-in of the paper downtime sheet; entries written in between read "from paper".
import type { ParsedRequestOf } from '../../../shared/contract/envelope';
import { DomainError } from '../../../shared/contract/envelope';
import type { CommandResult } from '../../../shared/contract/chart.contract';
import type { beginPaperTranscription, endPaperTranscription } from '../../../shared/contract/paper.contract';
import { paperTranscription } from '../../../shared/domain/paper-entries';
import { appendEntry } from '../../data/entries.writer';
import { loadSessionRecord } from '../../data/session-record.reader';
import { entryHeader, type ServiceContext } from '../context';
import { readChart } from './command';

export async function beginTranscription(ctx: ServiceContext, input: ParsedRequestOf<typeof beginPaperTranscription>): Promise<CommandResult> {
  return toggle(ctx, input.sessionId, true, () => ({ kind: 'paper_transcription_started', payload: { reason: input.reason } }));
}

export async function endTranscription(ctx: ServiceContext, input: ParsedRequestOf<typeof endPaperTranscription>): Promise<CommandResult> {
  return toggle(ctx, input.sessionId, false, () => ({ kind: 'paper_transcription_ended', payload: {} }));
}

type ToggleEntry =
  | { kind: 'paper_transcription_started'; payload: { reason: string } }
  | { kind: 'paper_transcription_ended'; payload: Record<string, never> };

async function toggle(ctx: ServiceContext, sessionId: string, opening: boolean, entry: () => ToggleEntry): Promise<CommandResult> {
  const now = ctx.clock.now();
  const entryId = await ctx.store.write(async (db) => {
    const record = await loadSessionRecord(db, sessionId, { startFrom: ctx.store.read });
    if (!record) throw new DomainError('not_found', 'No session with that id.', 'sessionId');
    if (record.entries.some((e) => e.kind === 'signed')) {
      throw new DomainError('conflict', 'The session is signed: what was on paper goes in as an addendum.');
    }
    const { open } = paperTranscription(record.entries);
    if (opening && open) throw new DomainError('conflict', 'Copying in from the paper sheet is already open for this session.');
    if (!opening && !open) throw new DomainError('conflict', 'Copying in from the paper sheet is not open for this session.');
    const header = entryHeader(ctx, now, { patientId: record.session.patientId, sessionId });
    const { kind, payload } = entry();
    if (kind === 'paper_transcription_started') await appendEntry(db, header, kind, payload);
    else await appendEntry(db, header, kind, payload);
    return header.id;
  });
  return { entryId, chart: await readChart(ctx, sessionId) };
}
