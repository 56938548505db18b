// Screening rules of issue 4, each table-driven with its boundaries.
import { describe, expect, it } from 'vitest';
import { computeScreening, isRecentHeartAttack, isRecentStroke, mergeMedications, type ScreeningInput } from '../../../src/shared/domain/screening';
import { defaultSettings } from '../../../src/shared/domain/settings';

const base: ScreeningInput = {
  sessionDate: '2026-11-25',
  plannedStart: '2026-11-25T14:00:00.000Z',
  profile: { ketamineHypersensitivity: false, history: [], substanceMisuseHistory: false },
  medications: [],
  checkIn: { lastSolidFoodAt: '2026-11-25T06:00:00.000Z', lastClearLiquidAt: '2026-11-25T11:00:00.000Z', escort: { name: 'Sam', phone: '555' } },
  baseline: { systolic: 120, diastolic: 80, heartRate: 70, spo2: 98, respiratoryRate: 14 },
  doseRecorded: true,
  settings: defaultSettings,
};
const codes = (input: Partial<ScreeningInput>) => computeScreening({ ...base, ...input }).map((i) => i.key);

describe('hard stop: heart attack less than 6 months before the session date', () => {
  it.each([
    ['refuses a heart attack 5 months 30 days before', '2026-05-26', '2026-11-25', true],
    ['allows a heart attack exactly 6 months before', '2026-05-25', '2026-11-25', false],
    ['allows a heart attack 6 months and a day before', '2026-05-24', '2026-11-25', false],
    ['month end: session 31 Aug, 28 Feb (non-leap) is exactly 6 months', '2026-02-28', '2026-08-31', false],
    ['month end: session 31 Aug, 1 Mar is less than 6 months', '2026-03-01', '2026-08-31', true],
    ['leap day: session 31 Aug 2028, 29 Feb 2028 is exactly 6 months', '2028-02-29', '2028-08-31', false],
    ['leap day: session 31 Aug 2028, 28 Feb 2028 is more than 6 months', '2028-02-28', '2028-08-31', false],
    ['a heart attack on the session date itself', '2026-11-25', '2026-11-25', true],
    ['across the year end: session 15 Mar, 16 Sep before is less', '2025-09-16', '2026-03-15', true],
  ])('%s', (_name, event, session, stop) => {
    expect(isRecentHeartAttack(event, session)).toBe(stop);
  });
});

describe('hard stop: stroke less than 1 year before the session date', () => {
  it.each([
    ['refuses a stroke 364 days before', '2025-11-26', '2026-11-25', true],
    ['allows a stroke exactly 1 year before', '2025-11-25', '2026-11-25', false],
    ['leap day session 29 Feb 2028: 28 Feb 2027 is exactly 1 year', '2027-02-28', '2028-02-29', false],
    ['leap day session 29 Feb 2028: 1 Mar 2027 is less than 1 year', '2027-03-01', '2028-02-29', true],
    ['stroke on leap day 29 Feb 2028, session 28 Feb 2029: less than 1 year', '2028-02-29', '2029-02-28', true],
    ['stroke on leap day 29 Feb 2028, session 1 Mar 2029: more than 1 year', '2028-02-29', '2029-03-01', false],
  ])('%s', (_name, event, session, stop) => {
    expect(isRecentStroke(event, session)).toBe(stop);
  });
});

