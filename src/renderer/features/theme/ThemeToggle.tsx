// The dim-mode switch in the header: a toggle button whose pressed state screen readers announce.
import { setTheme, useTheme } from './theme';

export function ThemeToggle() {
  const theme = useTheme();
  return (
    <button type="button" className="theme-toggle" aria-pressed={theme === 'dim'} onClick={() => setTheme(theme === 'dim' ? 'normal' : 'dim')}>
      Dim mode
    </button>
  );
}
