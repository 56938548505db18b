// Across the top of every screen (sign-in and lock screens too) while the chart file is known to be damaged: saving
// has stopped, so the nurse must chart on paper now, not find out at the next Save.
import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';

/** Asked every 10 s, and again whenever a save is refused (see main.tsx). */
export const storageStatusKey = ['storage-status'] as const;

export function StorageAlert() {
  const status = useQuery({ queryKey: storageStatusKey, queryFn: () => unwrap(api.storage.status({})), refetchInterval: 10_000 });
  const damage = status.data?.damage;
  if (!damage) return null;
  return (
    <div className="storage-alert" role="alert">
      <strong>Saving has stopped: chart on paper now.</strong> {damage}
    </div>
  );
}
