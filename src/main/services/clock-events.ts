// Records each wall-clock jump the SteadyClock reports as an app event in the audit trail ('clock_jump').
import { recordAuditEvent } from '../data/audit.writer';
import type { ClockJump, SteadyClock } from './clock-watch';
import type { ServiceDeps } from './context';

export function recordClockJumps(clock: SteadyClock, deps: ServiceDeps, log?: (message: string, error?: unknown) => void): void {
  clock.onJump((jump) => {
    void recordClockJump(deps, jump).catch((error: unknown) => log?.('Could not record a clock jump', error));
  });
}

export async function recordClockJump(deps: ServiceDeps, jump: ClockJump): Promise<void> {
  await deps.store.write((db) =>
    recordAuditEvent(db, deps, {
      action: 'clock_jump',
      userId: `workstation:${deps.workstation.deviceId}`,
      at: new Date(jump.at),
      detail: { kind: jump.kind, byMs: jump.byMs, gapMs: jump.gapMs, wallBefore: jump.wallBefore, wallAfter: jump.wallAfter },
    }),
  );
}
