// Calendar facts about patients (date of birth); uses date-fns so month ends and leap days are right.
import { differenceInYears, isValid, parseISO } from 'date-fns';

export const OLDEST_PLAUSIBLE_AGE = 120;

/** Why a date of birth cannot be right on `today`, or null when it is plausible. */
export function dateOfBirthProblem(dateOfBirth: string, today: Date): string | null {
  const dob = parseISO(dateOfBirth);
  if (!isValid(dob)) return `${dateOfBirth} is not a real calendar date.`;
  if (dob.getTime() > today.getTime()) return 'Date of birth is in the future.';
  if (differenceInYears(today, dob) > OLDEST_PLAUSIBLE_AGE) {
    return `Date of birth gives an age over ${OLDEST_PLAUSIBLE_AGE} years. Check the year.`;
  }
  return null;
}
