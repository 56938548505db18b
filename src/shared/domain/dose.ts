// Dose arithmetic: ideal body weight (Devine), mg/kg range, total mg, volume, pump rate; intranasal device counts;
// the drug's expiry.
import { isValid, parseISO } from 'date-fns';

export const CM_PER_INCH = 2.54;
/** Typical 0.5 mg/kg; outside 0.1-0.75 mg/kg the dose is refused (clinical reference). */
export const MG_PER_KG_RANGE = { min: 0.1, max: 0.75 } as const;
export const INTRANASAL_MG_PER_DEVICE = 28;
export const INTRANASAL_MINUTES_BETWEEN_DEVICES = 5;
export const INTRANASAL_ALLOWED_DEVICES = [2, 3] as const; // 56 or 84 mg

const round = (value: number, places: number) => Math.round(value * 10 ** places) / 10 ** places;

/** Devine: 50 kg (male) or 45.5 kg (female) + 2.3 kg per inch over 5 feet; rounded to 0.1 kg. */
export function devineIdealWeightKg(sex: 'female' | 'male', heightCm: number): number {
  const inchesOver5ft = heightCm / CM_PER_INCH - 60;
  return round((sex === 'male' ? 50 : 45.5) + 2.3 * inchesOver5ft, 1);
}

export function mgPerKgProblem(mgPerKg: number): string | null {
  if (mgPerKg < MG_PER_KG_RANGE.min || mgPerKg > MG_PER_KG_RANGE.max) {
    return `${mgPerKg} mg/kg is outside the allowed ${MG_PER_KG_RANGE.min}–${MG_PER_KG_RANGE.max} mg/kg.`;
  }
  return null;
}

export interface IvDose {
  readonly totalMg: number;
  readonly volumeMl: number;
  readonly pumpRateMlPerH: number | null;
}

/** Total mg (0.1 mg), volume (0.01 mL), and for an infusion the pump rate over the planned run (0.1 mL/h). */
export function computeDose(input: { dosingWeightKg: number; mgPerKg: number; concentrationMgPerMl: number; runMinutes: number | null }): IvDose {
  const totalMg = round(input.dosingWeightKg * input.mgPerKg, 1);
  const volumeMl = round(totalMg / input.concentrationMgPerMl, 2);
  const pumpRateMlPerH = input.runMinutes ? round(volumeMl / (input.runMinutes / 60), 1) : null;
  return { totalMg, volumeMl, pumpRateMlPerH };
}

/** Expired on the session date? A vial is good through its expiry date and expired the day after. */
export function isExpired(expiry: string, sessionDate: string): boolean {
  const e = parseISO(expiry);
  if (!isValid(e)) return true;
  return expiry < sessionDate;
}
