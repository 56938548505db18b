// Body weight: the nurse may type kg or lb; dosing always uses kg, and the typed value is kept beside it.
export const KG_PER_LB = 0.45359237; // exact, by the international yard and pound agreement

export type WeightUnit = 'kg' | 'lb';

export function toKilograms(value: number, unit: WeightUnit): number {
  const kg = unit === 'kg' ? value : value * KG_PER_LB;
  return Math.round(kg * 10) / 10;
}

/** Plausible adult weights for an outpatient infusion; outside this the entry is almost surely a typing slip. */
export const PLAUSIBLE_KG = { min: 25, max: 350 } as const;

export function weightProblem(value: number, unit: WeightUnit): string | null {
  const kg = toKilograms(value, unit);
  if (kg < PLAUSIBLE_KG.min || kg > PLAUSIBLE_KG.max) {
    const shown = unit === 'kg' ? `${value} kg` : `${value} lb (${kg} kg)`;
    return `${shown} is not a plausible adult weight (${PLAUSIBLE_KG.min}–${PLAUSIBLE_KG.max} kg). Check the unit.`;
  }
  return null;
}
