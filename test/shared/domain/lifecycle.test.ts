// The session lifecycle: the phase folded from entries, and which steps are legal from which phase.
import { describe, expect, it } from 'vitest';
import { actionNames, phases } from '../../../src/shared/contract/chart.contract';
import { foldPhase, legalFrom, stepRefusal, type LifecycleEvent } from '../../../src/shared/domain/lifecycle';

const ev = (...kinds: LifecycleEvent['kind'][]): LifecycleEvent[] =>
  kinds.map((kind) => (kind === 'discharge_assessment' ? { kind, passes: true } : { kind }) as LifecycleEvent);

describe('phase folded from the entries', () => {
  it.each([
    ['no entries: scheduled', [], 'scheduled'],
    ['check-in', ev('check_in'), 'checked_in'],
    ['screening', ev('check_in', 'screening'), 'screened'],
    ['a new check-in after screening needs a new screening', ev('check_in', 'screening', 'check_in'), 'checked_in'],
    ['start', ev('check_in', 'screening', 'infusion_started'), 'infusing'],
    ['pause', ev('check_in', 'screening', 'infusion_started', 'infusion_paused'), 'paused'],
    ['resume', ev('check_in', 'screening', 'infusion_started', 'infusion_paused', 'infusion_resumed'), 'infusing'],
    ['stop', ev('check_in', 'screening', 'infusion_started', 'infusion_stopped'), 'infusion_ended'],
    ['rest', ev('check_in', 'screening', 'infusion_started', 'infusion_stopped', 'rest_started'), 'resting'],
    ['passing assessment', ev('check_in', 'screening', 'infusion_started', 'infusion_stopped', 'rest_started', 'discharge_assessment'), 'ready_for_discharge'],
    ['discharged', ev('check_in', 'screening', 'infusion_started', 'infusion_stopped', 'rest_started', 'discharge_assessment', 'discharged'), 'discharged'],
    ['signed', ev('check_in', 'screening', 'infusion_started', 'infusion_stopped', 'rest_started', 'discharge_assessment', 'discharged', 'signed'), 'signed'],
    ['cancelled before the start', ev('check_in', 'session_cancelled'), 'cancelled'],
  ] as const)('%s', (_name, events, phase) => {
    expect(foldPhase(events)).toBe(phase);
  });

  it('a failing discharge assessment keeps the patient resting, and a later failing one takes readiness back', () => {
    const base = ev('check_in', 'screening', 'infusion_started', 'infusion_stopped', 'rest_started');
    expect(foldPhase([...base, { kind: 'discharge_assessment', passes: false }])).toBe('resting');
    expect(foldPhase([...base, { kind: 'discharge_assessment', passes: true }, { kind: 'discharge_assessment', passes: false }])).toBe('resting');
  });
});

describe('legal steps', () => {
  const legal: [string, (typeof phases)[number], (typeof actionNames)[number]][] = [
    ['check in a scheduled session', 'scheduled', 'checkIn'],
    ['start a screened session', 'screened', 'startInfusion'],
    ['pause while infusing', 'infusing', 'pauseInfusion'],
    ['resume while paused', 'paused', 'resumeInfusion'],
    ['stop while paused', 'paused', 'stopInfusion'],
    ['start rest after the infusion ended', 'infusion_ended', 'startRest'],
    ['discharge when ready', 'ready_for_discharge', 'discharge'],
    ['sign after discharge', 'discharged', 'sign'],
    ['sign a cancelled session', 'cancelled', 'sign'],
    ['add an addendum after signing', 'signed', 'addAddendum'],
    ['cancel before the start', 'screened', 'cancel'],
  ];
  it.each(legal)('may %s', (_name, phase, action) => {
    expect(stepRefusal(phase, action)).toBeNull();
  });

  const illegal: [string, (typeof phases)[number], (typeof actionNames)[number], string][] = [
    ['start before screening', 'checked_in', 'startInfusion', 'Starting the infusion is not possible while the session is checked in'],
    ['start twice', 'infusing', 'startInfusion', 'while the session is infusing'],
    ['pause twice', 'paused', 'pauseInfusion', 'while the session is paused'],
    ['resume while infusing', 'infusing', 'resumeInfusion', 'while the session is infusing'],
    ['discharge without rest', 'infusion_ended', 'discharge', 'while the session is infusion ended'],
    ['discharge while resting (no passing assessment)', 'resting', 'discharge', 'only when ready for discharge'],
    ['cancel after the start', 'infusing', 'cancel', 'Cancelling is not possible'],
    ['sign before discharge', 'resting', 'sign', 'Signing is not possible'],
    ['an addendum before signing', 'discharged', 'addAddendum', 'An addendum is not possible'],
    ['vitals after signing', 'signed', 'recordVitals', 'signed: its entries are frozen'],
    ['check in a cancelled session', 'cancelled', 'checkIn', 'was cancelled'],
  ];
  it.each(illegal)('refuses to %s with a specific message', (_name, phase, action, message) => {
    expect(stepRefusal(phase, action)).toContain(message);
  });

  it('after signing, only an addendum is legal', () => {
    expect(actionNames.filter((a) => legalFrom[a].includes('signed'))).toEqual(['addAddendum']);
  });
});
