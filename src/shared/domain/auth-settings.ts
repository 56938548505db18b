// Sign-in settings a clinic may choose (idle lock, slowdown and lockout after failed PINs), with defaults and ranges.
import { z } from 'zod';

export const authSettingDefinitions = {
  idleLockMinutes: { label: 'Lock the workstation after this long without use', unit: 'min', defaultValue: 10, min: 1, max: 60 },
  slowdownAfterFailures: { label: 'Failed PINs in a row before each new try must wait', unit: '', defaultValue: 3, min: 1, max: 10 },
  lockoutAfterFailures: { label: 'Failed PINs in a row before the account locks', unit: '', defaultValue: 5, min: 2, max: 20 },
  lockoutMinutes: { label: 'How long a locked account stays locked', unit: 'min', defaultValue: 15, min: 1, max: 1440 },
} as const;

export type AuthSettingKey = keyof typeof authSettingDefinitions;
export type AuthSettings = Record<AuthSettingKey, number>;
export const authSettingKeys = Object.keys(authSettingDefinitions) as AuthSettingKey[];

export const authSettingKeySchema = z.enum(authSettingKeys as [AuthSettingKey, ...AuthSettingKey[]]);

export const DEFAULT_AUTH_SETTINGS: AuthSettings = Object.fromEntries(
  authSettingKeys.map((key) => [key, authSettingDefinitions[key].defaultValue]),
) as AuthSettings;

/** Plain words for a value outside its range, or null when it is allowed. */
export function authSettingProblem(key: AuthSettingKey, value: number): string | null {
  const def = authSettingDefinitions[key];
  if (!Number.isInteger(value)) return `${def.label} must be a whole number.`;
  if (value < def.min || value > def.max) return `${def.label} must be between ${def.min} and ${def.max}${def.unit ? ` ${def.unit}` : ''}.`;
  return null;
}
