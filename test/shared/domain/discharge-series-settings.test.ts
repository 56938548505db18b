// Discharge score, escort name matching, series position, settings ranges, and the drug list.
import { describe, expect, it } from 'vitest';
import { dischargeScore, sameName } from '../../../src/shared/domain/discharge';
import { classifyMedication, listedDrugs } from '../../../src/shared/domain/drug-lists';
import { seriesPosition } from '../../../src/shared/domain/series';
import { defaultSettings, settingDefinitions, settingValueProblem } from '../../../src/shared/domain/settings';

describe('discharge score: at least 9 of 10 (setting)', () => {
  it.each([
    [[2, 2, 2, 2, 1], 9, true],
    [[2, 2, 2, 1, 1], 9, false],
    [[2, 2, 2, 2, 2], 10, true],
    [[2, 2, 2, 2, 1], 10, false],
    [[2, 2, 2, 1, 1], 8, true],
  ])('items %j with minimum %s pass %s', (items, min, passes) => {
    expect(dischargeScore(Object.fromEntries(items.map((v, i) => [`i${i}`, v])), min).passes).toBe(passes);
  });
});

describe('escort confirmed by name', () => {
  it.each([
    ['Sam Doe', 'sam  doe', true],
    ['José García', 'Jose Garcia', true],
    ['Sam Doe', 'Pat Doe', false],
  ])('%s = %s: %s', (a, b, same) => {
    expect(sameName(a, b)).toBe(same);
  });
});

describe('infusion N of M', () => {
  const s = (id: string, plannedStart: string, cancelled = false) => ({ id, plannedStart, cancelled });
  it.each([
    ['first of six', [s('a', '2026-11-01T14:00:00Z')], 'a', 6, 'infusion 1 of 6'],
    ['third, by planned start', [s('c', '2026-11-15T14:00:00Z'), s('a', '2026-11-01T14:00:00Z'), s('b', '2026-11-08T14:00:00Z')], 'c', 6, 'infusion 3 of 6'],
    ['a cancelled session does not count', [s('a', '2026-11-01T14:00:00Z', true), s('b', '2026-11-08T14:00:00Z')], 'b', 6, 'infusion 1 of 6'],
    ['series of 8 (setting)', [s('a', '2026-11-01T14:00:00Z')], 'a', 8, 'infusion 1 of 8'],
  ])('%s', (_name, sessions, id, length, label) => {
    expect(seriesPosition(sessions, id, length).label).toBe(label);
  });

  it('past the acute series it says maintenance', () => {
    const sessions = Array.from({ length: 7 }, (_, i) => s(`s${i}`, `2026-11-0${i + 1}T14:00:00Z`));
    expect(seriesPosition(sessions, 's6', 6).label).toContain('maintenance');
  });
});

describe('settings defaults and allowed ranges', () => {
  it.each([
    ['benzoHoldHours', 24, 24, 48],
    ['benzoResumeHours', 6, 6, 24],
    ['benzoDailyDoseThresholdMg', 0, 0, 200],
    ['fastingSolidHours', 6, 2, 12],
    ['fastingClearLiquidHours', 2, 1, 6],
    ['doNotStartSystolic', 160, 140, 200],
    ['doNotStartDiastolic', 90, 80, 120],
    ['defaultRunMinutes', 40, 40, 60],
    ['minRestMinutes', 20, 20, 30],
    ['intranasalMonitoringMinutes', 120, 120, 240],
    ['vitalsIntervalMinutes', 15, 10, 15],
    ['alertSystolicAtOrAbove', 180, 140, 220],
    ['alertDiastolicAtOrAbove', 110, 90, 130],
    ['alertHeartRateAbove', 120, 100, 150],
    ['alertHeartRateBelow', 50, 35, 60],
    ['alertSpo2Below', 92, 85, 95],
    ['dischargeMinScore', 9, 8, 10],
    ['acuteSeriesLength', 6, 1, 12],
  ] as const)('%s defaults to %s, allowed %s-%s, refused just outside', (key, def, min, max) => {
    expect(defaultSettings[key]).toBe(def);
    expect(settingValueProblem(key, min)).toBeNull();
    expect(settingValueProblem(key, max)).toBeNull();
    expect(settingValueProblem(key, min - 1)).toContain('between');
    expect(settingValueProblem(key, max + 1)).toContain('between');
  });

  it('refuses a fraction for a whole-number setting', () => {
    expect(settingValueProblem('vitalsIntervalMinutes', 12.5)).toContain('whole number');
  });

  it('every default is inside its own range', () => {
    for (const d of settingDefinitions) expect(settingValueProblem(d.key, d.defaultValue)).toBeNull();
  });
});

describe('drug list', () => {
  it('every listed drug is found by its generic and each brand name in any case', () => {
    for (const drug of listedDrugs) {
      for (const name of [drug.generic, drug.generic.toUpperCase(), ...drug.brands, ...drug.brands.map((b) => b.toLowerCase())]) {
        expect(classifyMedication(name)?.generic).toBe(drug.generic);
      }
    }
  });

  it('matches whole words only', () => {
    expect(classifyMedication('Xanaxx')).toBeNull();
    expect(classifyMedication('alprazolam ER 1 mg')?.generic).toBe('alprazolam');
  });
});
