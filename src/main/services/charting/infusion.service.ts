// The infusion: dose and drug record, start, pause, resume, stop (run-time reason), and drug given/wasted with witness.
import { format } from 'date-fns';
import type { ParsedRequestOf } from '../../../shared/contract/envelope';
import { DomainError } from '../../../shared/contract/envelope';
import type { pauseInfusion, recordDose, recordDrugUse, resumeInfusion, startInfusion, stopInfusion } from '../../../shared/contract/infusion.contract';
import { computeDose, devineIdealWeightKg, INTRANASAL_MG_PER_DEVICE, isExpired, mgPerKgProblem } from '../../../shared/domain/dose';
import type { SessionRecord } from '../../../shared/domain/session-record';
import { infusionTiming, RUN_TIME_RANGE_MINUTES, runTimeNeedsReason, type TimingEvent } from '../../../shared/domain/timing';
import type { ServiceContext, VerifiedApprover } from '../context';
import { checkedRecordedAt, runCommand } from './command';

export function recordDoseAndDrug(ctx: ServiceContext, input: ParsedRequestOf<typeof recordDose>) {
  return runCommand(ctx, input.sessionId, 'recordDose', async ({ append, chart, record, now }) => {
    const route = record.session.route;
    const today = format(now, 'yyyy-MM-dd');
    if (isExpired(input.drug.expiry, today)) {
      throw new DomainError('rule_blocked', `This vial expired on ${input.drug.expiry}: it cannot be used.`, 'drug.expiry');
    }
    const actualWeightKg = chart.checkIn?.weightKg;
    if (actualWeightKg === undefined) throw new DomainError('rule_blocked', 'Record today\'s weight at check-in first.');
    const profile = record.profile?.payload ?? null;
    const idealWeightKg = profile ? devineIdealWeightKg(profile.sex, profile.heightCm) : null;
    const drug = {
      name: input.drug.name ?? (route === 'intranasal' ? 'esketamine' : 'ketamine'),
      lot: input.drug.lot,
      expiry: input.drug.expiry,
      vialStrengthMgPerMl: input.drug.vialStrengthMgPerMl ?? null,
      vialVolumeMl: input.drug.vialVolumeMl ?? null,
    };

    if (route === 'intranasal') {
      if (input.intranasalDevices === undefined) throw new DomainError('invalid_input', 'Choose 2 devices (56 mg) or 3 devices (84 mg).', 'intranasalDevices');
      for (const field of ['weightBasis', 'mgPerKg', 'concentrationMgPerMl', 'plannedRunMinutes'] as const) {
        if (input[field] !== undefined) throw new DomainError('invalid_input', 'Intranasal esketamine is dosed by device, not by weight.', field);
      }
      return append('dose', {
        route,
        weightBasis: null,
        actualWeightKg,
        idealWeightKg,
        dosingWeightKg: null,
        mgPerKg: null,
        totalMg: input.intranasalDevices * INTRANASAL_MG_PER_DEVICE,
        concentrationMgPerMl: null,
        volumeMl: null,
        plannedRunMinutes: null,
        pumpRateMlPerH: null,
        intranasalDevices: input.intranasalDevices,
        drug,
      });
    }

    if (input.intranasalDevices !== undefined) throw new DomainError('invalid_input', 'Devices apply to intranasal esketamine only.', 'intranasalDevices');
    if (!input.weightBasis) throw new DomainError('invalid_input', 'Choose the weight basis (actual or ideal).', 'weightBasis');
    if (input.mgPerKg === undefined) throw new DomainError('invalid_input', 'Enter the dose in mg/kg.', 'mgPerKg');
    if (input.concentrationMgPerMl === undefined) throw new DomainError('invalid_input', 'Enter the concentration in mg/mL.', 'concentrationMgPerMl');
    const doseProblem = mgPerKgProblem(input.mgPerKg);
    if (doseProblem) throw new DomainError('rule_blocked', doseProblem, 'mgPerKg');
    if (input.weightBasis === 'ideal' && idealWeightKg === null) {
      throw new DomainError('rule_blocked', 'Ideal weight needs the patient\'s height and sex: record the profile first.', 'weightBasis');
    }
    let runMinutes: number | null = null;
    if (route === 'iv') {
      runMinutes = input.plannedRunMinutes ?? record.settings.defaultRunMinutes;
      if (runMinutes < RUN_TIME_RANGE_MINUTES.min || runMinutes > RUN_TIME_RANGE_MINUTES.max) {
        throw new DomainError('invalid_input', `The planned run time must be ${RUN_TIME_RANGE_MINUTES.min}–${RUN_TIME_RANGE_MINUTES.max} min.`, 'plannedRunMinutes');
      }
    } else if (input.plannedRunMinutes !== undefined) {
      throw new DomainError('invalid_input', 'An intramuscular injection has no run time.', 'plannedRunMinutes');
    }
    const dosingWeightKg = input.weightBasis === 'ideal' ? idealWeightKg! : actualWeightKg;
    const computed = computeDose({ dosingWeightKg, mgPerKg: input.mgPerKg, concentrationMgPerMl: input.concentrationMgPerMl, runMinutes });
    return append('dose', {
      route,
      weightBasis: input.weightBasis,
      actualWeightKg,
      idealWeightKg,
      dosingWeightKg,
      mgPerKg: input.mgPerKg,
      totalMg: computed.totalMg,
      concentrationMgPerMl: input.concentrationMgPerMl,
      volumeMl: computed.volumeMl,
      plannedRunMinutes: runMinutes,
      pumpRateMlPerH: computed.pumpRateMlPerH,
      intranasalDevices: null,
      drug,
    });
  });
}

