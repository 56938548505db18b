// The patient's clinical profile: each save appends a full version; the latest is the one in force.
import type { ParsedRequestOf } from '../../shared/contract/envelope';
import { DomainError } from '../../shared/contract/envelope';
import { format } from 'date-fns';
import type { getPatientProfile, PatientProfile, PatientProfileValues, recordPatientProfile } from '../../shared/contract/profile.contract';
import { classifyMedication } from '../../shared/domain/drug-lists';
import type { EntryOf } from '../../shared/domain/session-record';
import type { ReadDb } from '../data/db';
import { appendEntry } from '../data/entries.writer';
import { sql } from 'kysely';
import { toAnyEntry } from '../data/session-record.reader';
import { entryHeader, type ServiceContext } from './context';

export async function recordProfile(ctx: ServiceContext, input: ParsedRequestOf<typeof recordPatientProfile>): Promise<PatientProfile> {
  const { patientId, ...values } = input;
  const now = ctx.clock.now();
  checkProfileDates(values, now);
  await ctx.store.write(async (db) => {
    const patient = await db.selectFrom('patients').select('id').where('id', '=', patientId).executeTakeFirst();
    if (!patient) throw new DomainError('not_found', 'No patient with that id.', 'patientId');
    await appendEntry(db, entryHeader(ctx, now, { patientId, sessionId: null }), 'patient_profile', values);
  });
  return (await findProfile(ctx.store.read, patientId))!;
}

/** Refuses history dates and last doses in the future (`prefix` names the field path for the form). */
export function checkProfileDates(values: PatientProfileValues, now: Date, prefix = ''): void {
  const today = format(now, 'yyyy-MM-dd');
  values.history.forEach((h, i) => {
    if (h.date > today) throw new DomainError('invalid_input', `The ${h.condition.replace('_', ' ')} date ${h.date} is in the future.`, `${prefix}history.${i}.date`);
  });
  values.medications.forEach((m, i) => {
    if (m.lastDoseAt && Date.parse(m.lastDoseAt) > now.getTime()) {
      throw new DomainError('invalid_input', `The last dose of ${m.name} is in the future.`, `${prefix}medications.${i}.lastDoseAt`);
    }
  });
}

export async function getProfile(ctx: ServiceContext, input: ParsedRequestOf<typeof getPatientProfile>): Promise<PatientProfile | null> {
  const patient = await ctx.store.read.selectFrom('patients').select('id').where('id', '=', input.patientId).executeTakeFirst();
  if (!patient) throw new DomainError('not_found', 'No patient with that id.', 'patientId');
  return findProfile(ctx.store.read, input.patientId);
}

async function findProfile(db: ReadDb, patientId: string): Promise<PatientProfile | null> {
  const row = await db
    .selectFrom('entries')
    .selectAll()
    .select(sql<number>`rowid`.as('seq'))
    .where('patient_id', '=', patientId)
    .where('session_id', 'is', null) // a profile is patient-level (its own index)
    .where('kind', '=', 'patient_profile')
    .orderBy(sql`rowid`, 'desc')
    .limit(1)
    .executeTakeFirst();
  return row ? toProfileView(toAnyEntry(row) as EntryOf<'patient_profile'>, patientId) : null;
}

export function toProfileView(entry: EntryOf<'patient_profile'>, patientId: string): PatientProfile {
  const p = entry.payload;
  return {
    patientId,
    ...p,
    emergencyContact: p.emergencyContact ?? null,
    medications: p.medications.map((m) => {
      const drug = classifyMedication(m.name);
      return { ...m, drugClass: drug?.drugClass ?? 'other', matchedGeneric: drug?.generic ?? null };
    }),
    recordedAt: entry.recordedAt,
    authorUserId: entry.authorUserId,
    entryId: entry.id,
  };
}