describe('screening items', () => {
  it('a clean record has no items and can start', () => {
    expect(computeScreening(base)).toEqual([]);
  });

  it('ketamine hypersensitivity is a hard stop resolved only by a physician override', () => {
    const [item] = computeScreening({ ...base, profile: { ...base.profile!, ketamineHypersensitivity: true } });
    expect(item).toMatchObject({ code: 'ketamine_hypersensitivity', severity: 'hard_stop', resolvedBy: 'physician_override', blocking: true });
  });

  it('puts a recent heart attack and stroke on the list with their dates', () => {
    const items = computeScreening({ ...base, profile: { ...base.profile!, history: [{ condition: 'heart_attack', date: '2026-08-25' }, { condition: 'stroke', date: '2026-01-10' }] } });
    expect(items.map((i) => i.key)).toEqual(['recent_heart_attack', 'recent_stroke']);
    expect(items[0].message).toContain('2026-08-25');
  });

  it.each([
    ['lamotrigine', 'lamotrigine'],
    ['LAMICTAL XR 200 mg', 'lamotrigine'],
    ['Risperdal', 'risperidone'],
    ['olanzapine', 'olanzapine'],
    ['zyprexa zydis', 'olanzapine'],
  ])('relative contraindication %s needs a physician acknowledgement (%s)', (name, generic) => {
    const [item] = computeScreening({ ...base, medications: [{ name }] });
    expect(item).toMatchObject({ key: `relative_contraindication:${generic}`, severity: 'relative', resolvedBy: 'physician_acknowledgement', blocking: true });
  });

  it('does not flag other antidepressants', () => {
    expect(codes({ medications: [{ name: 'sertraline' }, { name: 'Lexapro' }, { name: 'bupropion' }] })).toEqual([]);
  });

  it('flags substance-misuse history for the physician without stopping the start', () => {
    const [item] = computeScreening({ ...base, profile: { ...base.profile!, substanceMisuseHistory: true } });
    expect(item).toMatchObject({ code: 'substance_misuse', severity: 'flag', blocking: false });
  });

  describe('benzodiazepine hold (default 24 h before the planned start)', () => {
    it.each([
      ['warns at a dose 23 h 59 min before', '2026-11-24T14:01:00.000Z', true],
      ['does not warn at exactly 24 h before', '2026-11-24T14:00:00.000Z', false],
      ['does not warn at 30 h before', '2026-11-24T08:00:00.000Z', false],
      ['warns at a dose taken this morning', '2026-11-25T07:00:00.000Z', true],
    ])('%s', (_name, lastDoseAt, warns) => {
      const keys = codes({ medications: [{ name: 'Klonopin', dailyDoseMg: 1, lastDoseAt }] });
      expect(keys.includes('benzodiazepine_hold:clonazepam')).toBe(warns);
    });

    it.each([
      ['clonazepam'], ['KLONOPIN'], ['alprazolam'], ['Xanax'], ['lorazepam'], ['ativan'], ['diazepam'], ['Valium'],
    ])('recognises %s as a benzodiazepine, any case', (name) => {
      const [item] = computeScreening({ ...base, medications: [{ name, lastDoseAt: '2026-11-25T07:00:00.000Z' }] });
      expect(item).toMatchObject({ code: 'benzodiazepine_hold', severity: 'warning', blocking: false });
    });

    it('uses the hold window setting (48 h)', () => {
      const keys = codes({ medications: [{ name: 'Xanax', lastDoseAt: '2026-11-24T08:00:00.000Z' }], settings: { ...defaultSettings, benzoHoldHours: 48 } });
      expect(keys).toEqual(['benzodiazepine_hold:alprazolam']);
    });

    it.each([
      ['threshold 0 applies the hold to any dose', 0, 0.5, true],
      ['threshold 100 mg: 2 mg a day is not held', 100, 2, false],
      ['threshold 100 mg: exactly 100 mg is not held', 100, 100, false],
      ['threshold 100 mg: 101 mg is held', 100, 101, true],
    ])('%s', (_name, threshold, dailyDoseMg, held) => {
      const keys = codes({ medications: [{ name: 'lorazepam', dailyDoseMg, lastDoseAt: '2026-11-25T07:00:00.000Z' }], settings: { ...defaultSettings, benzoDailyDoseThresholdMg: threshold } });
      expect(keys.includes('benzodiazepine_hold:lorazepam')).toBe(held);
    });

    it('asks for the time of the last dose when it is missing', () => {
      const [item] = computeScreening({ ...base, medications: [{ name: 'Ativan' }] });
      expect(item).toMatchObject({ code: 'benzodiazepine_hold', resolvedBy: 'record_data' });
    });
  });

  describe('fasting (solids 6 h, clear liquids 2 h before the planned start)', () => {
    it.each([
      ['solids exactly 6 h before pass', '2026-11-25T08:00:00.000Z', '2026-11-25T11:00:00.000Z', []],
      ['solids 5 h 59 min before fail', '2026-11-25T08:01:00.000Z', '2026-11-25T11:00:00.000Z', ['fasting_solids']],
      ['clear liquids exactly 2 h before pass', '2026-11-25T06:00:00.000Z', '2026-11-25T12:00:00.000Z', []],
      ['clear liquids 1 h 59 min before fail', '2026-11-25T06:00:00.000Z', '2026-11-25T12:01:00.000Z', ['fasting_clear_liquids']],
      ['food across midnight (the night before) passes', '2026-11-24T22:00:00.000Z', '2026-11-25T06:00:00.000Z', []],
    ])('%s', (_name, lastSolidFoodAt, lastClearLiquidAt, expected) => {
      expect(codes({ checkIn: { ...base.checkIn!, lastSolidFoodAt, lastClearLiquidAt } })).toEqual(expected);
    });

    it('asks for the intake times when they are missing', () => {
      expect(codes({ checkIn: { ...base.checkIn!, lastSolidFoodAt: null } })).toEqual(['intake_times_missing']);
    });
  });

  it('requires an escort before the start', () => {
    expect(codes({ checkIn: { ...base.checkIn!, escort: null } })).toEqual(['escort_missing']);
  });

  describe('baseline vitals and the do-not-start blood pressure (default 160/90)', () => {
    it.each([
      ['160/90 exactly may start', 160, 90, []],
      ['161/80 needs a physician', 161, 80, ['baseline_bp_high']],
      ['150/91 needs a physician', 150, 91, ['baseline_bp_high']],
    ])('%s', (_name, systolic, diastolic, expected) => {
      expect(codes({ baseline: { ...base.baseline!, systolic, diastolic } })).toEqual(expected);
    });

    it('refuses the start without baseline vitals', () => {
      expect(codes({ baseline: null })).toEqual(['baseline_vitals_missing']);
    });
  });

  it('asks for the profile before screening can judge hard stops', () => {
    expect(codes({ profile: null })).toEqual(['profile_missing']);
  });

  it('today\'s medication line replaces the profile\'s line for the same drug (brand or generic)', () => {
    const merged = mergeMedications([{ name: 'Xanax', lastDoseAt: '2026-11-20T08:00:00.000Z' }, { name: 'sertraline' }], [{ name: 'alprazolam', lastDoseAt: '2026-11-25T07:00:00.000Z' }]);
    expect(merged).toEqual([{ name: 'sertraline' }, { name: 'alprazolam', lastDoseAt: '2026-11-25T07:00:00.000Z' }]);
  });
});
