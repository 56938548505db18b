// Infusion sessions: open one for a patient in a chair, list a patient's sessions, read one.
import { z } from 'zod';
import { channel } from './envelope';
import { idSchema, instantSchema } from './common';

export const routeSchema = z.enum(['iv', 'im', 'intranasal']);

export const indicationSchema = z.enum([
  'depression',
  'ptsd',
  'bipolar_depression',
  'ocd',
  'suicidal_ideation',
  'neuropathic_pain',
  'other',
]);

export const sessionSchema = z.object({
  id: idSchema,
  patientId: idSchema,
  chair: z.number().int(),
  route: routeSchema,
  plannedStart: instantSchema,
  openedAt: instantSchema,
});
export type Session = z.infer<typeof sessionSchema>;

export const openSession = channel(
  'sessions:open',
  z.strictObject({
    patientId: idSchema,
    chair: z.number().int('Chair must be a whole number.').min(1, 'Chairs are numbered from 1.').max(99),
    route: routeSchema.default('iv'),
    plannedStart: instantSchema,
    indication: indicationSchema.optional(),
    orderingPhysician: z.string().trim().min(1).max(100).optional().describe('name of the physician who ordered it'),
  }),
  sessionSchema,
  ['not_found', 'conflict'],
);

export const listPatientSessions = channel(
  'sessions:list-for-patient',
  z.strictObject({ patientId: idSchema }),
  z.array(sessionSchema),
  ['not_found'],
);

export const getSession = channel('sessions:get', z.strictObject({ sessionId: idSchema }), sessionSchema, ['not_found']);
