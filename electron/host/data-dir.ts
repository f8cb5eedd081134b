/**
 * Where plans live. `ZUOCI_DATA_DIR` overrides (tests use a temp folder); otherwise the same
 * per-user folder Electron's app.getPath('userData') gives, so both modes share one library.
 */
import { homedir } from 'node:os';
import { join } from 'node:path';

export const DATA_DIR_ENV = 'ZUOCI_DATA_DIR';

export function resolveDataDir(fallback?: string): string {
  const fromEnv = process.env[DATA_DIR_ENV];
  if (fromEnv) return fromEnv;
  if (fallback) return fallback;
  const home = homedir();
  if (process.platform === 'win32') return join(process.env.APPDATA ?? join(home, 'AppData', 'Roaming'), 'Zuoci');
  if (process.platform === 'darwin') return join(home, 'Library', 'Application Support', 'Zuoci');
  return join(process.env.XDG_CONFIG_HOME ?? join(home, '.config'), 'Zuoci');
}
