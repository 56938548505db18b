// After the infusion: rest, discharge assessment, escort confirmation, discharge (early only by a physician's
// override), sign-off, and addenda to a signed record.
import type { ParsedRequestOf } from '../../../shared/contract/envelope';
import { DomainError } from '../../../shared/contract/envelope';
import type { addAddendum, confirmEscort, discharge, recordDischargeAssessment, signSession, startRest } from '../../../shared/contract/discharge.contract';
import { dischargeScore, sameName } from '../../../shared/domain/discharge';
import type { ServiceContext, VerifiedApprover } from '../context';
import { checkedRecordedAt, runCommand, verifyPhysician } from './command';

export function rest(ctx: ServiceContext, input: ParsedRequestOf<typeof startRest>) {
  return runCommand(ctx, input.sessionId, 'startRest', ({ append, now, chart }) =>
    append('rest_started', {}, checkedRecordedAt(now, input.recordedAt, chart.infusion.endedAt)),
  );
}

export function assessment(ctx: ServiceContext, input: ParsedRequestOf<typeof recordDischargeAssessment>) {
  return runCommand(ctx, input.sessionId, 'recordDischargeAssessment', ({ append, now, record }) => {
    const minScore = record.settings.dischargeMinScore;
    const items = input.items as Record<string, number>;
    const { total, passes } = dischargeScore(items, minScore);
    return append('discharge_assessment', { scale: input.scale, items, total, minScore, passes }, checkedRecordedAt(now, input.recordedAt));
  });
}

export function escort(ctx: ServiceContext, input: ParsedRequestOf<typeof confirmEscort>) {
  return runCommand(ctx, input.sessionId, 'confirmEscort', ({ append, chart }) => {
    const named = chart.checkIn?.escort?.name ?? null;
    return append('escort_confirmed', { name: input.escortName, matchesCheckIn: named !== null && sameName(named, input.escortName) });
  });
}

export function dischargePatient(ctx: ServiceContext, input: ParsedRequestOf<typeof discharge>) {
  return runCommand<VerifiedApprover | null>(
    ctx,
    input.sessionId,
    'discharge',
    async ({ append, now, chart, verdict, approval }) => {
      if (verdict.requiresPhysician && !approval) throw new DomainError('rule_blocked', verdict.reason ?? 'Discharge now needs a physician\'s override.', 'earlyDischargeOverride');
      if (input.readyToLeaveAt && Date.parse(input.readyToLeaveAt) > now.getTime()) {
        throw new DomainError('invalid_input', 'Ready-to-leave time cannot be in the future.', 'readyToLeaveAt');
      }
      if (input.nextAppointment && Date.parse(input.nextAppointment) <= now.getTime()) {
        throw new DomainError('invalid_input', 'The next appointment must be in the future.', 'nextAppointment');
      }
      return append('discharged', {
        readyToLeaveAt: input.readyToLeaveAt ?? now.toISOString(),
        nextAppointment: input.nextAppointment ?? null,
        earliestDischargeAt: chart.rest.earliestDischargeAt,
        benzodiazepineEarliestResumeAt: chart.benzodiazepine.earliestResumeAt,
        earlyOverride:
          verdict.requiresPhysician && approval && input.earlyDischargeOverride
            ? { reason: input.earlyDischargeOverride.reason, approverUserId: approval.userId, approverName: approval.displayName }
            : null,
      });
    },
    async (chart) => {
      const early = chart.actions.discharge.requiresPhysician;
      if (!early) return null; // an override given when none is needed is not recorded
      if (!input.earlyDischargeOverride) {
        throw new DomainError('rule_blocked', chart.actions.discharge.reason ?? 'Discharge now needs a physician\'s override.', 'earlyDischargeOverride');
      }
      return verifyPhysician(ctx, input.earlyDischargeOverride.approver, 'discharge before the minimum rest');
    },
  );
}

export function sign(ctx: ServiceContext, input: ParsedRequestOf<typeof signSession>) {
  return runCommand(ctx, input.sessionId, 'sign', ({ append }) => append('signed', { meaning: input.meaning, signerName: ctx.actor.displayName ?? null }));
}

export function addendum(ctx: ServiceContext, input: ParsedRequestOf<typeof addAddendum>) {
  return runCommand(ctx, input.sessionId, 'addAddendum', ({ append, record }) => {
    if (input.amendsEntryId && !record.entries.some((e) => e.id === input.amendsEntryId)) {
      throw new DomainError('not_found', 'The entry to amend is not part of this session.', 'amendsEntryId');
    }
    return append('addendum', { reason: input.reason, text: input.text, amendsEntryId: input.amendsEntryId ?? null });
  });
}
