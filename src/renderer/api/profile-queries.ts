// Server state for the patient's clinical profile (used by screening and dosing).
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Contract } from '../../shared/contract';
import type { RequestOf } from '../../shared/contract/envelope';
import { api, unwrap } from './client';

const profileKey = (patientId: string) => ['profile', patientId] as const;

export const useProfile = (patientId: string) =>
  useQuery({ queryKey: profileKey(patientId), queryFn: () => unwrap(api.patients.getProfile({ patientId })) });

export function useRecordProfile() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: RequestOf<Contract['patients']['recordProfile']>) => unwrap(api.patients.recordProfile(input)),
    onSuccess: (profile) => client.setQueryData(profileKey(profile.patientId), profile),
  });
}
