// Plausibility of one vitals set beyond single-field ranges (those live in the contract's schema).
import type { VitalsValues } from '../contract/vitals.contract';

export interface FieldProblem {
  readonly field: keyof VitalsValues;
  readonly message: string;
}

export function vitalsProblems(values: VitalsValues): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (values.diastolic >= values.systolic) {
    problems.push({
      field: 'diastolic',
      message: `Diastolic (${values.diastolic}) must be below systolic (${values.systolic}). Were they swapped?`,
    });
  }
  return problems;
}
