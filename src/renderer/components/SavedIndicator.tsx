// "Saved · 10:42": shown after a write has committed on the main side, so the nurse knows it is on disk.
import { format } from 'date-fns';

export function SavedIndicator({ savedAt }: { readonly savedAt: string | null }) {
  if (!savedAt) return null;
  return (
    <p className="saved" role="status" data-testid="saved-indicator">
      Saved · {format(new Date(savedAt), 'HH:mm')}
    </p>
  );
}
