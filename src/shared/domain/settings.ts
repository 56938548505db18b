// The clinic's settings: each with its default (from the clinical reference and issue 4) and its allowed range.
import type { SettingKey, SettingsValues } from '../contract/settings.contract';

export interface SettingDefinition {
  readonly key: SettingKey;
  readonly label: string;
  readonly unit: string;
  readonly defaultValue: number;
  readonly min: number;
  readonly max: number;
  readonly step: number;
}

const def = (key: SettingKey, label: string, unit: string, defaultValue: number, min: number, max: number, step = 1): SettingDefinition => ({
  key,
  label,
  unit,
  defaultValue,
  min,
  max,
  step,
});

export const settingDefinitions: readonly SettingDefinition[] = [
  def('benzoHoldHours', 'Benzodiazepine hold before the infusion', 'h', 24, 24, 48),
  def('benzoResumeHours', 'Earliest benzodiazepine resume after infusion end', 'h', 6, 6, 24),
  // One clinic holds only above 100 mg/day, far above usual doses; 0 applies the hold to any dose (reference).
  def('benzoDailyDoseThresholdMg', 'Hold benzodiazepines only above this daily dose', 'mg', 0, 0, 200),
  def('fastingSolidHours', 'No solid food before the start', 'h', 6, 2, 12),
  def('fastingClearLiquidHours', 'No clear liquids before the start', 'h', 2, 1, 6),
  def('doNotStartSystolic', 'Do not start above systolic', 'mmHg', 160, 140, 200),
  def('doNotStartDiastolic', 'Do not start above diastolic', 'mmHg', 90, 80, 120),
  def('defaultRunMinutes', 'Planned IV run time', 'min', 40, 40, 60),
  def('minRestMinutes', 'Minimum rest after the infusion', 'min', 20, 20, 30),
  def('intranasalMonitoringMinutes', 'Monitoring after intranasal esketamine', 'min', 120, 120, 240),
  def('intranasalDeviceIntervalMinutes', 'Between intranasal devices, at least', 'min', 5, 5, 15),
  def('vitalsIntervalMinutes', 'Vitals due every', 'min', 15, 10, 15),
  def('alertSystolicAtOrAbove', 'Alert at systolic at or above', 'mmHg', 180, 140, 220),
  def('alertDiastolicAtOrAbove', 'Alert at diastolic at or above', 'mmHg', 110, 90, 130),
  def('alertHeartRateAbove', 'Alert at heart rate above', '/min', 120, 100, 150),
  def('alertHeartRateBelow', 'Alert at heart rate below', '/min', 50, 35, 60),
  def('alertSpo2Below', 'Alert at SpO2 below', '%', 92, 85, 95),
  def('dischargeMinScore', 'Discharge score needed (of 10)', 'points', 9, 8, 10),
  def('acuteSeriesLength', 'Infusions in the acute series', '', 6, 1, 12),
  def('chairCount', 'Chairs in the room', '', 4, 1, 20),
  def('recheckMinutes', 'Recheck timer after an out-of-range value', 'min', 5, 1, 15),
  // Alerts are visual first: nothing sounds near a dissociating patient unless the clinic turns this on (issue 5).
  def('alertChime', 'Chime when an alert opens (0 = off, 1 = on)', '', 0, 0, 1),
];

export const settingDefinitionsByKey: ReadonlyMap<SettingKey, SettingDefinition> = new Map(settingDefinitions.map((d) => [d.key, d]));

export const defaultSettings: SettingsValues = Object.fromEntries(settingDefinitions.map((d) => [d.key, d.defaultValue])) as SettingsValues;

/** Why `value` cannot be the setting `key`, or null when it may. */
export function settingValueProblem(key: SettingKey, value: number): string | null {
  const d = settingDefinitionsByKey.get(key);
  if (!d) return `There is no setting named ${key}.`;
  if (!Number.isFinite(value)) return `${d.label} must be a number.`;
  if (d.step === 1 && !Number.isInteger(value)) return `${d.label} must be a whole number.`;
  if (value < d.min || value > d.max) {
    return `${d.label} must be between ${d.min} and ${d.max}${d.unit ? ` ${d.unit}` : ''}; ${value} is outside that range.`;
  }
  return null;
}
