// The session screen's one "Saved · HH:mm": every write on the screen reports here once the main side has committed it.
import { createContext, useCallback, useContext, useState, type ReactNode } from 'react';
import { SavedIndicator } from '../../components/SavedIndicator';

const SavedContext = createContext<(at: string) => void>(() => undefined);

export function useSavedState() {
  const [savedAt, setSavedAt] = useState<string | null>(null);
  const mark = useCallback((at: string) => setSavedAt(at), []);
  return { savedAt, mark };
}

export function SavedProvider({ mark, children }: { readonly mark: (at: string) => void; readonly children: ReactNode }) {
  return <SavedContext.Provider value={mark}>{children}</SavedContext.Provider>;
}

export const useMarkSaved = () => useContext(SavedContext);

export { SavedIndicator };
