// Before the infusion: check-in, recording the screening, a physician's override or acknowledgement, cancelling.
import type { ParsedRequestOf } from '../../../shared/contract/envelope';
import { DomainError } from '../../../shared/contract/envelope';
import type { cancelSession, checkIn, resolveScreeningItem, screen } from '../../../shared/contract/charting.contract';
import { toKilograms, weightProblem } from '../../../shared/domain/weight';
import type { SessionChart } from '../../../shared/contract/chart.contract';
import type { ServiceContext, VerifiedApprover } from '../context';
import { checkedRecordedAt, runCommand, verifyPhysician } from './command';

export function checkInPatient(ctx: ServiceContext, input: ParsedRequestOf<typeof checkIn>) {
  const problem = weightProblem(input.weight.value, input.weight.unit);
  if (problem) throw new DomainError('invalid_input', problem, 'weight.value');
  return runCommand(ctx, input.sessionId, 'checkIn', async ({ append, now }) => {
    for (const [field, at] of [['lastSolidFoodAt', input.lastSolidFoodAt], ['lastClearLiquidAt', input.lastClearLiquidAt]] as const) {
      if (at && Date.parse(at) > now.getTime()) throw new DomainError('invalid_input', 'An intake time cannot be in the future.', field);
    }
    return append(
      'check_in',
      {
        weight: { entered: input.weight, kg: toKilograms(input.weight.value, input.weight.unit) },
        lastSolidFoodAt: input.lastSolidFoodAt ?? null,
        lastClearLiquidAt: input.lastClearLiquidAt ?? null,
        escort: input.escort ?? null,
        medicationsToday: input.medicationsToday ?? [],
      },
      checkedRecordedAt(now, input.recordedAt),
    );
  });
}

export function recordScreening(ctx: ServiceContext, input: ParsedRequestOf<typeof screen>) {
  return runCommand(ctx, input.sessionId, 'screen', async ({ append, chart }) => {
    const items = chart.screening?.items ?? [];
    return append('screening', {
      items: items.map((i) => ({ key: i.key, code: i.code, severity: i.severity, message: i.message, blocksStart: i.blocksStart })),
      canStart: chart.screening?.canStart ?? false,
    });
  });
}

export function resolveItem(ctx: ServiceContext, input: ParsedRequestOf<typeof resolveScreeningItem>) {
  const findItem = (chart: SessionChart) => {
    const item = chart.screening?.items.find((i) => i.key === input.key);
    if (!item) throw new DomainError('conflict', `There is no screening item "${input.key}" to resolve now.`, 'key');
    if (item.resolution) throw new DomainError('conflict', `"${item.message}" is already ${item.resolution.decision === 'override' ? 'overridden' : 'acknowledged'}.`, 'key');
    const needed = item.resolvedBy === 'physician_override' ? 'override' : item.resolvedBy === 'physician_acknowledgement' ? 'acknowledge' : null;
    if (!needed) throw new DomainError('conflict', `"${item.message}" is resolved by recording the missing data, not by a physician.`, 'key');
    if (needed !== input.decision) {
      throw new DomainError('conflict', needed === 'override' ? 'A hard stop needs an override, not an acknowledgement.' : 'This item is acknowledged, not overridden.', 'decision');
    }
    return item;
  };
  return runCommand<VerifiedApprover>(
    ctx,
    input.sessionId,
    'resolveScreeningItem',
    async ({ append, chart, approval }) => {
      const item = findItem(chart);
      return append('screening_resolution', {
        key: item.key,
        code: item.code,
        decision: input.decision,
        reason: input.reason,
        approverUserId: approval.userId,
        approverName: approval.displayName,
      });
    },
    async (chart) => {
      findItem(chart);
      return verifyPhysician(ctx, input.approver, `${input.decision === 'override' ? 'override' : 'acknowledge'} screening item ${input.key}`);
    },
  );
}

export function cancel(ctx: ServiceContext, input: ParsedRequestOf<typeof cancelSession>) {
  return runCommand(ctx, input.sessionId, 'cancel', ({ append }) => append('session_cancelled', { reason: input.reason }));
}
