// Registering and finding patients.
import type { ParsedRequestOf } from '../../shared/contract/envelope';
import { DomainError } from '../../shared/contract/envelope';
import type { getPatient, listPatients, Patient, registerPatient } from '../../shared/contract/patients.contract';
import { dateOfBirthProblem } from '../../shared/domain/dates';
import { toKilograms, weightProblem } from '../../shared/domain/weight';
import { appendEntry } from '../data/entries.writer';
import { findPatient, findPatients } from '../data/patients.reader';
import { entryHeader, provenance, type ServiceContext } from './context';
import { checkProfileDates } from './profile.service';

export async function registerNewPatient(
  ctx: ServiceContext,
  input: ParsedRequestOf<typeof registerPatient>,
): Promise<Patient> {
  const now = ctx.clock.now();
  const dobProblem = dateOfBirthProblem(input.dateOfBirth, now);
  if (dobProblem) throw new DomainError('invalid_input', dobProblem, 'dateOfBirth');
  const weightIssue = weightProblem(input.weight.value, input.weight.unit);
  if (weightIssue) throw new DomainError('invalid_input', weightIssue, 'weight.value');
  if (input.profile) checkProfileDates(input.profile, now, 'profile.');

  const id = ctx.newId();
  await ctx.store.write(async (db) => {
    if (input.mrn) {
      const clash = await db
        .selectFrom('patients')
        .select('id')
        .where('clinic_id', '=', ctx.workstation.clinicId)
        .where('mrn', '=', input.mrn)
        .executeTakeFirst();
      if (clash) throw new DomainError('conflict', `MRN ${input.mrn} already belongs to another patient.`, 'mrn');
    }
    await db
      .insertInto('patients')
      .values({
        id,
        ...provenance(ctx, now),
        family_name: input.familyName,
        given_name: input.givenName,
        date_of_birth: input.dateOfBirth,
        mrn: input.mrn ?? null,
      })
      .execute();
    await appendEntry(db, entryHeader(ctx, now, { patientId: id, sessionId: null }), 'weight', {
      entered: input.weight,
      kg: toKilograms(input.weight.value, input.weight.unit),
    });
    if (input.profile) {
      await appendEntry(db, entryHeader(ctx, now, { patientId: id, sessionId: null }), 'patient_profile', input.profile);
    }
  });
  return (await findPatient(ctx.store.read, id))!;
}

export async function listAllPatients(ctx: ServiceContext, input: ParsedRequestOf<typeof listPatients>) {
  return findPatients(ctx.store.read, input.search);
}

export async function getOnePatient(ctx: ServiceContext, input: ParsedRequestOf<typeof getPatient>) {
  const patient = await findPatient(ctx.store.read, input.patientId);
  if (!patient) throw new DomainError('not_found', 'No patient with that id.', 'patientId');
  return patient;
}
