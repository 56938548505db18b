// Printing on the main side, on a real core and database: the clinic's print settings, the refusal that names a
// missing clinic detail, the document read model (language, nurse, escort, resume time), every print or PDF
// recorded on the session with an audit event, and the desktop print through the Printer port.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { contract } from '../../../src/shared/contract';
import type { ChannelDef, Envelope, RequestOf, ResponseOf } from '../../../src/shared/contract/envelope';
import { ManualClock } from '../../../src/shared/clock';
import { createCore, type Core } from '../../../src/main/core';
import type { PrintJob, PrintOutcome, Printer } from '../../../src/main/services/print/printer';
import { pdfFileName } from '../../../src/main/services/print.service';
import { seedUsers, signInAs, TEST_SCRYPT, type TestUsers } from '../../support/users';
import { idsAsText } from '../../../src/main/data/uuid-bytes';

const CLINIC = { clinicName: 'Harbor Ketamine Clinic', clinicAddress: '12 Harbor Street, Portland, ME', clinicPhone: '(207) 555-0142' };

interface PrintCore {
  core: Core;
  clock: ManualClock;
  users: TestUsers;
  jobs: PrintJob[];
  call<C extends ChannelDef>(channel: C, input: RequestOf<C>): Promise<Envelope<ResponseOf<C>>>;
  ok<C extends ChannelDef>(channel: C, input: RequestOf<C>): Promise<ResponseOf<C>>;
}

let open: Core | undefined;
afterEach(async () => {
  await open?.close();
  open = undefined;
});

/** A core with the staff seeded (the nurse signed in) and, optionally, a stub printer that answers `outcome`. */
async function startPrintCore(printer?: (job: PrintJob) => PrintOutcome): Promise<PrintCore> {
  const clock = new ManualClock('2026-11-25T14:00:00.000Z');
  const jobs: PrintJob[] = [];
  const stub: Printer | undefined = printer && { output: async (job) => (jobs.push(job), printer(job)) };
  const core = await createCore({ dataDir: mkdtempSync(join(tmpdir(), 'chairside-print-')), clock, secretHashing: TEST_SCRYPT, ...(stub ? { printer: stub } : {}) });
  open = core;
  const users = await seedUsers(core.dispatch, 'admin');
  const call = <C extends ChannelDef>(channel: C, input: RequestOf<C>) => core.dispatch(channel.name, input, { senderTrusted: true }) as Promise<Envelope<ResponseOf<C>>>;
  // The session below jumps 15 min at a time; the longest idle lock keeps the nurse signed in across the jumps.
  await call(contract.auth.updateSettings, { changes: { idleLockMinutes: 60 } });
  await signInAs(core.dispatch, users.nurse);
  return {
    core,
    clock,
    users,
    jobs,
    call,
    async ok(channel, input) {
      const answer = await call(channel, input);
      if (!answer.ok) throw new Error(`${channel.name} refused: ${answer.error.code}: ${answer.error.message}`);
      return answer.value;
    },
  };
}

