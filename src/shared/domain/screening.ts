// Pre-infusion screening (clinical reference): hard stops, relative contraindications, benzodiazepine hold, fasting,
// escort, baseline vitals and blood pressure, substance-misuse flag. Each item says what resolves it.
import { addHours, format, parseISO, subMonths, subYears } from 'date-fns';
import type { ScreeningCode } from '../contract/chart.contract';
import type { SettingsValues } from '../contract/settings.contract';
import type { VitalsValues } from '../contract/vitals.contract';
import { classifyMedication } from './drug-lists';

export type Severity = 'hard_stop' | 'relative' | 'warning' | 'flag' | 'missing';
export type ResolvedBy = 'physician_override' | 'physician_acknowledgement' | 'record_data' | 'none';

export interface RawScreeningItem {
  readonly key: string;
  readonly code: ScreeningCode;
  readonly severity: Severity;
  readonly message: string;
  readonly resolvedBy: ResolvedBy;
  readonly howToResolve: string;
  /** Keeps the infusion from starting until resolved. */
  readonly blocking: boolean;
}

export interface MedicationLine {
  readonly name: string;
  readonly dailyDoseMg?: number;
  readonly lastDoseAt?: string;
}

export interface ScreeningInput {
  /** The session's calendar date (the clinic's local date of the planned start), YYYY-MM-DD. */
  readonly sessionDate: string;
  readonly plannedStart: string;
  readonly profile: {
    readonly ketamineHypersensitivity: boolean;
    readonly history: readonly { condition: 'heart_attack' | 'stroke'; date: string }[];
    readonly substanceMisuseHistory: boolean;
  } | null;
  readonly medications: readonly MedicationLine[];
  readonly checkIn: {
    readonly lastSolidFoodAt: string | null;
    readonly lastClearLiquidAt: string | null;
    readonly escort: { name: string; phone: string } | null;
  } | null;
  readonly baseline: VitalsValues | null;
  readonly doseRecorded: boolean;
  readonly settings: SettingsValues;
}

const OVERRIDE = 'A physician overrides with a reason.';
const ACK = 'A physician acknowledges it before the start.';

const ymd = (d: Date) => format(d, 'yyyy-MM-dd');

/** A heart attack less than 6 months before the session date (exactly 6 calendar months before is not). */
export function isRecentHeartAttack(eventDate: string, sessionDate: string): boolean {
  return eventDate > ymd(subMonths(parseISO(sessionDate), 6));
}

/** A stroke less than 1 year before the session date (exactly 1 calendar year before is not). */
export function isRecentStroke(eventDate: string, sessionDate: string): boolean {
  return eventDate > ymd(subYears(parseISO(sessionDate), 1));
}

/** Today's lines replace the profile's line for the same drug (or the same name); the rest are kept. */
export function mergeMedications(profile: readonly MedicationLine[], today: readonly MedicationLine[]): MedicationLine[] {
  const keyOf = (m: MedicationLine) => classifyMedication(m.name)?.generic ?? m.name.trim().toLowerCase();
  const todayKeys = new Set(today.map(keyOf));
  return [...profile.filter((m) => !todayKeys.has(keyOf(m))), ...today];
}

/** Benzodiazepines the hold applies to: any listed one with a daily dose unknown or above the threshold setting. */
export function heldBenzodiazepines(medications: readonly MedicationLine[], thresholdMg: number): MedicationLine[] {
  return medications.filter(
    (m) => classifyMedication(m.name)?.drugClass === 'benzodiazepine' && (m.dailyDoseMg === undefined || m.dailyDoseMg > thresholdMg),
  );
}

