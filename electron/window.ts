// The main window and the fences around every web page the app shows. Type-only Electron imports,
// so the tests run under plain Node with stand-ins.
import type {
  BrowserWindowConstructorOptions,
  HandlerDetails,
  HeadersReceivedResponse,
  OnHeadersReceivedListenerDetails,
  WindowOpenHandlerResponse,
} from 'electron';
import { isAppPageUrl } from './paths';

export const CONTENT_SECURITY_POLICY =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; font-src 'self'; " +
  "connect-src 'self'; base-uri 'none'; form-action 'none'; object-src 'none'";

export function windowOptions(preloadPath: string): BrowserWindowConstructorOptions {
  return {
    title: 'Karya POS',
    width: 1280,
    height: 800,
    minWidth: 1024,
    minHeight: 640,
    // Shown on ready-to-show, so the cashier never sees a blank white frame.
    show: false,
    backgroundColor: '#ffffff',
    autoHideMenuBar: true,
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      navigateOnDragDrop: false,
      // Middle-click would otherwise try to open links in a new window (denied anyway below).
      disableBlinkFeatures: 'Auxclick',
      spellcheck: false,
    },
  };
}

/** The area of a monitor, as Electron's `screen` reports it. */
export interface DisplayBounds {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A monitor, as Electron's `screen.getAllDisplays()` lists it. */
export interface Monitor {
  id: number;
  bounds: DisplayBounds;
}

/**
 * The customer display: the same page at `#/display`, with the same fences as the main window (the
 * same preload and webPreferences; the display reads a public command only). On a second monitor
 * it fills it, frameless, and takes no focus, so a scan never lands there; without one (`bounds`
 * null) it is a plain window the cashier can drag onto a monitor or projector.
 */
export function displayWindowOptions(
  preloadPath: string,
  bounds: DisplayBounds | null,
): BrowserWindowConstructorOptions {
  const main = windowOptions(preloadPath);
  const common = { ...main, title: 'Karya POS - Layar pembeli', backgroundColor: '#111827' };
  if (!bounds) return { ...common, width: 1024, height: 600, minWidth: 480, minHeight: 320 };
  return {
    ...common,
    x: bounds.x,
    y: bounds.y,
    width: bounds.width,
    height: bounds.height,
    minWidth: undefined,
    minHeight: undefined,
    fullscreen: true,
    frame: false,
    focusable: false,
  };
}

/** The monitor for the customer display: any other than the primary one, or none. */
export function customerMonitor(monitors: readonly Monitor[], primaryId: number): Monitor | null {
  return monitors.find((m) => m.id !== primaryId) ?? null;
}

interface Preventable {
  preventDefault(): void;
}

/** The part of WebContents that hardenWebContents touches; a real WebContents satisfies it. */
export interface HardenableContents {
  on(event: 'will-navigate', listener: (event: Preventable & { url: string }) => void): unknown;
  on(event: 'will-attach-webview', listener: (event: Preventable) => void): unknown;
  setWindowOpenHandler(handler: (details: HandlerDetails) => WindowOpenHandlerResponse): void;
}

/**
 * The app is one page: it never navigates away, opens windows or embeds webviews. Blocking all
 * three means a link or injected markup cannot put a foreign page next to the command bridge.
 */
export function hardenWebContents(
  contents: HardenableContents,
  isAppPage: (url: string) => boolean = isAppPageUrl,
): void {
  contents.on('will-navigate', (event) => {
    if (!isAppPage(event.url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

/** The part of Session that installSecurityPolicy touches; a real Session satisfies it. */
export interface SecurableSession {
  webRequest: {
    onHeadersReceived(
      listener: (
        details: Pick<OnHeadersReceivedListenerDetails, 'responseHeaders'>,
        callback: (response: HeadersReceivedResponse) => void,
      ) => void,
    ): void;
  };
  setPermissionRequestHandler(
    handler: (webContents: unknown, permission: string, callback: (granted: boolean) => void) => void,
  ): void;
  setPermissionCheckHandler(handler: (webContents: unknown, permission: string) => boolean): void;
}

/** Sends the CSP with every response and refuses every permission (camera, notifications, ...). */
export function installSecurityPolicy(session: SecurableSession): void {
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] },
    });
  });
  session.setPermissionRequestHandler((_webContents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}

/** Why a page's renderer went away, as Electron's `render-process-gone` reports it. */
export interface RenderGoneDetails {
  reason: string;
  exitCode: number;
}

/** The part of BrowserWindow that reloadOnCrash touches; a real BrowserWindow satisfies it. */
export interface CrashableWindow {
  isDestroyed(): boolean;
  webContents: {
    on(event: 'render-process-gone', listener: (event: unknown, details: RenderGoneDetails) => void): unknown;
    reload(): void;
  };
}

/** At most this many reloads within CRASH_WINDOW_MS: a page that crashes at every start is left alone. */
export const MAX_CRASH_RELOADS = 3;
export const CRASH_WINDOW_MS = 60_000;

/**
 * The page crashed or was killed (out of memory on a cheap laptop, a GPU driver): load it again
 * instead of leaving the cashier a blank window. The engine still holds her session (kept for the
 * tab) and her cart in progress (`cart.current`), so the till comes back as it was. A page that
 * keeps crashing is reloaded at most MAX_CRASH_RELOADS times a minute; `onGone` hears every crash
 * (for the log) and whether it was reloaded.
 */
export function reloadOnCrash(
  window: CrashableWindow,
  onGone: (details: RenderGoneDetails, reloaded: boolean) => void = () => undefined,
  now: () => number = Date.now,
): void {
  const reloads: number[] = [];
  window.webContents.on('render-process-gone', (_event, details) => {
    // A clean exit is the window closing, not a crash.
    if (details.reason === 'clean-exit' || window.isDestroyed()) {
      onGone(details, false);
      return;
    }
    const at = now();
    while (reloads.length > 0 && at - (reloads[0] ?? at) > CRASH_WINDOW_MS) reloads.shift();
    const reload = reloads.length < MAX_CRASH_RELOADS;
    if (reload) {
      reloads.push(at);
      window.webContents.reload();
    }
    onGone(details, reload);
  });
}
