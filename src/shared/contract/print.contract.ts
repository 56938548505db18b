// Printing (issue 6): the read model each printed document is rendered from, recording every print or PDF on the
// session, the desktop app's one-action print / save-PDF, and the clinic's print settings (name, address, phone,
// paper size, silent printing, PDF folder).
import { z } from 'zod';
import { channel } from './envelope';
import { calendarDateSchema, idSchema, instantSchema } from './common';
import { languageSchema } from './profile.contract';
import { indicationSchema, routeSchema } from './sessions.contract';
import { doseSummarySchema, phaseSchema } from './chart.contract';

export const printDocumentKinds = ['discharge', 'record', 'downtime'] as const;
export const printDocumentSchema = z.enum(printDocumentKinds).describe('discharge sheet, session record, downtime sheet');
export type PrintDocumentKind = z.infer<typeof printDocumentSchema>;
export const printLanguageSchema = languageSchema;
export type PrintLanguage = z.infer<typeof printLanguageSchema>;
export const paperSizeSchema = z.enum(['letter', 'a4']);
export type PaperSize = z.infer<typeof paperSizeSchema>;
export const printOutputSchema = z.enum(['print', 'pdf']);
export type PrintOutput = z.infer<typeof printOutputSchema>;

// ---------------------------------------------------------------------------------------------- print settings

const clinicText = (max: number) => z.string().trim().max(max, `At most ${max} characters.`);

export const printSettingsSchema = z.object({
  clinicName: z.string().describe('"" while not set: printing is refused until it is'),
  clinicAddress: z.string(),
  clinicPhone: z.string(),
  paperSize: paperSizeSchema,
  silentPrint: z.boolean().describe('desktop app: print to the default printer without the dialog'),
  pdfFolder: z.string().describe('desktop app: where "Save PDF" writes; "" = Documents/Chairside'),
  chairNames: z.string().describe('the chairs\' names in chair order, comma-separated ("Window, Door"); "" = numbers only'),
});
export type PrintSettings = z.infer<typeof printSettingsSchema>;
export const printSettingKeys = Object.keys(printSettingsSchema.shape) as (keyof PrintSettings)[];

export const printSettingsViewSchema = z.object({
  values: printSettingsSchema,
  /** The clinic details still missing, in plain words ("Clinic phone"); printing is refused while any is. */
  missing: z.array(z.string()),
  changedAt: instantSchema.nullable(),
  changedBy: z.string().nullable(),
});
export type PrintSettingsView = z.infer<typeof printSettingsViewSchema>;

export const getPrintSettings = channel('print-settings:get', z.strictObject({}), printSettingsViewSchema);

export const updatePrintSettings = channel(
  'print-settings:update',
  z.strictObject({
    changes: z
      .strictObject({
        clinicName: clinicText(120).optional(),
        clinicAddress: clinicText(300).optional(),
        clinicPhone: clinicText(40).regex(/^[0-9+()\-.\s]*(\s*(x|ext\.?)\s*\d+)?$/i, 'Digits, spaces and + ( ) - . only.').optional(),
        paperSize: paperSizeSchema.optional(),
        silentPrint: z.boolean().optional(),
        pdfFolder: clinicText(1000).optional(),
        chairNames: clinicText(1000).optional(),
      })
      .refine((c) => Object.keys(c).length > 0, 'Change at least one setting.'),
  }),
  printSettingsViewSchema,
);

// ---------------------------------------------------------------------------------------------- the read model

const personSchema = z.object({ userId: z.string(), name: z.string() });

export const printVitalsRowSchema = z.object({
  id: idSchema,
  recordedAt: instantSchema,
  systolic: z.number(),
  diastolic: z.number(),
  heartRate: z.number(),
  spo2: z.number(),
  respiratoryRate: z.number(),
  temperatureC: z.number().nullable(),
  byName: z.string(),
  lateEntry: z.boolean().describe('written more than 5 minutes after the time it records'),
  fromPaper: z.boolean().describe('copied in later from the paper downtime sheet'),
});

export const printObservationSchema = z.object({
  id: idSchema,
  kind: z.string().describe('the entry kind: dissociation, sedation, emergence, adverse_event, alert_acknowledged, ...'),
  recordedAt: instantSchema,
  summary: z.string().describe("the chart's one-line summary (the record's language, not translated)"),
  byName: z.string(),
  lateEntry: z.boolean(),
  fromPaper: z.boolean(),
});

export const printRecordEntrySchema = z.object({
  id: idSchema,
  document: printDocumentSchema,
  language: printLanguageSchema,
  output: printOutputSchema,
  at: instantSchema,
  byName: z.string(),
});
export type PrintRecordEntry = z.infer<typeof printRecordEntrySchema>;

