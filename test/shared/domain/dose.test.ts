// Dose arithmetic: Devine ideal weight, the mg/kg range, total, volume, pump rate, and vial expiry.
import { describe, expect, it } from 'vitest';
import { computeDose, devineIdealWeightKg, isExpired, mgPerKgProblem } from '../../../src/shared/domain/dose';

describe('ideal body weight (Devine)', () => {
  it.each([
    ['male 5 ft (152.4 cm)', 'male', 152.4, 50],
    ['female 5 ft (152.4 cm)', 'female', 152.4, 45.5],
    ['male 6 ft (182.88 cm)', 'male', 182.88, 77.6],
    ['female 165 cm', 'female', 165, 56.9],
  ] as const)('%s', (_name, sex, cm, kg) => {
    expect(devineIdealWeightKg(sex, cm)).toBe(kg);
  });
});

describe('mg/kg within 0.1-0.75 (outside is refused)', () => {
  it.each([
    [0.09, false],
    [0.1, true],
    [0.5, true],
    [0.75, true],
    [0.76, false],
  ])('%s mg/kg allowed %s', (mgPerKg, ok) => {
    expect(mgPerKgProblem(mgPerKg) === null).toBe(ok);
  });
});

describe('total, volume and pump rate', () => {
  it.each([
    ['0.5 mg/kg x 70 kg at 1 mg/mL over 40 min', 70, 0.5, 1, 40, 35, 35, 52.5],
    ['0.5 mg/kg x 80 kg at 2 mg/mL over 60 min', 80, 0.5, 2, 60, 40, 20, 20],
    ['0.75 mg/kg x 61.3 kg at 1 mg/mL over 45 min', 61.3, 0.75, 1, 45, 46, 46, 61.3],
    ['IM: no run time, no pump rate', 70, 0.5, 50, null, 35, 0.7, null],
  ] as const)('%s', (_name, kg, mgPerKg, conc, run, total, volume, rate) => {
    expect(computeDose({ dosingWeightKg: kg, mgPerKg, concentrationMgPerMl: conc, runMinutes: run })).toEqual({ totalMg: total, volumeMl: volume, pumpRateMlPerH: rate });
  });
});

describe('an expired vial is refused', () => {
  it.each([
    ['good through its expiry date', '2026-11-25', '2026-11-25', false],
    ['expired the day after', '2026-11-24', '2026-11-25', true],
    ['month end expiry, used on the 1st of the next month', '2026-02-28', '2026-03-01', true],
    ['leap day expiry, used that day', '2028-02-29', '2028-02-29', false],
    ['not a date', '2026-02-30', '2026-01-01', true],
  ])('%s', (_name, expiry, today, expired) => {
    expect(isExpired(expiry, today)).toBe(expired);
  });
});