/** The time of the infusion step before this one (start, pause, resume), so a new step never goes before it. */
function lastTimingAt(record: SessionRecord): string | null {
  const kinds = new Set(['infusion_started', 'infusion_paused', 'infusion_resumed', 'infusion_stopped']);
  return record.entries.filter((e) => kinds.has(e.kind)).at(-1)?.recordedAt ?? null;
}

function timingEvents(record: SessionRecord): TimingEvent[] {
  const map = { infusion_started: 'start', infusion_paused: 'pause', infusion_resumed: 'resume', infusion_stopped: 'stop' } as const;
  return record.entries.flatMap((e) => (e.kind in map ? [{ kind: map[e.kind as keyof typeof map], atMs: Date.parse(e.recordedAt) }] : []));
}

export function start(ctx: ServiceContext, input: ParsedRequestOf<typeof startInfusion>) {
  return runCommand(ctx, input.sessionId, 'startInfusion', ({ append, now }) =>
    append('infusion_started', {}, checkedRecordedAt(now, input.recordedAt)),
  );
}

export function pause(ctx: ServiceContext, input: ParsedRequestOf<typeof pauseInfusion>) {
  return runCommand(ctx, input.sessionId, 'pauseInfusion', ({ append, now, record }) =>
    append('infusion_paused', { reason: input.reason }, checkedRecordedAt(now, input.recordedAt, lastTimingAt(record))),
  );
}

export function resume(ctx: ServiceContext, input: ParsedRequestOf<typeof resumeInfusion>) {
  return runCommand(ctx, input.sessionId, 'resumeInfusion', ({ append, now, record }) =>
    append('infusion_resumed', {}, checkedRecordedAt(now, input.recordedAt, lastTimingAt(record))),
  );
}

export function stop(ctx: ServiceContext, input: ParsedRequestOf<typeof stopInfusion>) {
  return runCommand(ctx, input.sessionId, 'stopInfusion', async ({ append, now, record }) => {
    const at = checkedRecordedAt(now, input.recordedAt, lastTimingAt(record));
    const atMs = Date.parse(at);
    const runMs = infusionTiming([...timingEvents(record), { kind: 'stop', atMs }], atMs).elapsedMs;
    const runMinutes = runMs / 60_000;
    const shown = Math.round(runMinutes * 10) / 10;
    // IM and intranasal have no infusion run time to justify.
    if (record.session.route === 'iv' && runTimeNeedsReason(runMinutes) && !input.reason) {
      throw new DomainError('rule_blocked', `The run time is ${shown} min, outside ${RUN_TIME_RANGE_MINUTES.min}–${RUN_TIME_RANGE_MINUTES.max} min: give the reason.`, 'reason');
    }
    if (input.stoppedEarly && !input.reason) throw new DomainError('rule_blocked', 'Give the reason for stopping early.', 'reason');
    return append('infusion_stopped', { endReason: input.stoppedEarly ? 'stopped_early' : 'completed', reason: input.reason ?? null, runMinutes: shown }, at);
  });
}

export function drugUse(ctx: ServiceContext, input: ParsedRequestOf<typeof recordDrugUse>) {
  if (input.amountWastedMg > 0 && !input.witness) {
    throw new DomainError('rule_blocked', 'Wasting a controlled substance needs a second person as witness.', 'witness');
  }
  return runCommand<VerifiedApprover | null>(
    ctx,
    input.sessionId,
    'recordDrugUse',
    async ({ append, chart, approval }) => {
      const dose = chart.dose;
      if (!dose) throw new DomainError('rule_blocked', 'No dose is recorded for this session.');
      const drawn = dose.drug.vialStrengthMgPerMl && dose.drug.vialVolumeMl ? dose.drug.vialStrengthMgPerMl * dose.drug.vialVolumeMl : null;
      if (drawn !== null && input.amountGivenMg + input.amountWastedMg > drawn + 1e-6) {
        throw new DomainError('invalid_input', `Given plus wasted (${input.amountGivenMg + input.amountWastedMg} mg) is more than the vial held (${drawn} mg).`, 'amountWastedMg');
      }
      return append('drug_use', {
        givenMg: input.amountGivenMg,
        wastedMg: input.amountWastedMg,
        witnessUserId: approval?.userId ?? null,
        witnessName: approval?.displayName ?? null,
      });
    },
    async () => (input.amountWastedMg > 0 && input.witness ? ctx.approvals.verify(input.witness, 'nurse', 'witness the waste of ketamine') : null),
  );
}
