// The rating scales' ranges as the contract checks them: dissociation 0-4, CADSS-6 six items 0-4, MOAA/S 0-5, RASS -5..+4.
import { describe, expect, it } from 'vitest';
import { recordDissociation, recordSedation } from '../../../src/shared/contract/observations.contract';
import { recordDischargeAssessment } from '../../../src/shared/contract/discharge.contract';

const sessionId = '019a0000-0000-7000-8000-000000000001';

describe('dissociation rating', () => {
  it.each([
    [{ rating: 0 }, true],
    [{ rating: 4 }, true],
    [{ rating: 5 }, false],
    [{ rating: -1 }, false],
    [{ rating: 2.5 }, false],
    [{ rating: 2, cadss6: [0, 1, 2, 3, 4, 4] }, true],
    [{ rating: 2, cadss6: [0, 1, 2, 3, 4] }, false],
    [{ rating: 2, cadss6: [0, 1, 2, 3, 4, 5] }, false],
  ])('%j accepted %s', (fields, ok) => {
    expect(recordDissociation.request.safeParse({ sessionId, ...fields }).success).toBe(ok);
  });
});

describe('sedation score', () => {
  it.each([
    ['moaas', 0, true],
    ['moaas', 5, true],
    ['moaas', 6, false],
    ['moaas', -1, false],
    ['rass', -5, true],
    ['rass', 4, true],
    ['rass', 5, false],
    ['rass', -6, false],
  ])('%s %s accepted %s', (scale, score, ok) => {
    expect(recordSedation.request.safeParse({ sessionId, scale, score }).success).toBe(ok);
  });
});

describe('discharge assessment items', () => {
  it.each([
    [{ scale: 'aldrete', items: { activity: 2, respiration: 2, circulation: 2, consciousness: 2, oxygenSaturation: 1 } }, true],
    [{ scale: 'aldrete', items: { activity: 3, respiration: 2, circulation: 2, consciousness: 2, oxygenSaturation: 1 } }, false],
    [{ scale: 'padss', items: { vitalSigns: 2, activity: 2, nauseaVomiting: 2, pain: 2, bleeding: 2 } }, true],
    [{ scale: 'padss', items: { activity: 2, respiration: 2, circulation: 2, consciousness: 2, oxygenSaturation: 1 } }, false],
  ])('%j accepted %s', (fields, ok) => {
    expect(recordDischargeAssessment.request.safeParse({ sessionId, ...fields }).success).toBe(ok);
  });
});
