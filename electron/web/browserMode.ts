// Browser mode: the engine plus the loopback door, for machines where the Electron window cannot
// start (no Electron download) and for end-to-end tests.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isRecoverable, recoveryBackups, recoveryText } from '../core/backup/recovery';
import { openEngine } from '../core/engine';
import { EngineError } from '../core/errors';
import { fileLogger } from '../core/logs/logger';
import { resolveDbPath } from '../core/paths';
import { openInBrowser } from './openInBrowser';
import { startWebDoor } from './server';

/** The built renderer; KARYA_OUT_DIR points at another build (parallel test runs use their own). */
export const DEFAULT_STATIC_DIR = process.env.KARYA_OUT_DIR
  ? `${process.env.KARYA_OUT_DIR}/renderer/`
  : fileURLToPath(new URL('../../out/renderer/', import.meta.url));

export interface BrowserModeArgs {
  db?: string;
  port?: number;
  open: boolean;
}

export function parseBrowserModeArgs(argv: readonly string[]): BrowserModeArgs {
  const args: BrowserModeArgs = { open: true };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--db') args.db = argv[++i];
    else if (arg === '--port') args.port = Number(argv[++i]);
    else if (arg === '--no-open') args.open = false;
  }
  return args;
}

/** Starts engine and door, prints the address, and runs until interrupted. Returns an exit code. */
export async function runBrowserMode(args: BrowserModeArgs): Promise<number> {
  if (!existsSync(`${DEFAULT_STATIC_DIR}index.html`)) {
    console.error('Tampilan belum dibangun: jalankan `npm run build` terlebih dahulu.');
    return 1;
  }
  const dbPath = resolveDbPath(args.db);
  const logDir = join(dirname(dbPath), 'logs');
  const log = fileLogger({ dir: logDir, name: 'main' });
  log.info('web.start', { version: process.env.npm_package_version });
  let engine: ReturnType<typeof openEngine>;
  try {
    // Browser mode runs the print queue too (no system print dialog here: that needs the desktop app).
    engine = openEngine({
      dbPath,
      appVersion: process.env.npm_package_version,
      // Wrong PINs sent through this door are counted apart from the window's and the command line's.
      door: 'web',
      printing: { runQueue: true },
      uploads: { run: true },
      // engine.log beside the database: the app's data folder unless --db points elsewhere.
      logDir,
    });
  } catch (error) {
    // A damaged database: list the backups and the command that puts one back.
    if (isRecoverable(error)) {
      log.error('web.openRefused', error);
      console.error(recoveryText(error, dbPath, recoveryBackups(dbPath)));
      return 1;
    }
    if (error instanceof EngineError) {
      console.error(`Karya POS tidak dapat dibuka: ${error.message}`);
      return 1;
    }
    throw error;
  }
  const door = await startWebDoor({ engine, staticDir: DEFAULT_STATIC_DIR, port: args.port });
  console.log(`Karya POS (mode peramban) siap di ${door.url}`);
  console.log(`Database: ${dbPath}`);
  console.log('Tekan Ctrl+C untuk berhenti.');
  if (args.open) openInBrowser(door.url);

  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  await door.close();
  engine.close();
  log.info('web.stop');
  return 0;
}
