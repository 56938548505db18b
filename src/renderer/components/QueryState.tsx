// Loading and error states for a query, so no screen shows a blank while waiting or after a failure.
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';

export function QueryState<T>({ query, children }: { readonly query: UseQueryResult<T>; readonly children: (data: T) => ReactNode }) {
  if (query.isPending) return <p className="muted">Loading…</p>;
  if (query.isError) return <p className="form-error" role="alert">{query.error.message}</p>;
  return <>{children(query.data)}</>;
}