export function computeScreening(input: ScreeningInput): RawScreeningItem[] {
  const items: RawScreeningItem[] = [];
  const s = input.settings;
  const startMs = Date.parse(input.plannedStart);

  if (!input.profile) {
    items.push({ key: 'profile_missing', code: 'profile_missing', severity: 'missing', message: 'No clinical profile (allergies, history, medications) is recorded for this patient.', resolvedBy: 'record_data', howToResolve: 'Record the patient profile.', blocking: true });
  } else {
    if (input.profile.ketamineHypersensitivity) {
      items.push({ key: 'ketamine_hypersensitivity', code: 'ketamine_hypersensitivity', severity: 'hard_stop', message: 'Known hypersensitivity to ketamine.', resolvedBy: 'physician_override', howToResolve: OVERRIDE, blocking: true });
    }
    const mi = input.profile.history.filter((h) => h.condition === 'heart_attack' && isRecentHeartAttack(h.date, input.sessionDate));
    if (mi.length > 0) {
      const dates = mi.map((h) => h.date).join(', ');
      items.push({ key: 'recent_heart_attack', code: 'recent_heart_attack', severity: 'hard_stop', message: `Heart attack on ${dates}: less than 6 months before the session (${input.sessionDate}).`, resolvedBy: 'physician_override', howToResolve: OVERRIDE, blocking: true });
    }
    const stroke = input.profile.history.filter((h) => h.condition === 'stroke' && isRecentStroke(h.date, input.sessionDate));
    if (stroke.length > 0) {
      const dates = stroke.map((h) => h.date).join(', ');
      items.push({ key: 'recent_stroke', code: 'recent_stroke', severity: 'hard_stop', message: `Stroke on ${dates}: less than 1 year before the session (${input.sessionDate}).`, resolvedBy: 'physician_override', howToResolve: OVERRIDE, blocking: true });
    }
    if (input.profile.substanceMisuseHistory) {
      items.push({ key: 'substance_misuse', code: 'substance_misuse', severity: 'flag', message: 'History of substance misuse: for the physician\'s decision.', resolvedBy: 'physician_acknowledgement', howToResolve: 'The physician may acknowledge it; it does not stop the start.', blocking: false });
    }
  }

  const seen = new Set<string>();
  for (const med of input.medications) {
    const drug = classifyMedication(med.name);
    if (drug?.drugClass !== 'relative_contraindication' || seen.has(drug.generic)) continue;
    seen.add(drug.generic);
    items.push({ key: `relative_contraindication:${drug.generic}`, code: 'relative_contraindication', severity: 'relative', message: `Takes ${med.name} (${drug.generic}), which can block the response to ketamine.`, resolvedBy: 'physician_acknowledgement', howToResolve: ACK, blocking: true });
  }

  for (const med of heldBenzodiazepines(input.medications, s.benzoDailyDoseThresholdMg)) {
    const drug = classifyMedication(med.name)!;
    const key = `benzodiazepine_hold:${drug.generic}`;
    if (seen.has(key)) continue;
    seen.add(key);
    if (!med.lastDoseAt) {
      items.push({ key, code: 'benzodiazepine_hold', severity: 'warning', message: `Takes ${med.name} (a benzodiazepine): the time of the last dose is not recorded.`, resolvedBy: 'record_data', howToResolve: 'Record the time of the last dose at check-in.', blocking: false });
    } else if (addHours(parseISO(med.lastDoseAt), s.benzoHoldHours).getTime() > startMs) {
      const hours = Math.round(((startMs - Date.parse(med.lastDoseAt)) / 3_600_000) * 10) / 10;
      items.push({ key, code: 'benzodiazepine_hold', severity: 'warning', message: `Last ${med.name} dose ${hours} h before the planned start; the hold is ${s.benzoHoldHours} h. It may blunt the response.`, resolvedBy: 'physician_acknowledgement', howToResolve: 'The physician may acknowledge it; it does not stop the start.', blocking: false });
    }
  }

  const ci = input.checkIn;
  if (!ci || ci.lastSolidFoodAt === null || ci.lastClearLiquidAt === null) {
    items.push({ key: 'intake_times_missing', code: 'intake_times_missing', severity: 'missing', message: 'The times of the last solid food and last clear liquid are not recorded.', resolvedBy: 'record_data', howToResolve: 'Record both times at check-in.', blocking: true });
  }
  if (ci?.lastSolidFoodAt && addHours(parseISO(ci.lastSolidFoodAt), s.fastingSolidHours).getTime() > startMs) {
    items.push({ key: 'fasting_solids', code: 'fasting_solids', severity: 'warning', message: `Solid food less than ${s.fastingSolidHours} h before the planned start.`, resolvedBy: 'physician_acknowledgement', howToResolve: `${ACK} Or move the start later.`, blocking: true });
  }
  if (ci?.lastClearLiquidAt && addHours(parseISO(ci.lastClearLiquidAt), s.fastingClearLiquidHours).getTime() > startMs) {
    items.push({ key: 'fasting_clear_liquids', code: 'fasting_clear_liquids', severity: 'warning', message: `Clear liquids less than ${s.fastingClearLiquidHours} h before the planned start.`, resolvedBy: 'physician_acknowledgement', howToResolve: `${ACK} Or move the start later.`, blocking: true });
  }
  if (!ci?.escort) {
    items.push({ key: 'escort_missing', code: 'escort_missing', severity: 'missing', message: 'No escort (name and phone) is recorded: the patient must leave with an adult who drives them home.', resolvedBy: 'record_data', howToResolve: 'Record the escort\'s name and phone at check-in.', blocking: true });
  }

  if (!input.baseline) {
    items.push({ key: 'baseline_vitals_missing', code: 'baseline_vitals_missing', severity: 'missing', message: 'Baseline vitals are not recorded.', resolvedBy: 'record_data', howToResolve: 'Record a set of vitals before the start.', blocking: true });
  } else if (input.baseline.systolic > s.doNotStartSystolic || input.baseline.diastolic > s.doNotStartDiastolic) {
    items.push({ key: 'baseline_bp_high', code: 'baseline_bp_high', severity: 'warning', message: `Baseline blood pressure ${input.baseline.systolic}/${input.baseline.diastolic} is above ${s.doNotStartSystolic}/${s.doNotStartDiastolic}.`, resolvedBy: 'physician_acknowledgement', howToResolve: `${ACK} Or recheck after rest.`, blocking: true });
  }

  if (!input.doseRecorded) {
    items.push({ key: 'dose_missing', code: 'dose_missing', severity: 'missing', message: 'The dose and drug record are not entered.', resolvedBy: 'record_data', howToResolve: 'Record the dose.', blocking: true });
  }
  return items;
}
