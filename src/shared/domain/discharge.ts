// Discharge readiness: the modified Aldrete or PADSS total (five items of 0-2) against the clinic's minimum.
export type DischargeScale = 'aldrete' | 'padss';

export const dischargeScaleItems: Readonly<Record<DischargeScale, readonly string[]>> = {
  aldrete: ['activity', 'respiration', 'circulation', 'consciousness', 'oxygenSaturation'],
  padss: ['vitalSigns', 'activity', 'nauseaVomiting', 'pain', 'bleeding'],
};

export function dischargeScore(items: Readonly<Record<string, number>>, minScore: number): { total: number; passes: boolean } {
  const total = Object.values(items).reduce((a, b) => a + b, 0);
  return { total, passes: total >= minScore };
}

/** The same person by name, ignoring case, spacing and accents ("José  garcía" = "Jose Garcia"). */
export function sameName(a: string, b: string): boolean {
  const norm = (s: string) =>
    s
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/\s+/g, ' ')
      .trim();
  return norm(a) === norm(b);
}
