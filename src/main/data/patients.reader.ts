// Patient queries: list and search, one by id, each with the latest recorded weight.
import type { Patient } from '../../shared/contract/patients.contract';
import type { ReadDb } from './db';
import { latestPatientEntryOfKind } from './entries.reader';
import type { PatientsTable } from './schema';

export async function findPatients(db: ReadDb, search?: string, limit = 200): Promise<Patient[]> {
  let query = db.selectFrom('patients').selectAll();
  if (search) {
    const like = `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    query = query.where((eb) =>
      eb.or([
        eb(eb.fn('lower', ['family_name']), 'like', like.toLowerCase()),
        eb(eb.fn('lower', ['given_name']), 'like', like.toLowerCase()),
        eb('mrn', '=', search),
      ]),
    );
  }
  const rows = await query.orderBy('family_name').orderBy('given_name').limit(limit).execute();
  return withWeights(db, rows);
}

export async function findPatient(db: ReadDb, patientId: string): Promise<Patient | null> {
  const row = await db.selectFrom('patients').selectAll().where('id', '=', patientId).executeTakeFirst();
  return row ? (await withWeights(db, [row]))[0] : null;
}

async function withWeights(db: ReadDb, rows: PatientsTable[]): Promise<Patient[]> {
  const weights = await latestPatientEntryOfKind(db, rows.map((r) => r.id), 'weight');
  return rows.map((row) => {
    const weight = weights.get(row.id);
    return {
      id: row.id,
      familyName: row.family_name,
      givenName: row.given_name,
      dateOfBirth: row.date_of_birth,
      mrn: row.mrn,
      weight: weight ? { kg: weight.payload.kg, entered: weight.payload.entered, recordedAt: weight.recorded_at } : null,
      registeredAt: row.created_at,
    };
  });
}
