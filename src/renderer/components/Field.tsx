// A labelled form field with its error beside it, in plain words; the label is what screen readers announce.
import type { ReactNode } from 'react';

interface FieldProps {
  readonly label: string;
  readonly htmlFor: string;
  readonly error?: string;
  readonly hint?: string;
  readonly children: ReactNode;
}

export function Field({ label, htmlFor, error, hint, children }: FieldProps) {
  return (
    <div className={error ? 'field field--invalid' : 'field'}>
      <label htmlFor={htmlFor}>{label}</label>
      {children}
      {hint && !error ? <span className="field__hint">{hint}</span> : null}
      {error ? (
        <span className="field__error" role="alert" id={`${htmlFor}-error`}>
          {error}
        </span>
      ) : null}
    </div>
  );
}
