// Drugs the screening looks for, by generic and brand name (clinical reference: seeds), matched in any case.
import { memoize } from './memo';

export type DrugClass = 'benzodiazepine' | 'relative_contraindication';

export interface ListedDrug {
  readonly generic: string;
  readonly brands: readonly string[];
  readonly drugClass: DrugClass;
}

/** Data, not code: extend here (and in its test) when the clinic's reference list grows. */
export const listedDrugs: readonly ListedDrug[] = [
  { generic: 'clonazepam', brands: ['Klonopin', 'Rivotril'], drugClass: 'benzodiazepine' },
  { generic: 'alprazolam', brands: ['Xanax'], drugClass: 'benzodiazepine' },
  { generic: 'lorazepam', brands: ['Ativan'], drugClass: 'benzodiazepine' },
  { generic: 'diazepam', brands: ['Valium'], drugClass: 'benzodiazepine' },
  // Relative contraindications: they can block the response to ketamine.
  { generic: 'lamotrigine', brands: ['Lamictal'], drugClass: 'relative_contraindication' },
  { generic: 'risperidone', brands: ['Risperdal'], drugClass: 'relative_contraindication' },
  { generic: 'olanzapine', brands: ['Zyprexa'], drugClass: 'relative_contraindication' },
];

/** The listed drug a typed medication name refers to ("XANAX 0.5 mg", "Lamictal XR"), or null. Whole words only. */
export const classifyMedication = memoize((name: string): ListedDrug | null => {
  const words = new Set(
    name
      .toLowerCase()
      .split(/[^a-z]+/)
      .filter(Boolean),
  );
  for (const drug of listedDrugs) {
    if (words.has(drug.generic) || drug.brands.some((b) => words.has(b.toLowerCase()))) return drug;
  }
  return null;
}, 2_000);
