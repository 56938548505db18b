// Server-state hooks (TanStack Query): every screen reads and writes through these, keyed by record.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { RequestOf } from '../../shared/contract/envelope';
import type { contract } from '../../shared/contract';
import { api, unwrap } from './client';

export const keys = {
  patients: (search: string) => ['patients', search] as const,
  patient: (patientId: string) => ['patient', patientId] as const,
  patientSessions: (patientId: string) => ['patient-sessions', patientId] as const,
  session: (sessionId: string) => ['session', sessionId] as const,
  sessionVitals: (sessionId: string) => ['session-vitals', sessionId] as const,
};

export const usePatients = (search: string) =>
  useQuery({ queryKey: keys.patients(search), queryFn: () => unwrap(api.patients.list({ search: search || undefined })) });

export const usePatient = (patientId: string) =>
  useQuery({ queryKey: keys.patient(patientId), queryFn: () => unwrap(api.patients.get({ patientId })) });

export const usePatientSessions = (patientId: string) =>
  useQuery({ queryKey: keys.patientSessions(patientId), queryFn: () => unwrap(api.sessions.listForPatient({ patientId })) });

export const useSession = (sessionId: string) =>
  useQuery({ queryKey: keys.session(sessionId), queryFn: () => unwrap(api.sessions.get({ sessionId })) });

export const useSessionVitals = (sessionId: string) =>
  useQuery({ queryKey: keys.sessionVitals(sessionId), queryFn: () => unwrap(api.vitals.listForSession({ sessionId })) });

export function useRegisterPatient() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: RequestOf<typeof contract.patients.register>) => unwrap(api.patients.register(input)),
    onSuccess: () => client.invalidateQueries({ queryKey: ['patients'] }),
  });
}

export function useOpenSession() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: RequestOf<typeof contract.sessions.open>) => unwrap(api.sessions.open(input)),
    onSuccess: (session) => client.invalidateQueries({ queryKey: keys.patientSessions(session.patientId) }),
  });
}

export function useRecordVitals() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: RequestOf<typeof contract.vitals.record>) => unwrap(api.vitals.record(input)),
    onSuccess: (entry) => client.invalidateQueries({ queryKey: keys.sessionVitals(entry.sessionId) }),
  });
}
