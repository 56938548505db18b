// Dim mode for the darkened room: one workstation-wide choice, remembered (localStorage) and applied to <html>;
// components that draw with colours (the trend chart) subscribe to it.
import { useSyncExternalStore } from 'react';

export type Theme = 'normal' | 'dim';
const STORAGE_KEY = 'chairside.theme';
const listeners = new Set<() => void>();

function read(): Theme {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'dim' ? 'dim' : 'normal';
  } catch {
    return 'normal';
  }
}

let current: Theme = read();

/** Called once at start, before the first paint, so a reload in the dark room never flashes the light theme. */
export function applyStoredTheme(): void {
  document.documentElement.dataset.theme = current;
}

export function setTheme(theme: Theme): void {
  current = theme;
  document.documentElement.dataset.theme = theme;
  try {
    localStorage.setItem(STORAGE_KEY, theme);
  } catch {
    // a private window may refuse storage: the toggle still works for this page
  }
  listeners.forEach((l) => l());
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

export const useTheme = (): Theme => useSyncExternalStore(subscribe, () => current);
