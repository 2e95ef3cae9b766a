import { homedir } from 'node:os';
import { join } from 'node:path';

export const PRODUCT_NAME = 'Karya POS';
export const DB_FILE_NAME = 'karya.db';

/**
 * The same folder Electron uses as `userData` for this app, so the desktop window, the browser
 * mode and the command line all open one database by default.
 */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), PRODUCT_NAME);
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', PRODUCT_NAME);
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), PRODUCT_NAME);
}

/** `--db` wins, then `KARYA_DB`, then the default data folder. */
export function resolveDbPath(explicit?: string, env: NodeJS.ProcessEnv = process.env): string {
  return explicit ?? env.KARYA_DB ?? join(defaultDataDir(env), DB_FILE_NAME);
}
