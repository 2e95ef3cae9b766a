// Electron's main process: wires the engine, the IPC door and the window together. The logic
// worth testing lives in ipc.ts and window.ts; this file only connects Electron's objects to it.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, dialog, ipcMain, Menu, screen, session } from 'electron';
import { isRecoverable } from './core/backup/recovery';
import { type Engine, openEngine } from './core/engine';
import { fileLogger } from './core/logs/logger';
import { createCustomerDisplay } from './customerDisplay';
import { registerCommands } from './ipc';
import { offerRecovery } from './recovery';
import { SMOKE_FLAG, smokeCheck } from './smoke';
import { createSystemPrinter, PRINT_PARTITION, PRINT_WINDOW_OPTIONS } from './systemPrint';
import {
  displayWindowOptions,
  hardenWebContents,
  installSecurityPolicy,
  reloadOnCrash,
  windowOptions,
} from './window';

/** out/main once built; preload, renderer and migrations sit relative to it. */
const mainDir = import.meta.dirname ?? dirname(fileURLToPath(import.meta.url));

let mainWindow: BrowserWindow | null = null;
let engine: Engine | null = null;
const smoke = process.argv.includes(SMOKE_FLAG);
// main.log and engine.log, rotated by size, in the data folder; KARYA_DB picks another database.
const logDir = join(app.getPath('userData'), 'logs');
const log = fileLogger({ dir: logDir, name: 'main', echo: (line) => console.error(line) });
const dbPath = process.env.KARYA_DB ?? join(app.getPath('userData'), 'karya.db');
const migrationsDir = join(mainDir, 'migrations');
const preloadPath = join(mainDir, '../preload/preload.cjs');

/** The page, or the customer display (`#/display`) when `hash` says so. */
async function loadPage(window: BrowserWindow, hash?: string): Promise<void> {
  const devServerUrl = process.env.ELECTRON_RENDERER_URL;
  if (devServerUrl) await window.loadURL(hash ? `${devServerUrl}#${hash}` : devServerUrl);
  else await window.loadFile(join(mainDir, '../renderer/index.html'), hash ? { hash } : undefined);
}

// Full screen on a second monitor facing the buyer, or a plain window when the cashier asks.
const customerDisplay = createCustomerDisplay({
  monitors: () => ({ all: screen.getAllDisplays(), primaryId: screen.getPrimaryDisplay().id }),
  createWindow: (bounds) => new BrowserWindow(displayWindowOptions(preloadPath, bounds)),
  load: (window) => loadPage(window, '/display'),
  onError: (error) => log.error('main.displayFailed', error),
});

function errorMessage(error: unknown): string {
  // The engine's refusals (e.g. a database from a newer version) carry an Indonesian message;
  // the cashier sees that, never a stack trace.
  return error instanceof Error && error.message ? error.message : 'Karya POS tidak dapat dibuka.';
}

function fail(error: unknown): void {
  log.error('main.failed', error);
  if (smoke) {
    process.stdout.write(`KARYA_SMOKE_FAILED ${errorMessage(error)}\n`);
    app.exit(1);
    return;
  }
  dialog.showErrorBox('Karya POS', errorMessage(error));
  app.quit();
}

async function start(): Promise<void> {
  installSecurityPolicy(session.defaultSession);
  // The hidden print window has its own session: no permissions, the same CSP there too.
  installSecurityPolicy(session.fromPartition(PRINT_PARTITION));

  try {
    engine = openEngine({
      dbPath,
      logDir,
      // Packaged: copied beside app.asar; from a checkout: the repo's resources/ folder (the app's
      // path is the folder of package.json, wherever the build went: KARYA_OUT_DIR may be elsewhere).
      resourcesDir: app.isPackaged
        ? join(process.resourcesPath, 'resources')
        : join(app.getAppPath(), 'resources'),
      migrationsDir,
      appVersion: app.getVersion(),
      // Wrong PINs typed in this window are counted apart from the loopback and command-line doors.
      door: 'window',
      // The print queue runs in this process; "system" printers print through a hidden window.
      printing: {
        runQueue: true,
        systemPrinter: createSystemPrinter(() => new BrowserWindow(PRINT_WINDOW_OPTIONS)),
      },
      // Batches queued for the office go out in the background while the app runs.
      uploads: { run: true },
      // Layar pembeli in the till (display.open) opens the window through here.
      display: { openWindow: () => customerDisplay.open() },
    });
  } catch (error) {
    // A damaged database: offer the backups instead of a dead end, then start again.
    if (isRecoverable(error) && !smoke) {
      log.error('main.databaseRefused', error);
      if (offerRecovery(dialog, error, dbPath, migrationsDir).kind === 'restored') app.relaunch();
      app.exit(0);
      return;
    }
    fail(error);
    return;
  }
  log.info('main.start', { version: app.getVersion(), packaged: app.isPackaged });
  if (smoke) {
    const result = await smokeCheck(engine);
    process.stdout.write(`${result.line}\n`);
    engine.close();
    app.exit(result.ok ? 0 : 1);
    return;
  }
  registerCommands(ipcMain, engine);

  // macOS keeps its menu: without it Cmd+C / Cmd+V stop working in text fields.
  if (process.platform !== 'darwin') Menu.setApplicationMenu(null);

  const window = new BrowserWindow(windowOptions(preloadPath));
  mainWindow = window;
  window.once('ready-to-show', () => window.show());
  // A crashed page is loaded again; the session and the cart in progress come back from the engine.
  reloadOnCrash(window, (details, reloaded) => log.warn('main.rendererGone', { ...details, reloaded }));
  window.on('closed', () => {
    mainWindow = null;
    // The customer display goes with the till (and would otherwise keep the app running).
    customerDisplay.close();
  });

  await loadPage(window);

  // A second monitor facing the buyer gets the customer display, now or when it is plugged in.
  customerDisplay.monitorsChanged();
  screen.on('display-added', () => customerDisplay.monitorsChanged());
  screen.on('display-removed', () => customerDisplay.monitorsChanged());
}

if (app.requestSingleInstanceLock()) {
  // One till, one database writer: a second launch only brings the open window forward.
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
  app.on('window-all-closed', () => app.quit());
  // Closing the till closes the customer display with it.
  app.on('before-quit', () => customerDisplay.close());
  app.on('will-quit', () => {
    engine?.close();
    engine = null;
  });
  app.whenReady().then(start).catch(fail);
} else {
  app.quit();
}
