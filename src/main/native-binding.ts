// Where the Electron build of better-sqlite3 lives in development, apart from the Node build the tests use,
// so building one never overwrites the other. A packaged app carries its own rebuilt module.
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export function electronNativeBinding(appRoot: string, electronVersion: string, isPackaged: boolean): string | undefined {
  if (isPackaged) return undefined;
  const file = join(appRoot, 'native', `electron-${electronVersion}`, 'better_sqlite3.node');
  return existsSync(file) ? file : undefined;
}
