// The pure parts of printing: which clinic details are missing and how that is said, and the downtime sheet's
// vitals due times.
import { describe, expect, it } from 'vitest';
import { downtimeDueTimes, missingClinicDetails, missingClinicDetailsMessage } from '../../../src/shared/domain/print-document';
import type { PrintSettings } from '../../../src/shared/contract/print.contract';

const complete: PrintSettings = {
  clinicName: 'Harbor Ketamine Clinic',
  clinicAddress: '12 Harbor Street',
  clinicPhone: '(207) 555-0142',
  paperSize: 'letter',
  silentPrint: false,
  pdfFolder: '',
  chairNames: '',
};

describe('missing clinic details', () => {
  it('names nothing when name, address and phone are set', () => {
    expect(missingClinicDetails(complete)).toEqual([]);
    expect(missingClinicDetailsMessage(complete)).toBeNull();
  });

  it('names the one missing detail and says where to enter it', () => {
    expect(missingClinicDetailsMessage({ ...complete, clinicPhone: '  ' })).toBe(
      'Clinic phone is not set: enter it under Settings → Printing, then print again.',
    );
  });

  it('names every missing detail in one sentence', () => {
    expect(missingClinicDetailsMessage({ ...complete, clinicName: '', clinicAddress: '', clinicPhone: '' })).toBe(
      'Clinic name, Clinic address and Clinic phone are not set: enter them under Settings → Printing, then print again.',
    );
  });
});

describe('downtime sheet due times', () => {
  const base = { plannedStart: '2026-11-25T14:00:00.000Z', startedAt: null, intervalMinutes: 15, plannedRunMinutes: 40, minimumRestMinutes: 20 };

  it('counts from the planned start before the infusion starts: baseline, then every 15 min to the end of the rest', () => {
    expect(downtimeDueTimes(base)).toEqual({
      intervalMinutes: 15,
      anchor: 'planned_start',
      dueTimes: ['14:00', '14:15', '14:30', '14:45', '15:00'].map((t) => `2026-11-25T${t}:00.000Z`),
    });
  });

  it('counts from the charted start once there is one', () => {
    const due = downtimeDueTimes({ ...base, startedAt: '2026-11-25T14:07:00.000Z' });
    expect(due.anchor).toBe('infusion_start');
    expect(due.dueTimes[0]).toBe('2026-11-25T14:07:00.000Z');
    expect(due.dueTimes.at(-1)).toBe('2026-11-25T15:07:00.000Z');
  });

  it('adds the end of the rest when the interval does not land on it (10-min interval, 45 + 20 min)', () => {
    const due = downtimeDueTimes({ ...base, intervalMinutes: 10, plannedRunMinutes: 45 });
    expect(due.dueTimes.map((t) => t.slice(11, 16))).toEqual(['14:00', '14:10', '14:20', '14:30', '14:40', '14:50', '15:00', '15:05']);
  });

  it('covers the 2 h of monitoring after intranasal esketamine', () => {
    const due = downtimeDueTimes({ ...base, plannedRunMinutes: 0, minimumRestMinutes: 120 });
    expect(due.dueTimes).toHaveLength(9);
    expect(due.dueTimes.at(-1)).toBe('2026-11-25T16:00:00.000Z');
  });
});
