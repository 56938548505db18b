// During and after the infusion: dissociation, sedation, emergence reactions, adverse events, alert acknowledgements.
import type { ParsedRequestOf } from '../../../shared/contract/envelope';
import { DomainError } from '../../../shared/contract/envelope';
import type { acknowledgeAlert, recordAdverseEvent, recordDissociation, recordEmergence, recordSedation } from '../../../shared/contract/observations.contract';
import type { ServiceContext } from '../context';
import { checkedRecordedAt, runCommand } from './command';

export function dissociation(ctx: ServiceContext, input: ParsedRequestOf<typeof recordDissociation>) {
  return runCommand(ctx, input.sessionId, 'recordDissociation', ({ append, now }) =>
    append(
      'dissociation',
      { rating: input.rating, note: input.note || null, cadss6: input.cadss6 ?? null, cadss6Total: input.cadss6 ? input.cadss6.reduce((a, b) => a + b, 0) : null },
      checkedRecordedAt(now, input.recordedAt),
    ),
  );
}

export function sedation(ctx: ServiceContext, input: ParsedRequestOf<typeof recordSedation>) {
  return runCommand(ctx, input.sessionId, 'recordSedation', ({ append, now }) =>
    append('sedation', { scale: input.scale, score: input.score, note: input.note || null }, checkedRecordedAt(now, input.recordedAt)),
  );
}

export function emergence(ctx: ServiceContext, input: ParsedRequestOf<typeof recordEmergence>) {
  return runCommand(ctx, input.sessionId, 'recordEmergence', ({ append, now }) =>
    append('emergence', { description: input.description, actionsTaken: input.actionsTaken }, checkedRecordedAt(now, input.recordedAt)),
  );
}

export function adverseEvent(ctx: ServiceContext, input: ParsedRequestOf<typeof recordAdverseEvent>) {
  return runCommand(ctx, input.sessionId, 'recordAdverseEvent', ({ append, now }) =>
    append(
      'adverse_event',
      {
        event: input.event,
        description: input.description || null,
        intervention: input.intervention
          ? { kind: input.intervention.kind, medication: input.intervention.medication ?? null, note: input.intervention.note || null }
          : null,
      },
      checkedRecordedAt(now, input.recordedAt),
    ),
  );
}

export function acknowledge(ctx: ServiceContext, input: ParsedRequestOf<typeof acknowledgeAlert>) {
  return runCommand(ctx, input.sessionId, 'acknowledgeAlert', ({ append, chart }) => {
    const alert = chart.alerts.all.find((a) => a.id === input.alertId);
    if (!alert) throw new DomainError('not_found', 'No such alert on this session.', 'alertId');
    if (alert.acknowledgement) throw new DomainError('conflict', 'This alert is already acknowledged.', 'alertId');
    return append('alert_acknowledged', { alertId: alert.id, actionTaken: input.actionTaken, medicationGiven: input.medicationGiven ?? null });
  });
}
