// A main-side refusal shown where the nurse acted, in the main side's plain words.
import { ApiError } from '../api/client';

export function errorMessage(error: unknown): string | null {
  if (!error) return null;
  return error instanceof ApiError ? error.error.message : String(error);
}

export function ErrorText({ error }: { readonly error: unknown }) {
  const message = errorMessage(error);
  return message ? (
    <p className="form-error" role="alert">
      {message}
    </p>
  ) : null;
}
