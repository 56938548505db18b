// Puts a main-side refusal next to the field it names (what was typed stays in the form), or above the form.
import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { ApiError } from '../api/client';

export function showServerError<T extends FieldValues>(error: unknown, setError: UseFormSetError<T>, fields: readonly Path<T>[]): void {
  const appError = error instanceof ApiError ? error.error : { code: 'internal', message: String(error) };
  const field = 'field' in appError ? appError.field : undefined;
  const target = fields.find((name) => name === field);
  if (target) setError(target, { type: 'server', message: appError.message }, { shouldFocus: true });
  else setError('root.server' as Path<T>, { type: 'server', message: appError.message });
}
