// Browser mode: the engine plus the loopback door, for machines where the Electron window cannot
// start (no Electron download) and for end-to-end tests. Built into out/web/web.mjs
// (scripts/build/node.mjs); scripts/launch.mjs runs it and passes the folders it needs.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { isRecoverable, recoveryBackups, recoveryText } from '../core/backup/recovery';
import { openEngine } from '../core/engine';
import { EngineError } from '../core/errors';
import { fileLogger } from '../core/logs/logger';
import { resolveDbPath } from '../core/paths';
import { openInBrowser } from './openInBrowser';
import { startWebDoor } from './server';

/** The folders browser mode reads, found by the launcher (beside a bundle nothing is found). */
export interface BrowserModePaths {
  /** The built till page: <out>/renderer. */
  staticDir: string;
  /** The demo catalogue and the fonts; absent: the engine's own (beside the sources). */
  resourcesDir?: string;
  /** The SQL migrations; absent: the engine's own (beside the sources). */
  migrationsDir?: string;
}

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
export async function runBrowserMode(args: BrowserModeArgs, paths: BrowserModePaths): Promise<number> {
  if (!existsSync(join(paths.staticDir, 'index.html'))) {
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
      resourcesDir: paths.resourcesDir,
      migrationsDir: paths.migrationsDir,
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
  const door = await startWebDoor({ engine, staticDir: paths.staticDir, port: args.port });
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
