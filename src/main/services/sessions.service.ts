// Opening an infusion session for a patient in a chair, and reading sessions back.
import type { ParsedRequestOf } from '../../shared/contract/envelope';
import { DomainError } from '../../shared/contract/envelope';
import type { getSession, listPatientSessions, openSession, Session } from '../../shared/contract/sessions.contract';
import { appendEntry } from '../data/entries.writer';
import { findPatientSessions, findSession } from '../data/sessions.reader';
import { entryHeader, provenance, type ServiceContext } from './context';

export async function openNewSession(ctx: ServiceContext, input: ParsedRequestOf<typeof openSession>): Promise<Session> {
  const now = ctx.clock.now();
  const id = ctx.newId();
  await ctx.store.write(async (db) => {
    const patient = await db.selectFrom('patients').select('id').where('id', '=', input.patientId).executeTakeFirst();
    if (!patient) throw new DomainError('not_found', 'No patient with that id.', 'patientId');
    await db
      .insertInto('sessions')
      .values({
        id,
        ...provenance(ctx, now),
        patient_id: input.patientId,
        route: input.route,
        planned_start: input.plannedStart,
      })
      .execute();
    await appendEntry(db, entryHeader(ctx, now, { patientId: input.patientId, sessionId: id }), 'chair_assigned', {
      chair: input.chair,
    });
    if (input.indication || input.orderingPhysician) {
      await appendEntry(db, entryHeader(ctx, now, { patientId: input.patientId, sessionId: id }), 'session_planned', {
        indication: input.indication ?? null,
        orderingPhysician: input.orderingPhysician ?? null,
      });
    }
  });
  return (await findSession(ctx.store.read, id))!;
}

export async function listSessionsForPatient(ctx: ServiceContext, input: ParsedRequestOf<typeof listPatientSessions>) {
  const patient = await ctx.store.read.selectFrom('patients').select('id').where('id', '=', input.patientId).executeTakeFirst();
  if (!patient) throw new DomainError('not_found', 'No patient with that id.', 'patientId');
  return findPatientSessions(ctx.store.read, input.patientId);
}

export async function getOneSession(ctx: ServiceContext, input: ParsedRequestOf<typeof getSession>) {
  const session = await findSession(ctx.store.read, input.sessionId);
  if (!session) throw new DomainError('not_found', 'No session with that id.', 'sessionId');
  return session;
}
