// Recording each intranasal esketamine device as it is given; the chart decides whether the next may be given now.
import type { ParsedRequestOf } from '../../../shared/contract/envelope';
import { DomainError } from '../../../shared/contract/envelope';
import type { giveIntranasalDevice } from '../../../shared/contract/intranasal.contract';
import type { ServiceContext } from '../context';
import { checkedRecordedAt, runCommand } from './command';

export function giveDevice(ctx: ServiceContext, input: ParsedRequestOf<typeof giveIntranasalDevice>) {
  return runCommand(ctx, input.sessionId, 'giveIntranasalDevice', ({ append, chart, record, now }) => {
    const last = chart.intranasal?.given.at(-1) ?? null;
    const at = checkedRecordedAt(now, input.recordedAt, last?.at ?? null);
    // A late entry is held to the same spacing as one charted live.
    const interval = record.settings.intranasalDeviceIntervalMinutes;
    const minutesAfterLast = last ? (Date.parse(at) - Date.parse(last.at)) / 60_000 : null;
    if (minutesAfterLast !== null && minutesAfterLast < interval) {
      throw new DomainError(
        'rule_blocked',
        `Devices must be at least ${interval} minutes apart; this one would be ${Math.round(minutesAfterLast)} min after the last.`,
        'recordedAt',
      );
    }
    return append('intranasal_device', { device: (chart.intranasal?.given.length ?? 0) + 1 }, at);
  });
}
