// A patient with an open session to chart against, made through the dispatch like any other record.
import { contract } from '../../src/shared/contract';
import type { TestCore } from '../support/core';

export interface ChartableSession {
  readonly patientId: string;
  readonly sessionId: string;
}

export async function chartableSession(tc: TestCore): Promise<ChartableSession> {
  const patient = await tc.ok(contract.patients.register, {
    familyName: 'Okafor',
    givenName: 'Ada',
    dateOfBirth: '1980-03-14',
    weight: { value: 72, unit: 'kg' },
  });
  const session = await tc.ok(contract.sessions.open, {
    patientId: patient.id,
    chair: 3,
    plannedStart: tc.clock.now().toISOString(),
  });
  return { patientId: patient.id, sessionId: session.id };
}

/** A plausible set of vitals that varies with n, so rows differ. */
export function vitalsFor(sessionId: string, n: number) {
  return {
    sessionId,
    systolic: 110 + (n % 30),
    diastolic: 70 + (n % 15),
    heartRate: 60 + (n % 40),
    spo2: 95 + (n % 5),
    respiratoryRate: 12 + (n % 8),
  };
}
