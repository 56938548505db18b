// Copying the paper downtime sheet back in: entries written while the copy-in is open are late entries from paper.
import { afterEach, describe, expect, it } from 'vitest';
import { contract } from '../../../../src/shared/contract';
import { startTestCore, type TestCore } from '../../../support/core';
import { calmVitals, patientWithSession, readyToScreen } from './fixtures';

let t: TestCore;
afterEach(async () => {
  await t?.close({ remove: true });
});

describe('copying in from the paper downtime sheet', () => {
  it('marks the entries written while it was open as from paper, at the times written on the sheet', async () => {
    t = await startTestCore();
    const { sessionId } = await patientWithSession(t);
    await readyToScreen(t, sessionId);
    await t.ok(contract.charting.screen, { sessionId });
    await t.ok(contract.charting.startInfusion, { sessionId });
    t.clock.advanceMinutes(35); // the workstation was down from 14:05 to 14:35
    const opened = await t.ok(contract.charting.beginPaperTranscription, { sessionId, reason: 'workstation down 14:05–14:35' });
    expect(opened.chart.paperTranscriptionOpen).toBe(true);
    await t.ok(contract.vitals.record, { sessionId, ...calmVitals, recordedAt: '2026-11-25T14:15:00.000Z' });
    await t.ok(contract.charting.recordDissociation, { sessionId, rating: 1, recordedAt: '2026-11-25T14:20:00.000Z' });
    const closed = await t.ok(contract.charting.endPaperTranscription, { sessionId });
    expect(closed.chart.paperTranscriptionOpen).toBe(false);
    await t.ok(contract.vitals.record, { sessionId, ...calmVitals });

    const chart = await t.ok(contract.sessions.chart, { sessionId });
    const fromPaper = chart.timeline.filter((e) => e.fromPaper).map((e) => [e.kind, e.recordedAt]);
    expect(fromPaper).toEqual([
      ['vitals', '2026-11-25T14:15:00.000Z'],
      ['dissociation', '2026-11-25T14:20:00.000Z'],
    ]);
    expect(chart.timeline.find((e) => e.kind === 'paper_transcription_started')?.summary).toBe(
      'Copying in from the paper downtime sheet (workstation down 14:05–14:35)',
    );
    const vitalsNow = chart.timeline.filter((e) => e.kind === 'vitals').at(-1);
    expect(vitalsNow?.fromPaper).toBe(false);
  });

  it('refuses to open it twice, to close it when it is not open, and writes nothing', async () => {
    t = await startTestCore();
    const { sessionId } = await patientWithSession(t);
    const notOpen = await t.call(contract.charting.endPaperTranscription, { sessionId });
    expect(!notOpen.ok && notOpen.error).toEqual({ code: 'conflict', message: 'Copying in from the paper sheet is not open for this session.' });
    await t.ok(contract.charting.beginPaperTranscription, { sessionId, reason: 'power cut' });
    const before = (await t.ok(contract.sessions.chart, { sessionId })).timeline.length;
    const twice = await t.call(contract.charting.beginPaperTranscription, { sessionId, reason: 'power cut' });
    expect(!twice.ok && twice.error.code).toBe('conflict');
    expect((await t.ok(contract.sessions.chart, { sessionId })).timeline.length).toBe(before);
  });
});
