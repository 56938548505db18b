// When the next vitals set is due (every N minutes from the infusion start to the end of rest), and which values
// raise an alert (the clinic's thresholds, from settings).
import type { SettingsValues } from '../contract/settings.contract';
import type { VitalsValues } from '../contract/vitals.contract';

export interface VitalsDue {
  readonly nextDueAtMs: number | null;
  readonly overdue: boolean;
  readonly overdueByMs: number;
}

/**
 * `active` is true from the infusion start until discharge. The next set is due `intervalMinutes` after the latest
 * set taken at or after the start (or after the start itself); exactly at the due time is not yet overdue.
 */
export function vitalsDue(input: {
  active: boolean;
  infusionStartMs: number | null;
  vitalsTimesMs: readonly number[];
  intervalMinutes: number;
  nowMs: number;
}): VitalsDue {
  if (!input.active || input.infusionStartMs === null) return { nextDueAtMs: null, overdue: false, overdueByMs: 0 };
  const since = input.vitalsTimesMs.filter((t) => t >= input.infusionStartMs!);
  const anchor = since.length > 0 ? Math.max(...since) : input.infusionStartMs;
  const nextDueAtMs = anchor + input.intervalMinutes * 60_000;
  const overdueByMs = Math.max(0, input.nowMs - nextDueAtMs);
  return { nextDueAtMs, overdue: overdueByMs > 0, overdueByMs };
}

export interface AlertBreach {
  readonly parameter: 'systolic' | 'diastolic' | 'heartRate' | 'spo2';
  readonly value: number;
  readonly threshold: number;
  readonly direction: 'at_or_above' | 'above' | 'below';
  readonly message: string;
}

type AlertSettings = Pick<
  SettingsValues,
  'alertSystolicAtOrAbove' | 'alertDiastolicAtOrAbove' | 'alertHeartRateAbove' | 'alertHeartRateBelow' | 'alertSpo2Below'
>;

/** Every value outside the alert range; an empty list raises no alert. */
export function alertBreaches(v: VitalsValues, s: AlertSettings): AlertBreach[] {
  const out: AlertBreach[] = [];
  if (v.systolic >= s.alertSystolicAtOrAbove) {
    out.push({ parameter: 'systolic', value: v.systolic, threshold: s.alertSystolicAtOrAbove, direction: 'at_or_above', message: `Systolic ${v.systolic} mmHg (alert at ${s.alertSystolicAtOrAbove} or above).` });
  }
  if (v.diastolic >= s.alertDiastolicAtOrAbove) {
    out.push({ parameter: 'diastolic', value: v.diastolic, threshold: s.alertDiastolicAtOrAbove, direction: 'at_or_above', message: `Diastolic ${v.diastolic} mmHg (alert at ${s.alertDiastolicAtOrAbove} or above).` });
  }
  if (v.heartRate > s.alertHeartRateAbove) {
    out.push({ parameter: 'heartRate', value: v.heartRate, threshold: s.alertHeartRateAbove, direction: 'above', message: `Heart rate ${v.heartRate}/min (alert above ${s.alertHeartRateAbove}).` });
  }
  if (v.heartRate < s.alertHeartRateBelow) {
    out.push({ parameter: 'heartRate', value: v.heartRate, threshold: s.alertHeartRateBelow, direction: 'below', message: `Heart rate ${v.heartRate}/min (alert below ${s.alertHeartRateBelow}).` });
  }
  if (v.spo2 < s.alertSpo2Below) {
    out.push({ parameter: 'spo2', value: v.spo2, threshold: s.alertSpo2Below, direction: 'below', message: `SpO2 ${v.spo2} % (alert below ${s.alertSpo2Below} %).` });
  }
  return out;
}
