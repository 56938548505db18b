// Printing a session's documents: the read model each is rendered from, recording every print or PDF on the
// session (an entry plus an audit event), and the desktop app's one-action print / save-PDF through the Printer port.
import { format } from 'date-fns';
import type { Kysely } from 'kysely';
import type { ParsedRequestOf } from '../../shared/contract/envelope';
import { DomainError } from '../../shared/contract/envelope';
import type {
  getPrintDocumentData,
  outputDocument,
  PrintDocumentData,
  PrintRecordEntry,
  PrintSettings,
  recordPrint,
} from '../../shared/contract/print.contract';
import { buildPrintDocumentData, missingClinicDetailsMessage } from '../../shared/domain/print-document';
import { buildChart } from '../../shared/domain/session-chart';
import { recordAuditEvent } from '../data/audit.writer';
import { appendEntry } from '../data/entries.writer';
import { readPrintSettings } from '../data/print-settings.store';
import type { Database } from '../data/schema';
import { loadSessionRecord } from '../data/session-record.reader';
import { entryHeader, type ServiceContext } from './context';

type PrintRequest = ParsedRequestOf<typeof recordPrint>;

export async function getDocumentData(ctx: ServiceContext, input: ParsedRequestOf<typeof getPrintDocumentData>): Promise<PrintDocumentData> {
  const now = ctx.clock.now();
  const record = await loadSessionRecord(ctx.store.read, input.sessionId);
  if (!record) throw new DomainError('not_found', 'No session with that id.', 'sessionId');
  const settings = await clinicSettingsOrRefuse(ctx.store.read);
  const { chart } = buildChart(record, now.getTime());
  const userIds = new Set([ctx.actor.userId, ...chart.timeline.map((e) => e.authorUserId)]);
  if (chart.signature) userIds.add(chart.signature.signedBy);
  return buildPrintDocumentData({
    chart,
    document: input.document,
    requestedLanguage: input.language,
    settings,
    userNames: await userNames(ctx.store.read, [...userIds]),
    actorUserId: ctx.actor.userId,
    now,
  });
}

/** Records a print or PDF made elsewhere (browser mode's own print dialog). */
export async function recordDocumentPrinted(ctx: ServiceContext, input: PrintRequest): Promise<PrintRecordEntry> {
  return writePrintRecord(ctx, input, null);
}

/** Desktop app: renders, prints or saves, then records. Without a printer (browser mode) it refuses. */
export async function outputSessionDocument(ctx: ServiceContext, input: ParsedRequestOf<typeof outputDocument>) {
  if (!ctx.printer) {
    throw new DomainError('conflict', "This window prints with the browser's own print: use the Print button on the document.");
  }
  const session = await ctx.store.read
    .selectFrom('sessions')
    .innerJoin('patients', 'patients.id', 'sessions.patient_id')
    .select(['patients.family_name', 'patients.given_name'])
    .where('sessions.id', '=', input.sessionId)
    .executeTakeFirst();
  if (!session) throw new DomainError('not_found', 'No session with that id.', 'sessionId');
  const settings = await clinicSettingsOrRefuse(ctx.store.read);
  const outcome = await ctx.printer.output({
    ...input,
    paperSize: settings.paperSize,
    silent: settings.silentPrint,
    pdfFolder: settings.pdfFolder.trim() || null,
    fileName: pdfFileName(session.family_name, session.given_name, input.document, input.language, ctx.clock.now()),
  });
  if (!outcome.done) return { record: null, file: null };
  const record = await writePrintRecord(ctx, input, outcome.file);
  return { record, file: outcome.file };
}

/** "Rivera_Ana_discharge_2026-11-25_1432_es.pdf": readable, sortable, and safe on every file system. */
export function pdfFileName(familyName: string, givenName: string, document: string, language: string, at: Date): string {
  const safe = (s: string) => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[^A-Za-z0-9-]+/g, '-').replace(/^-+|-+$/g, '') || 'patient';
  return `${safe(familyName)}_${safe(givenName)}_${document}_${format(at, 'yyyy-MM-dd_HHmm')}_${language}.pdf`;
}

async function writePrintRecord(ctx: ServiceContext, input: PrintRequest, file: string | null): Promise<PrintRecordEntry> {
  const now = ctx.clock.now();
  const fileName = file ? file.split(/[\\/]/).at(-1)! : null;
  const written = await ctx.store.write(async (db) => {
    const session = await db.selectFrom('sessions').select(['id', 'patient_id']).where('id', '=', input.sessionId).executeTakeFirst();
    if (!session) throw new DomainError('not_found', 'No session with that id.', 'sessionId');
    const { values } = await readPrintSettings(db);
    const header = entryHeader(ctx, now, { patientId: session.patient_id, sessionId: session.id });
    await appendEntry(db, header, 'document_printed', {
      document: input.document,
      language: input.language,
      output: input.output,
      paperSize: values.paperSize,
      file: fileName,
    });
    await recordAuditEvent(db, ctx, {
      action: input.output === 'pdf' ? 'export' : 'print',
      userId: ctx.actor.userId,
      at: now,
      recordTable: 'sessions',
      recordId: session.id,
      detail: { document: input.document, language: input.language, output: input.output, entryId: header.id },
    });
    return header;
  });
  const names = await userNames(ctx.store.read, [ctx.actor.userId]);
  return {
    id: written.id,
    document: input.document,
    language: input.language,
    output: input.output,
    at: written.recorded_at,
    byName: names.get(ctx.actor.userId) ?? ctx.actor.userId,
  };
}

async function clinicSettingsOrRefuse(db: Kysely<Database>): Promise<PrintSettings> {
  const { values } = await readPrintSettings(db);
  const problem = missingClinicDetailsMessage(values);
  if (problem) throw new DomainError('conflict', problem, 'clinic');
  return values;
}

async function userNames(db: Kysely<Database>, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db.selectFrom('users').select(['id', 'display_name']).where('id', 'in', ids).execute();
  return new Map(rows.map((r) => [r.id, r.display_name]));
}
