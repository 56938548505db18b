// Issue 6 done-when: a known session charted through the core, its discharge sheet (Spanish and English), session
// record and downtime sheet rendered by the print route in Chromium, saved as PDFs on the clinic's paper, and read
// back with pdftotext: names, escort, nurse, the computed benzodiazepine resume time, the next appointment, the
// series, the Spanish wording, the downtime due times, and the print recorded on the session. The discharge sheet
// is one page at Letter and at A4.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contract } from '../../src/shared/contract';
import { closeBrowser, SCREENS_DIR, startHarness, type Harness } from './harness';
import { PrintPage } from './pages/print.page';

const at = (hhmm: string, day = '2026-11-25') => `${day}T${hhmm}:00.000Z`;
const calm = { systolic: 124, diastolic: 80, heartRate: 72, spo2: 98, respiratoryRate: 14 };

describe('printing the discharge sheet, the session record and the downtime sheet', () => {
  let h: Harness;
  let print: PrintPage;
  let sessionId: string;

  beforeAll(async () => {
    h = await startHarness({ start: at('14:00') });
    print = new PrintPage(h.page, h.server.url);
    const patient = await h.call(contract.patients.register, { familyName: 'Rivera', givenName: 'Ana', dateOfBirth: '1984-02-29', mrn: 'MRN-1001', weight: { value: 70, unit: 'kg' } });
    await h.call(contract.patients.recordProfile, {
      patientId: patient.id,
      sex: 'female',
      heightCm: 165,
      preferredLanguage: 'es',
      allergies: { ketamineHypersensitivity: false, other: [] },
      history: [],
      substanceMisuseHistory: false,
      // Held 30 h before the start: the sheet must say when it may be taken again.
      medications: [{ name: 'clonazepam', dailyDoseMg: 1, lastDoseAt: at('08:00', '2026-11-24') }],
    });
    const session = await h.call(contract.sessions.open, { patientId: patient.id, chair: 3, route: 'iv', plannedStart: at('14:00'), indication: 'depression', orderingPhysician: 'Dr Paul Physician' });
    sessionId = session.id;
    await h.call(contract.charting.checkIn, { sessionId, weight: { value: 70, unit: 'kg' }, lastSolidFoodAt: at('06:00'), lastClearLiquidAt: at('11:00'), escort: { name: 'Luis Rivera', phone: '555-0199' } });
    await h.call(contract.vitals.record, { sessionId, ...calm });
    await h.call(contract.charting.recordDose, { sessionId, weightBasis: 'actual', mgPerKg: 0.5, concentrationMgPerMl: 1, drug: { lot: 'KX-2291', expiry: '2027-06-30' } });
    await h.call(contract.charting.screen, { sessionId });
    await h.call(contract.charting.startInfusion, { sessionId });
  });

  afterAll(async () => {
    await h?.close();
    await closeBrowser();
  });

  it('names the missing clinic details before anything is printed', async () => {
    await print.open('discharge', sessionId, 'es');
    await expect.poll(() => print.refusal().textContent()).toContain('Clinic name, Clinic address and Clinic phone are not set');
    await h.screenshot('print-refused-missing-clinic-details');
  });

  it('takes the clinic details on the settings screen', async () => {
    await print.enterClinicDetails({ name: 'Harbor Ketamine Clinic', address: '12 Harbor Street, Portland, ME 04101', phone: '(207) 555-0142' });
    await h.screenshot('print-settings');
    expect((await h.call(contract.printSettings.get, {})).missing).toEqual([]);
  });

  it('prints the downtime sheet at the start with the patient, dose, chair and the vitals due every 15 min to the end of rest', async () => {
    await print.open('downtime', sessionId, 'en');
    await print.ready();
    const pdf = await print.savePdf('downtime-en-letter', 'Letter');
    PrintPage.firstPagePng(pdf.file, SCREENS_DIR, 'print-downtime-en-letter');
    expect(pdf.text).toContain('Downtime flowsheet');
    expect(pdf.text).toContain('Rivera, Ana');
    expect(pdf.text).toContain('MRN-1001');
    expect(pdf.text).toContain('Chair: 3');
    expect(pdf.text).toContain('35 mg (0.5 mg/kg)');
    expect(pdf.text).toContain('lot KX-2291');
    expect(pdf.text).toContain('Luis Rivera, 555-0199');
    expect(pdf.text).toContain('Vitals due every 15 min, counted from the infusion start');
    // 40 min run + 20 min minimum rest from the 14:00 start: baseline, then every 15 min to 15:00.
    const due = [...pdf.text.matchAll(/\b(1[45]:\d\d)\b(?: \(baseline\))?/g)].map((m) => m[1]);
    expect(due).toEqual(expect.arrayContaining(['14:00', '14:15', '14:30', '14:45', '15:00']));
    expect(pdf.text).toContain('14:00 (baseline)');
    expect(pdf.text).toContain('show on the record as late entries from paper');
  });

  it('charts the infusion to discharge and sign-off through the core', async () => {
    // 14:10–14:30 the workstation was down: the 14:15 set went on the paper downtime sheet and is copied in after.
    h.clock.advanceMinutes(30);
    await h.call(contract.charting.beginPaperTranscription, { sessionId, reason: 'workstation down 14:10–14:30' });
    await h.call(contract.vitals.record, { sessionId, ...calm, systolic: 138, diastolic: 86, heartRate: 84, recordedAt: at('14:15') });
    await h.call(contract.charting.recordDissociation, { sessionId, rating: 2, note: 'calm, reflective', recordedAt: at('14:15') });
    await h.call(contract.charting.endPaperTranscription, { sessionId });
    await h.call(contract.vitals.record, { sessionId, ...calm, systolic: 132 });
    await h.call(contract.charting.recordSedation, { sessionId, scale: 'moaas', score: 4 });
    h.clock.advanceMinutes(10); // 14:40: 40 minutes
    await h.call(contract.charting.stopInfusion, { sessionId });
    await h.call(contract.charting.startRest, { sessionId });
    h.clock.advanceMinutes(10);
    await h.call(contract.vitals.record, { sessionId, ...calm });
    h.clock.advanceMinutes(10); // 15:00
    await h.call(contract.charting.recordDischargeAssessment, {
      sessionId,
      scale: 'aldrete',
      items: { activity: 2, respiration: 2, circulation: 2, consciousness: 2, oxygenSaturation: 2 },
    });
    await h.call(contract.charting.confirmEscort, { sessionId, escortName: 'Luis Rivera' });
    await h.call(contract.charting.discharge, { sessionId, nextAppointment: at('15:30', '2026-12-02') });
    await h.call(contract.charting.recordDrugUse, { sessionId, amountGivenMg: 35, amountWastedMg: 15, witness: { userId: h.users.nurse2.userId, secret: h.users.nurse2.secret } });
    const signed = await h.call(contract.charting.sign, { sessionId });
    expect(signed.chart.phase).toBe('signed');
    expect(signed.chart.benzodiazepine.earliestResumeAt).toBe(at('20:40'));
  });

  it('prints the discharge sheet in Spanish, the patient\'s language, on one Letter page with the facts of the session', async () => {
    // No language named: the patient's preferred one.
    await print.open('discharge', sessionId);
    await print.ready();
    const pdf = await print.savePdf('discharge-es-letter', 'Letter');
    PrintPage.firstPagePng(pdf.file, SCREENS_DIR, 'print-discharge-es-letter');
    expect(pdf.pages).toBe(1);
    expect(pdf.pageSize).toContain('612 x 792 pts (letter)');
    for (const fact of [
      'Harbor Ketamine Clinic',
      '(207) 555-0142',
      'Paciente: Ana Rivera',
      'Fecha de nacimiento: 29 feb 1984',
      'Fecha: miércoles 25 de noviembre de 2026',
      'Acompañante: Luis Rivera',
      'Enfermero/a: Nora Nurse',
      'Hora del alta: 15:00',
      // Infusion end 14:40 + 6 h.
      'No lo tome antes de las 20:40 del miércoles 25 de noviembre de 2026 (6 horas después del final de la infusión).',
      'No conduzca',
      'No maneje maquinaria pesada',
      'No firme contratos ni tome decisiones importantes.',
      'Su acompañante, Luis Rivera, le lleva a casa.',
      'llame al 911',
      '988',
      '15:30 del miércoles 2 de diciembre de 2026',
      'Infusión 1 de 6 de su serie',
    ]) {
      expect(pdf.text).toContain(fact);
    }
    expect(pdf.text).not.toContain('Do not drive');
  });

  it('is one A4 page too, even with a long clinic address', async () => {
    await h.call(contract.printSettings.update, {
      changes: { paperSize: 'a4', clinicAddress: 'Suite 210, Harbor Medical Building, 1200 Commercial Street, Portland, ME 04101-4625, United States' },
    });
    await print.open('discharge', sessionId, 'es');
    await print.ready();
    const pdf = await print.savePdf('discharge-es-a4', 'A4');
    PrintPage.firstPagePng(pdf.file, SCREENS_DIR, 'print-discharge-es-a4');
    expect(pdf.pages).toBe(1);
    expect(pdf.pageSize).toContain('(A4)');
    expect(pdf.text).toContain('No conduzca');
  });

  it('switches to English: one page at A4 and Letter, with the same facts in English', async () => {
    await print.open('discharge', sessionId, 'en');
    await print.ready();
    const a4 = await print.savePdf('discharge-en-a4', 'A4');
    expect(a4.pages).toBe(1);
    await h.call(contract.printSettings.update, { changes: { paperSize: 'letter' } });
    await print.open('discharge', sessionId, 'en');
    await print.ready();
    const pdf = await print.savePdf('discharge-en-letter', 'Letter');
    PrintPage.firstPagePng(pdf.file, SCREENS_DIR, 'print-discharge-en-letter');
    expect(pdf.pages).toBe(1);
    for (const fact of [
      'Do not drive',
      'Do not take it before 20:40 on Wednesday 25 November 2026 (6 hours after the infusion ended).',
      'Your escort, Luis Rivera, drives you home.',
      '15:30 on Wednesday 2 December 2026',
      'Infusion 1 of 6 in your series',
      'call or text 988',
      'Escort: Luis Rivera',
      'Nurse: Nora Nurse',
      'Discharged at: 15:00',
    ]) {
      expect(pdf.text).toContain(fact);
    }
  });

  it('records the print on the session (who, when, which document, which language) when the nurse prints', async () => {
    await print.standInForPrintDialog();
    await print.open('discharge', sessionId, 'es');
    await print.ready();
    await print.printButton().click();
    await print.printDialogOpened().waitFor({ state: 'attached' });
    await expect
      .poll(async () => (await h.call(contract.sessions.chart, { sessionId })).timeline.filter((e) => e.kind === 'document_printed').map((e) => e.payload))
      .toEqual([expect.objectContaining({ document: 'discharge', language: 'es', output: 'print', paperSize: 'letter' })]);
  });

  it('prints the session record with dose, lot, waste and witness, times, vitals, ratings, score, signature and the print', async () => {
    await print.open('record', sessionId, 'en');
    await print.ready();
    const pdf = await print.savePdf('record-en-letter', 'Letter');
    PrintPage.firstPagePng(pdf.file, SCREENS_DIR, 'print-record-en-letter');
    for (const fact of [
      'Infusion session record',
      'Rivera, Ana',
      'IV infusion',
      'Weight basis: actual weight 70 kg',
      '35 mg (0.5 mg/kg)',
      'lot KX-2291, expires 30 Jun 2027',
      '35 mg given, 15 mg wasted, witness Nia Second',
      'Infusion started: 25 Nov 2026, 14:00',
      'Infusion ended: 25 Nov 2026, 14:40',
      '40 min (planned 40 min)',
      '138/86',
      'late entry from paper',
      'Dissociation 2/4',
      'MOAA/S 4',
      'Discharge score: Modified Aldrete 10/10 (needs 9)',
      'Next appointment: 2 Dec 2026, 15:30',
      'Benzodiazepine may be resumed from: 25 Nov 2026, 20:40',
      'Signed by Nora Nurse',
      'Discharge sheet (Spanish) printed 25 Nov 2026, 15:00 by Nora Nurse',
    ]) {
      expect(pdf.text).toContain(fact);
    }
  });

  it('prints from the session screen in the language the nurse switches to, and records that print too', async () => {
    const controls = print.controls(sessionId);
    await controls.open();
    // The patient's preferred language is chosen to start with.
    await expect.poll(() => controls.language('Español').isChecked()).toBe(true);
    await controls.language('English').check();
    await h.screenshot('print-controls-in-discharge-panel');
    await controls.print('downtime sheet').click();
    await print.printDialogOpened().waitFor({ state: 'attached' });
    expect(h.page.url()).toContain(`#/print/downtime/${sessionId}/en/print`);
    const printed = (await h.call(contract.sessions.chart, { sessionId })).timeline.filter((e) => e.kind === 'document_printed');
    expect(printed.map((e) => [e.payload.document, e.payload.language])).toEqual([
      ['discharge', 'es'],
      ['downtime', 'en'],
    ]);
  });
});