async function dischargedSession(t: PrintCore, preferredLanguage: 'en' | 'es' = 'es') {
  const patient = await t.ok(contract.patients.register, { familyName: 'Núñez', givenName: 'José', dateOfBirth: '1975-03-02', weight: { value: 80, unit: 'kg' } });
  await t.ok(contract.patients.recordProfile, {
    patientId: patient.id,
    sex: 'male',
    heightCm: 178,
    preferredLanguage,
    allergies: { ketamineHypersensitivity: false, other: [] },
    history: [],
    substanceMisuseHistory: false,
    medications: [{ name: 'lorazepam', dailyDoseMg: 1, lastDoseAt: '2026-11-24T06:00:00.000Z' }],
  });
  const { id: sessionId } = await t.ok(contract.sessions.open, { patientId: patient.id, chair: 2, route: 'iv', plannedStart: '2026-11-25T14:00:00.000Z' });
  await t.ok(contract.charting.checkIn, { sessionId, weight: { value: 80, unit: 'kg' }, lastSolidFoodAt: '2026-11-25T06:00:00.000Z', lastClearLiquidAt: '2026-11-25T10:00:00.000Z', escort: { name: 'Marta Núñez', phone: '555-0111' } });
  await t.ok(contract.vitals.record, { sessionId, systolic: 120, diastolic: 78, heartRate: 70, spo2: 98, respiratoryRate: 14 });
  await t.ok(contract.charting.recordDose, { sessionId, weightBasis: 'actual', mgPerKg: 0.5, concentrationMgPerMl: 1, drug: { lot: 'L-1', expiry: '2027-01-31' } });
  await t.ok(contract.charting.screen, { sessionId });
  await t.ok(contract.charting.startInfusion, { sessionId });
  t.clock.advanceMinutes(15);
  await t.ok(contract.vitals.record, { sessionId, systolic: 130, diastolic: 80, heartRate: 76, spo2: 98, respiratoryRate: 14 });
  t.clock.advanceMinutes(15);
  await t.ok(contract.vitals.record, { sessionId, systolic: 128, diastolic: 80, heartRate: 74, spo2: 98, respiratoryRate: 14 });
  t.clock.advanceMinutes(10);
  await t.ok(contract.charting.stopInfusion, { sessionId });
  await t.ok(contract.charting.startRest, { sessionId });
  t.clock.advanceMinutes(10);
  await t.ok(contract.vitals.record, { sessionId, systolic: 122, diastolic: 78, heartRate: 70, spo2: 98, respiratoryRate: 14 });
  t.clock.advanceMinutes(10);
  await t.ok(contract.charting.recordDischargeAssessment, { sessionId, scale: 'padss', items: { vitalSigns: 2, activity: 2, nauseaVomiting: 2, pain: 2, bleeding: 2 } });
  await t.ok(contract.charting.confirmEscort, { sessionId, escortName: 'Marta Núñez' });
  await t.ok(contract.charting.discharge, { sessionId, nextAppointment: '2026-12-02T15:00:00.000Z' });
  return sessionId;
}

describe('print settings', () => {
  it('start empty with Letter paper and name every missing clinic detail', async () => {
    const t = await startPrintCore();
    const view = await t.ok(contract.printSettings.get, {});
    expect(view.values).toEqual({ clinicName: '', clinicAddress: '', clinicPhone: '', paperSize: 'letter', silentPrint: false, pdfFolder: '', chairNames: '' });
    expect(view.missing).toEqual(['Clinic name', 'Clinic address', 'Clinic phone']);
  });

  it('keep a change with who made it, audit it, and survive a restart of the reader', async () => {
    const t = await startPrintCore();
    const view = await t.ok(contract.printSettings.update, { changes: { ...CLINIC, paperSize: 'a4', silentPrint: true } });
    expect(view.values).toMatchObject({ ...CLINIC, paperSize: 'a4', silentPrint: true });
    expect(view.missing).toEqual([]);
    expect(view.changedBy).toBe(t.users.nurse.userId);
    const audit = t.core.store.sqlite.prepare("SELECT detail FROM audit_log WHERE action = 'setting_change' ORDER BY seq DESC LIMIT 1").get() as { detail: string };
    expect(JSON.parse(audit.detail)).toEqual({ print: ['clinicName', 'clinicAddress', 'clinicPhone', 'paperSize', 'silentPrint'] });
    expect((await t.ok(contract.printSettings.get, {})).values.paperSize).toBe('a4');
  });

  it('refuse a phone number with letters in it, changing nothing', async () => {
    const t = await startPrintCore();
    const answer = await t.call(contract.printSettings.update, { changes: { clinicName: 'X', clinicPhone: 'call us' } });
    expect(answer).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'changes.clinicPhone' } });
    expect((await t.ok(contract.printSettings.get, {})).values.clinicName).toBe('');
  });

  it('do not touch the numeric clinic settings', async () => {
    const t = await startPrintCore();
    await t.ok(contract.printSettings.update, { changes: CLINIC });
    const numeric = await t.ok(contract.settings.get, {});
    expect(numeric.definitions.every((d) => d.changedAt === null)).toBe(true);
  });
});

