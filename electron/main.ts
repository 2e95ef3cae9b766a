// Electron's main process: wires the engine, the IPC door and the window together. The logic
// worth testing lives in ipc.ts and window.ts; this file only connects Electron's objects to it.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, dialog, ipcMain, Menu, session } from 'electron';
import { type Engine, openEngine } from './core/engine';
import { registerCommands } from './ipc';
import { hardenWebContents, installSecurityPolicy, windowOptions } from './window';

/** out/main once built; preload, renderer and migrations sit relative to it. */
const mainDir = import.meta.dirname ?? dirname(fileURLToPath(import.meta.url));

let mainWindow: BrowserWindow | null = null;
let engine: Engine | null = null;

function errorMessage(error: unknown): string {
  // The engine's refusals (e.g. a database from a newer version) carry an Indonesian message;
  // the cashier sees that, never a stack trace.
  return error instanceof Error && error.message ? error.message : 'Karya POS tidak dapat dibuka.';
}

function fail(error: unknown): void {
  console.error(error);
  dialog.showErrorBox('Karya POS', errorMessage(error));
  app.quit();
}

async function start(): Promise<void> {
  installSecurityPolicy(session.defaultSession);

  try {
    engine = openEngine({
      dbPath: join(app.getPath('userData'), 'karya.db'),
      // Packaged: copied beside app.asar; from a checkout: the repo's resources/ folder.
      resourcesDir: app.isPackaged
        ? join(process.resourcesPath, 'resources')
        : join(mainDir, '../../resources'),
      migrationsDir: join(mainDir, 'migrations'),
      appVersion: app.getVersion(),
    });
  } catch (error) {
    fail(error);
    return;
  }
  registerCommands(ipcMain, engine);

  // macOS keeps its menu: without it Cmd+C / Cmd+V stop working in text fields.
  if (process.platform !== 'darwin') Menu.setApplicationMenu(null);

  const window = new BrowserWindow(windowOptions(join(mainDir, '../preload/preload.cjs')));
  mainWindow = window;
  window.once('ready-to-show', () => window.show());
  window.on('closed', () => {
    mainWindow = null;
  });

  const devServerUrl = process.env.ELECTRON_RENDERER_URL;
  if (devServerUrl) await window.loadURL(devServerUrl);
  else await window.loadFile(join(mainDir, '../renderer/index.html'));
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
  app.on('will-quit', () => {
    engine?.close();
    engine = null;
  });
  app.whenReady().then(start).catch(fail);
} else {
  app.quit();
}
