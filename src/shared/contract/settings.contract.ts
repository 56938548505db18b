// Clinic settings: read every setting with its allowed range, and change some of them (each value range-checked).
import { z } from 'zod';
import { channel } from './envelope';
import { instantSchema } from './common';

/** Every setting a clinic may choose; defaults and ranges live in shared/domain/settings.ts. */
export const settingKeys = [
  'benzoHoldHours',
  'benzoResumeHours',
  'benzoDailyDoseThresholdMg',
  'fastingSolidHours',
  'fastingClearLiquidHours',
  'doNotStartSystolic',
  'doNotStartDiastolic',
  'defaultRunMinutes',
  'minRestMinutes',
  'intranasalMonitoringMinutes',
  'intranasalDeviceIntervalMinutes',
  'vitalsIntervalMinutes',
  'alertSystolicAtOrAbove',
  'alertDiastolicAtOrAbove',
  'alertHeartRateAbove',
  'alertHeartRateBelow',
  'alertSpo2Below',
  'dischargeMinScore',
  'acuteSeriesLength',
  'chairCount',
  'recheckMinutes',
  'alertChime',
] as const;
export const settingKeySchema = z.enum(settingKeys);
export type SettingKey = z.infer<typeof settingKeySchema>;

export const settingsValuesSchema = z.object(
  Object.fromEntries(settingKeys.map((k) => [k, z.number()])) as Record<SettingKey, z.ZodNumber>,
);
export type SettingsValues = z.infer<typeof settingsValuesSchema>;

export const settingDefinitionSchema = z.object({
  key: settingKeySchema,
  label: z.string().describe('plain words for the settings page'),
  unit: z.string().describe('e.g. "h", "min", "mmHg", "/min", "%", "points", "" for a count'),
  defaultValue: z.number(),
  min: z.number(),
  max: z.number(),
  step: z.number().describe('1 for whole numbers'),
  value: z.number().describe('the value in force'),
  changedAt: instantSchema.nullable().describe('null while the default is in force'),
  changedBy: z.string().nullable(),
});
export type SettingDefinitionView = z.infer<typeof settingDefinitionSchema>;

export const settingsViewSchema = z.object({
  values: settingsValuesSchema,
  definitions: z.array(settingDefinitionSchema),
});
export type SettingsView = z.infer<typeof settingsViewSchema>;

/** A read the screens may poll: not activity. */
export const getSettings = channel('settings:get', z.strictObject({}), settingsViewSchema, [], { activity: false });

/** Changes one or more settings in one write; any value outside its range refuses the whole change (field = key). */
export const updateSettings = channel(
  'settings:update',
  z.strictObject({
    changes: z
      .partialRecord(settingKeySchema, z.number({ message: 'Must be a number.' }))
      .refine((c) => Object.keys(c).length > 0, 'Change at least one setting.'),
  }),
  settingsViewSchema,
  // Who may change them (e.g. administrators only) is issue 7's call; every change is audited by trigger (0210).
);
