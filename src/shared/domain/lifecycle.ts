// The session's lifecycle: the phase folded from its entries (never stored), and which step is legal from which phase.
import { actionNames, phases, type ActionName, type Phase } from '../contract/chart.contract';

/** The entry kinds that move the phase; every other kind leaves it where it is. */
export type LifecycleEvent =
  | { kind: 'check_in' }
  | { kind: 'screening' }
  | { kind: 'session_cancelled' }
  | { kind: 'infusion_started' }
  | { kind: 'infusion_paused' }
  | { kind: 'infusion_resumed' }
  | { kind: 'infusion_stopped' }
  | { kind: 'rest_started' }
  | { kind: 'discharge_assessment'; passes: boolean }
  | { kind: 'discharged' }
  | { kind: 'signed' };

/** The phase after one more event, applied in write order (the command guard has already refused illegal ones). */
export function nextPhase(phase: Phase, event: LifecycleEvent): Phase {
  switch (event.kind) {
    case 'check_in':
      return 'checked_in';
    case 'screening':
      return 'screened';
    case 'session_cancelled':
      return 'cancelled';
    case 'infusion_started':
    case 'infusion_resumed':
      return 'infusing';
    case 'infusion_paused':
      return 'paused';
    case 'infusion_stopped':
      return 'infusion_ended';
    case 'rest_started':
      return 'resting';
    case 'discharge_assessment':
      if (phase === 'resting' || phase === 'ready_for_discharge') return event.passes ? 'ready_for_discharge' : 'resting';
      return phase;
    case 'discharged':
      return 'discharged';
    case 'signed':
      return 'signed';
  }
}

export function foldPhase(events: readonly LifecycleEvent[]): Phase {
  return events.reduce<Phase>(nextPhase, 'scheduled');
}

const beforeStart: readonly Phase[] = ['scheduled', 'checked_in', 'screened'];
const underObservation: readonly Phase[] = ['infusing', 'paused', 'infusion_ended', 'resting', 'ready_for_discharge'];

/** From which phases each step may be taken (the lifecycle of issue 4). */
export const legalFrom: Readonly<Record<ActionName, readonly Phase[]>> = {
  checkIn: beforeStart,
  screen: ['checked_in', 'screened'],
  resolveScreeningItem: ['checked_in', 'screened'],
  recordDose: ['checked_in', 'screened'],
  startInfusion: ['screened'],
  pauseInfusion: ['infusing'],
  resumeInfusion: ['paused'],
  stopInfusion: ['infusing', 'paused'],
  giveIntranasalDevice: ['infusing'],
  recordVitals: [...beforeStart, ...underObservation],
  recordDissociation: underObservation,
  recordSedation: underObservation,
  recordEmergence: underObservation,
  recordAdverseEvent: ['checked_in', 'screened', ...underObservation],
  acknowledgeAlert: [...beforeStart, ...underObservation, 'discharged', 'cancelled'],
  startRest: ['infusion_ended'],
  recordDischargeAssessment: ['resting', 'ready_for_discharge'],
  confirmEscort: ['infusion_ended', 'resting', 'ready_for_discharge'],
  recordDrugUse: ['infusion_ended', 'resting', 'ready_for_discharge', 'discharged'],
  discharge: ['ready_for_discharge'],
  sign: ['discharged', 'cancelled'],
  addAddendum: ['signed'],
  cancel: beforeStart,
};

export const phaseLabels: Readonly<Record<Phase, string>> = {
  scheduled: 'scheduled',
  checked_in: 'checked in',
  screened: 'screened',
  infusing: 'infusing',
  paused: 'paused',
  infusion_ended: 'infusion ended',
  resting: 'resting',
  ready_for_discharge: 'ready for discharge',
  discharged: 'discharged',
  signed: 'signed',
  cancelled: 'cancelled',
};

const stepLabels: Readonly<Record<ActionName, string>> = {
  checkIn: 'Check-in',
  screen: 'Screening',
  resolveScreeningItem: 'A physician override or acknowledgement',
  recordDose: 'The dose',
  startInfusion: 'Starting the infusion',
  pauseInfusion: 'Pausing',
  resumeInfusion: 'Resuming',
  stopInfusion: 'Stopping the infusion',
  giveIntranasalDevice: 'An intranasal device',
  recordVitals: 'Vitals',
  recordDissociation: 'A dissociation rating',
  recordSedation: 'A sedation score',
  recordEmergence: 'An emergence reaction',
  recordAdverseEvent: 'An adverse event',
  acknowledgeAlert: 'Acknowledging an alert',
  startRest: 'Starting the rest',
  recordDischargeAssessment: 'A discharge assessment',
  confirmEscort: 'Confirming the escort',
  recordDrugUse: 'The drug given and wasted',
  discharge: 'Discharge',
  sign: 'Signing',
  addAddendum: 'An addendum',
  cancel: 'Cancelling',
};

/** Why `action` cannot be taken in `phase` (a specific sentence for the nurse), or null when it is a legal step. */
/** Every phase and step, worked out on first use (the labels below must exist): the chart asks on every fold. */
let refusals: Record<Phase, Record<ActionName, string | null>> | undefined;

export function stepRefusal(phase: Phase, action: ActionName): string | null {
  refusals ??= Object.fromEntries(
    phases.map((p) => [p, Object.fromEntries(actionNames.map((a) => [a, refusalOf(p, a)]))]),
  ) as Record<Phase, Record<ActionName, string | null>>;
  return refusals[phase][action];
}

function refusalOf(phase: Phase, action: ActionName): string | null {
  if (legalFrom[action].includes(phase)) return null;
  if (phase === 'signed') return `The session is signed: its entries are frozen. Add an addendum instead.`;
  if (phase === 'cancelled') return `The session was cancelled. ${stepLabels[action]} is not possible.`;
  const allowed = legalFrom[action].map((p) => phaseLabels[p]).join(' or ');
  return `${stepLabels[action]} is not possible while the session is ${phaseLabels[phase]} (only when ${allowed}).`;
}