describe('the document read model', () => {
  it('refuses to prepare any document while a clinic detail is missing, naming it', async () => {
    const t = await startPrintCore();
    const sessionId = await dischargedSession(t);
    await t.ok(contract.printSettings.update, { changes: { clinicName: CLINIC.clinicName, clinicAddress: CLINIC.clinicAddress } });
    const answer = await t.call(contract.print.documentData, { sessionId, document: 'discharge' });
    expect(answer).toMatchObject({ ok: false, error: { code: 'conflict', field: 'clinic' } });
    expect(!answer.ok && answer.error.message).toMatch(/^Clinic phone is not set/);
  });

  it("defaults to the patient's preferred language and carries the discharge facts", async () => {
    const t = await startPrintCore();
    const sessionId = await dischargedSession(t, 'es');
    await t.ok(contract.printSettings.update, { changes: CLINIC });
    const data = await t.ok(contract.print.documentData, { sessionId, document: 'discharge' });
    expect(data.language).toBe('es');
    expect(data.preferredLanguage).toBe('es');
    expect(data.clinic).toEqual({ name: CLINIC.clinicName, address: CLINIC.clinicAddress, phone: CLINIC.clinicPhone });
    expect(data.escort).toEqual({ name: 'Marta Núñez', phone: '555-0111' });
    expect(data.nurse.name).toBe('Nora Nurse');
    expect(data.dischargedAt).toBe('2026-11-25T15:00:00.000Z');
    expect(data.nextAppointment).toBe('2026-12-02T15:00:00.000Z');
    // Infusion ended 14:40; the resume setting is 6 h.
    expect(data.benzodiazepine).toMatchObject({ holdApplies: true, earliestResumeAt: '2026-11-25T20:40:00.000Z' });
    expect(data.series).toEqual({ position: 1, of: 6, maintenance: false });
    expect(data.vitals.map((v) => v.systolic)).toEqual([120, 130, 128, 122]);
    expect(data.downtime.dueTimes).toHaveLength(5);
  });

  it('uses the language the nurse switched to', async () => {
    const t = await startPrintCore();
    const sessionId = await dischargedSession(t, 'es');
    await t.ok(contract.printSettings.update, { changes: CLINIC });
    expect((await t.ok(contract.print.documentData, { sessionId, document: 'discharge', language: 'en' })).language).toBe('en');
  });

  it('answers not_found for a session that does not exist', async () => {
    const t = await startPrintCore();
    await t.ok(contract.printSettings.update, { changes: CLINIC });
    const answer = await t.call(contract.print.documentData, { sessionId: '019ab000-0000-7000-8000-000000000000', document: 'record' });
    expect(answer).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });
});

describe('recording prints', () => {
  it('records a print on the session (who, when, which document, which language) with a print audit event', async () => {
    const t = await startPrintCore();
    const sessionId = await dischargedSession(t);
    await t.ok(contract.printSettings.update, { changes: CLINIC });
    const record = await t.ok(contract.print.record, { sessionId, document: 'discharge', language: 'es', output: 'print' });
    expect(record).toMatchObject({ document: 'discharge', language: 'es', output: 'print', at: '2026-11-25T15:00:00.000Z', byName: 'Nora Nurse' });
    const chart = await t.ok(contract.sessions.chart, { sessionId });
    const printed = chart.timeline.filter((e) => e.kind === 'document_printed');
    expect(printed).toHaveLength(1);
    expect(printed[0]).toMatchObject({ authorUserId: t.users.nurse.userId, summary: 'Printed: discharge (es, paper)' });
    const audit = t.core.store.sqlite.prepare("SELECT action, record_table, record_id, detail FROM audit_log WHERE action IN ('print', 'export')").all().map(idsAsText) as {
      action: string;
      record_table: string;
      record_id: string;
      detail: string;
    }[];
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: 'print', record_table: 'sessions', record_id: sessionId });
    expect(JSON.parse(audit[0].detail)).toMatchObject({ document: 'discharge', language: 'es', output: 'print' });
    // The session record lists it among the printed copies.
    const data = await t.ok(contract.print.documentData, { sessionId, document: 'record' });
    expect(data.prints).toEqual([expect.objectContaining({ document: 'discharge', language: 'es', output: 'print', byName: 'Nora Nurse' })]);
  });

  it('still records a print after sign-off, when the record is frozen for charting', async () => {
    const t = await startPrintCore();
    const sessionId = await dischargedSession(t);
    await t.ok(contract.printSettings.update, { changes: CLINIC });
    await t.ok(contract.charting.recordDrugUse, { sessionId, amountGivenMg: 40, amountWastedMg: 0 });
    await t.ok(contract.charting.sign, { sessionId });
    await t.ok(contract.print.record, { sessionId, document: 'record', language: 'en', output: 'pdf' });
    const audit = t.core.store.sqlite.prepare("SELECT action FROM audit_log WHERE action IN ('print', 'export')").all();
    expect(audit).toEqual([{ action: 'export' }]);
  });
});

