// Field schemas shared by several domain contracts (ids, instants, calendar dates).
import { z } from 'zod';

/** A UUIDv7 made on the workstation that wrote the record. */
export const idSchema = z.uuid({ version: 'v7', message: 'Not a record id.' });

/** An instant, as ISO 8601 in UTC with milliseconds ("2026-11-25T14:05:00.000Z"). */
export const instantSchema = z.iso.datetime({ message: 'Expected a date and time (ISO 8601).' });

/** A calendar date with no time ("1984-02-29"). */
export const calendarDateSchema = z.iso.date({ message: 'Expected a date as YYYY-MM-DD.' });

export const personNameSchema = z
  .string()
  .trim()
  .min(1, 'Required.')
  .max(100, 'At most 100 characters.')
  .regex(/^[^\p{Cc}\p{Cs}]*$/u, 'Control characters are not allowed in a name.');
