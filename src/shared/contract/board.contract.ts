// The room board: every chair from settings with the session in it, its phase, timers, vitals due and open alerts.
import { z } from 'zod';
import { channel } from './envelope';
import { idSchema, instantSchema } from './common';
import { alertSchema, phaseSchema } from './chart.contract';
import { routeSchema } from './sessions.contract';

export const boardSessionSchema = z.object({
  sessionId: idSchema,
  patientId: idSchema,
  familyName: z.string(),
  givenName: z.string(),
  initials: z.string().describe('for the locked board'),
  route: routeSchema,
  phase: phaseSchema,
  plannedStart: instantSchema,
  infusionRunning: z.boolean().describe('tick elapsedInfusionMs on from `now` while true'),
  elapsedInfusionMs: z.number().int().nonnegative(),
  plannedRunMinutes: z.number(),
  restRemainingMs: z.number().int().nonnegative().nullable(),
  earliestDischargeAt: instantSchema.nullable(),
  nextVitalsDueAt: instantSchema.nullable(),
  vitalsOverdue: z.boolean(),
  openAlerts: z.array(alertSchema),
  seriesLabel: z.string(),
});
export type BoardSession = z.infer<typeof boardSessionSchema>;

export const boardSchema = z.object({
  now: instantSchema,
  chairs: z.array(
    z.object({
      chair: z.number().int(),
      /** The chair's name from the clinic's settings ("Window"), or null when it has none. */
      name: z.string().nullable(),
      /** The session in the chair now (the active one, else the next planned), or null when the chair is free. */
      session: boardSessionSchema.nullable(),
      /** Further open sessions planned for this chair. */
      waiting: z.number().int().nonnegative(),
    }),
  ),
});
export type Board = z.infer<typeof boardSchema>;

// A polling read: not activity (the idle lock still comes); names need a signed-in user (the locked board is auth:locked-board).
export const getBoard = channel('board:get', z.strictObject({}), boardSchema, [], { activity: false });