export const printDocumentDataSchema = z.object({
  document: printDocumentSchema,
  /** The language asked for, else the patient's preferred one, else English. */
  language: printLanguageSchema,
  preferredLanguage: printLanguageSchema.nullable(),
  generatedAt: instantSchema,
  paperSize: paperSizeSchema,
  clinic: z.object({ name: z.string(), address: z.string(), phone: z.string() }),
  patient: z.object({ familyName: z.string(), givenName: z.string(), dateOfBirth: calendarDateSchema, mrn: z.string().nullable() }),
  session: z.object({
    id: idSchema,
    chair: z.number().int(),
    route: routeSchema,
    plannedStart: instantSchema,
    indication: indicationSchema.nullable(),
    orderingPhysician: z.string().nullable(),
    phase: phaseSchema,
  }),
  series: z.object({ position: z.number().int(), of: z.number().int(), maintenance: z.boolean() }),
  escort: z.object({ name: z.string(), phone: z.string().nullable() }).nullable(),
  /** The nurse who discharged the patient (else the signed-in user printing before discharge). */
  nurse: personSchema,
  /** The signed-in user asking for the document now. */
  printedBy: personSchema,
  dischargedAt: instantSchema.nullable(),
  readyToLeaveAt: instantSchema.nullable(),
  nextAppointment: instantSchema.nullable(),
  benzodiazepine: z.object({ drugs: z.array(z.string()), holdApplies: z.boolean(), earliestResumeAt: instantSchema.nullable() }),
  dose: doseSummarySchema.nullable(),
  weightKg: z.number().nullable(),
  infusion: z.object({
    startedAt: instantSchema.nullable(),
    endedAt: instantSchema.nullable(),
    plannedRunMinutes: z.number(),
    runMinutes: z.number().nullable().describe('pauses excluded'),
    pauses: z.array(z.object({ from: instantSchema, to: instantSchema.nullable(), reason: z.string() })),
    endReason: z.string().nullable(),
    runTimeReason: z.string().nullable(),
  }),
  rest: z.object({ startedAt: instantSchema.nullable(), minimumMinutes: z.number(), earliestDischargeAt: instantSchema.nullable() }),
  vitals: z.array(printVitalsRowSchema),
  observations: z.array(printObservationSchema).describe('dissociation, sedation, emergence, adverse events, alerts and what was done'),
  overrides: z.array(z.object({ what: z.string(), decision: z.string(), approverName: z.string(), reason: z.string(), at: instantSchema.nullable() })),
  dischargeAssessment: z.object({ scale: z.enum(['aldrete', 'padss']), total: z.number(), minScore: z.number(), passes: z.boolean(), at: instantSchema }).nullable(),
  signature: z.object({ signedByName: z.string(), signedAt: instantSchema, meaning: z.string() }).nullable(),
  addenda: z.array(z.object({ id: idSchema, at: instantSchema, byName: z.string(), reason: z.string(), text: z.string() })),
  /** The downtime sheet's pre-filled rows: baseline, then every interval from the start to the end of the rest. */
  downtime: z.object({
    intervalMinutes: z.number(),
    anchor: z.enum(['infusion_start', 'planned_start']).describe('due times count from the real start once it is charted'),
    dueTimes: z.array(instantSchema),
  }),
  /** Every earlier print or PDF of this session (who, when, which document, which language). */
  prints: z.array(printRecordEntrySchema),
});
export type PrintDocumentData = z.infer<typeof printDocumentDataSchema>;

export const getPrintDocumentData = channel(
  'print:document-data',
  z.strictObject({ sessionId: idSchema, document: printDocumentSchema, language: printLanguageSchema.optional() }),
  printDocumentDataSchema,
  ['not_found', 'conflict'],
);

/** Records one print or PDF on the session (browser mode calls it as it opens the print dialog). */
export const recordPrint = channel(
  'print:record',
  z.strictObject({ sessionId: idSchema, document: printDocumentSchema, language: printLanguageSchema, output: printOutputSchema }),
  printRecordEntrySchema,
  ['not_found', 'conflict'],
);

/**
 * Desktop app: renders the document in a hidden window and prints it (dialog, or silently to the default printer
 * per setting) or saves it as a PDF in the clinic's folder, then records it. Browser mode answers 'conflict'.
 */
export const outputDocument = channel(
  'print:output',
  z.strictObject({ sessionId: idSchema, document: printDocumentSchema, language: printLanguageSchema, output: printOutputSchema }),
  z.object({ record: printRecordEntrySchema.nullable().describe('null when the nurse cancelled the print dialog'), file: z.string().nullable() }),
  ['not_found', 'conflict'],
);
