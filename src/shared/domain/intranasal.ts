// Intranasal esketamine: 28 mg a device, the planned 2 or 3 devices given one at a time, at least 5 minutes apart
// (a setting), each device a timed entry (clinical reference: REMS administration).
import { z } from 'zod';

export const intranasalEntryPayloadSchemas = {
  intranasal_device: z.object({ device: z.number().int().min(1).max(3) }),
} as const;

export interface IntranasalFacts {
  readonly route: 'iv' | 'im' | 'intranasal';
  /** From the dose record; null while no dose is recorded. */
  readonly devicesPlanned: number | null;
  /** Clinical times of the devices given so far, in order. */
  readonly givenAtMs: readonly number[];
  readonly nowMs: number;
  readonly intervalMinutes: number;
}

export interface Refusal {
  readonly reason: string;
  readonly code: 'conflict' | 'rule_blocked';
}

/** When the next device may be given (ms), or null when none is due. */
export function nextDeviceAtMs(f: IntranasalFacts): number | null {
  if (f.route !== 'intranasal' || f.devicesPlanned === null || f.givenAtMs.length >= f.devicesPlanned) return null;
  const last = f.givenAtMs.at(-1);
  return last === undefined ? f.nowMs : last + f.intervalMinutes * 60_000;
}

/** Why the next device cannot be given now, or null when it can. */
export function intranasalDeviceRefusal(f: IntranasalFacts): Refusal | null {
  if (f.route !== 'intranasal') return { reason: 'Devices are for intranasal esketamine sessions only.', code: 'conflict' };
  if (f.devicesPlanned === null) return { reason: 'Record the dose (2 or 3 devices) first.', code: 'rule_blocked' };
  if (f.givenAtMs.length >= f.devicesPlanned) return { reason: `All ${f.devicesPlanned} devices are given.`, code: 'conflict' };
  const next = nextDeviceAtMs(f)!;
  if (f.nowMs < next) {
    const minutes = Math.ceil((next - f.nowMs) / 60_000);
    return { reason: `Wait ${f.intervalMinutes} minutes between devices: the next one in ${minutes} min (${new Date(next).toISOString()}).`, code: 'rule_blocked' };
  }
  return null;
}