describe('the desktop print (print:output)', () => {
  it('refuses in browser mode, where there is no printer, and records nothing', async () => {
    const t = await startPrintCore();
    const sessionId = await dischargedSession(t);
    await t.ok(contract.printSettings.update, { changes: CLINIC });
    const answer = await t.call(contract.print.output, { sessionId, document: 'discharge', language: 'es', output: 'print' });
    expect(answer).toMatchObject({ ok: false, error: { code: 'conflict' } });
    const chart = await t.ok(contract.sessions.chart, { sessionId });
    expect(chart.timeline.some((e) => e.kind === 'document_printed')).toBe(false);
  });

  it("hands the printer the clinic's paper, silent setting, folder and a file name, then records the PDF", async () => {
    const t = await startPrintCore((job) => ({ done: true, file: `${job.pdfFolder}/${job.fileName}` }));
    const sessionId = await dischargedSession(t);
    await t.ok(contract.printSettings.update, { changes: { ...CLINIC, paperSize: 'a4', silentPrint: true, pdfFolder: '/clinic/pdf' } });
    const result = await t.ok(contract.print.output, { sessionId, document: 'discharge', language: 'es', output: 'pdf' });
    expect(t.jobs).toEqual([
      { sessionId, document: 'discharge', language: 'es', output: 'pdf', paperSize: 'a4', silent: true, pdfFolder: '/clinic/pdf', fileName: 'Nunez_Jose_discharge_2026-11-25_1500_es.pdf' },
    ]);
    expect(result.file).toBe('/clinic/pdf/Nunez_Jose_discharge_2026-11-25_1500_es.pdf');
    expect(result.record).toMatchObject({ document: 'discharge', language: 'es', output: 'pdf' });
    const chart = await t.ok(contract.sessions.chart, { sessionId });
    expect(chart.timeline.find((e) => e.kind === 'document_printed')?.payload).toEqual({
      document: 'discharge',
      language: 'es',
      output: 'pdf',
      paperSize: 'a4',
      file: 'Nunez_Jose_discharge_2026-11-25_1500_es.pdf',
    });
  });

  it('records nothing when the nurse cancels the print dialog', async () => {
    const t = await startPrintCore(() => ({ done: false, file: null }));
    const sessionId = await dischargedSession(t);
    await t.ok(contract.printSettings.update, { changes: CLINIC });
    expect(await t.ok(contract.print.output, { sessionId, document: 'record', language: 'en', output: 'print' })).toEqual({ record: null, file: null });
    const chart = await t.ok(contract.sessions.chart, { sessionId });
    expect(chart.timeline.some((e) => e.kind === 'document_printed')).toBe(false);
  });

  it('names a missing clinic detail before calling the printer', async () => {
    const t = await startPrintCore(() => ({ done: true, file: null }));
    const sessionId = await dischargedSession(t);
    const answer = await t.call(contract.print.output, { sessionId, document: 'discharge', language: 'es', output: 'print' });
    expect(answer).toMatchObject({ ok: false, error: { code: 'conflict', field: 'clinic' } });
    expect(t.jobs).toEqual([]);
  });
});

describe('PDF file names', () => {
  it('drop accents and anything a file system could refuse', () => {
    expect(pdfFileName('Ñúñez / O\'Brien', 'José María', 'record', 'es', new Date(2026, 10, 25, 9, 5))).toBe('Nunez-O-Brien_Jose-Maria_record_2026-11-25_0905_es.pdf');
  });
});
