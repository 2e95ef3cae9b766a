import type { HandlerDetails, HeadersReceivedResponse } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  CONTENT_SECURITY_POLICY,
  CRASH_WINDOW_MS,
  type CrashableWindow,
  customerMonitor,
  displayWindowOptions,
  type HardenableContents,
  hardenWebContents,
  installSecurityPolicy,
  MAX_CRASH_RELOADS,
  type RenderGoneDetails,
  reloadOnCrash,
  type SecurableSession,
  windowOptions,
} from './window';

const APP_URL = 'file:///opt/karya/out/renderer/index.html';

describe('windowOptions', () => {
  const options = windowOptions('/opt/karya/out/preload/preload.cjs');
  const prefs = options.webPreferences ?? {};

  it('isolates the page from Node and Electron', () => {
    expect(prefs.preload).toBe('/opt/karya/out/preload/preload.cjs');
    expect(prefs.contextIsolation).toBe(true);
    expect(prefs.sandbox).toBe(true);
    expect(prefs.nodeIntegration).toBe(false);
    expect(prefs.nodeIntegrationInWorker).toBe(false);
    expect(prefs.nodeIntegrationInSubFrames).toBe(false);
    expect(prefs.webviewTag).toBe(false);
    expect(prefs.webSecurity).toBe(true);
    expect(prefs.allowRunningInsecureContent).toBe(false);
    expect(prefs.spellcheck).toBe(false);
  });

  it('opens hidden, titled and at least 1024x640', () => {
    expect(options.show).toBe(false);
    expect(options.title).toBe('Karya POS');
    expect(options.backgroundColor).toMatch(/^#[0-9a-f]{6}$/i);
    expect(options.minWidth).toBeGreaterThanOrEqual(1024);
    expect(options.minHeight).toBeGreaterThanOrEqual(640);
    expect(options.width).toBeGreaterThanOrEqual(options.minWidth ?? Number.POSITIVE_INFINITY);
    expect(options.height).toBeGreaterThanOrEqual(options.minHeight ?? Number.POSITIVE_INFINITY);
  });
});

type NavigationListener = (event: { url: string; preventDefault(): void }) => void;
type AttachListener = (event: { preventDefault(): void }) => void;

/** A WebContents stand-in that keeps the listeners so the test can fire the events. */
function standInContents() {
  const listeners = new Map<string, NavigationListener | AttachListener>();
  let openHandler: ((details: HandlerDetails) => { action: 'allow' | 'deny' }) | undefined;
  const contents: HardenableContents = {
    on: (event: string, listener: NavigationListener | AttachListener) => {
      listeners.set(event, listener);
    },
    setWindowOpenHandler: (handler) => {
      openHandler = handler;
    },
  };
  const fire = (event: string, url = ''): boolean => {
    const listener = listeners.get(event);
    if (!listener) throw new Error(`no ${event} listener`);
    const preventDefault = vi.fn();
    listener({ url, preventDefault });
    return preventDefault.mock.calls.length > 0;
  };
  const open = (url: string) => {
    if (!openHandler) throw new Error('no window open handler');
    return openHandler({
      url,
      frameName: '',
      features: '',
      disposition: 'new-window',
      referrer: { url: '', policy: 'default' },
    });
  };
  return { contents, listeners, fire, open };
}

describe('hardenWebContents', () => {
  beforeEach(() => vi.stubEnv('ELECTRON_RENDERER_URL', undefined));
  afterEach(() => vi.unstubAllEnvs());

  it('prevents navigation away from the app', () => {
    const { contents, fire } = standInContents();
    hardenWebContents(contents);
    expect(fire('will-navigate', 'https://evil.example/')).toBe(true);
    expect(fire('will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(fire('will-navigate', 'http://localhost:5173/')).toBe(true);
  });

  it("lets the app's own page reload itself", () => {
    const { contents, fire } = standInContents();
    hardenWebContents(contents);
    expect(fire('will-navigate', APP_URL)).toBe(false);
    expect(fire('will-navigate', `${APP_URL}#/jual`)).toBe(false);
  });

  it('allows the dev server page only while it runs', () => {
    vi.stubEnv('ELECTRON_RENDERER_URL', 'http://localhost:5173');
    const { contents, fire } = standInContents();
    hardenWebContents(contents);
    expect(fire('will-navigate', 'http://localhost:5173/')).toBe(false);
    expect(fire('will-navigate', 'https://evil.example/')).toBe(true);
  });

  it('prevents webviews from attaching', () => {
    const { contents, fire } = standInContents();
    hardenWebContents(contents);
    expect(fire('will-attach-webview')).toBe(true);
  });

  it('denies every window.open', () => {
    const { contents, open } = standInContents();
    hardenWebContents(contents);
    expect(open('https://evil.example/')).toEqual({ action: 'deny' });
    expect(open(APP_URL)).toEqual({ action: 'deny' });
  });

  it('listens to exactly the navigation and webview events', () => {
    const { contents, listeners } = standInContents();
    hardenWebContents(contents);
    expect([...listeners.keys()].sort()).toEqual(['will-attach-webview', 'will-navigate']);
  });
});

type HeadersListener = Parameters<SecurableSession['webRequest']['onHeadersReceived']>[0];
type RequestHandler = Parameters<SecurableSession['setPermissionRequestHandler']>[0];
type CheckHandler = Parameters<SecurableSession['setPermissionCheckHandler']>[0];

function standInSession() {
  const seen: { headers?: HeadersListener; request?: RequestHandler; check?: CheckHandler } = {};
  const session: SecurableSession = {
    webRequest: {
      onHeadersReceived: (listener) => {
        seen.headers = listener;
      },
    },
    setPermissionRequestHandler: (handler) => {
      seen.request = handler;
    },
    setPermissionCheckHandler: (handler) => {
      seen.check = handler;
    },
  };
  return { session, seen };
}

describe('installSecurityPolicy', () => {
  it('is the agreed policy, with nothing allowed by default', () => {
    expect(CONTENT_SECURITY_POLICY).toBe(
      "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; font-src 'self'; " +
        "connect-src 'self'; base-uri 'none'; form-action 'none'; object-src 'none'",
    );
  });

  it('adds the CSP header to every response and keeps the other headers', () => {
    const { session, seen } = standInSession();
    installSecurityPolicy(session);
    const respond = vi.fn<(response: HeadersReceivedResponse) => void>();
    seen.headers?.({ responseHeaders: { 'Content-Type': ['text/html'] } }, respond);
    expect(respond).toHaveBeenCalledExactlyOnceWith({
      responseHeaders: {
        'Content-Type': ['text/html'],
        'Content-Security-Policy': [CONTENT_SECURITY_POLICY],
      },
    });
  });

  it('adds the CSP header when the response had no headers', () => {
    const { session, seen } = standInSession();
    installSecurityPolicy(session);
    const respond = vi.fn<(response: HeadersReceivedResponse) => void>();
    seen.headers?.({}, respond);
    expect(respond).toHaveBeenCalledExactlyOnceWith({
      responseHeaders: { 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] },
    });
  });

  it.each(['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal'])(
    'denies the %s permission',
    (permission) => {
      const { session, seen } = standInSession();
      installSecurityPolicy(session);
      const granted = vi.fn<(granted: boolean) => void>();
      seen.request?.(null, permission, granted);
      expect(granted).toHaveBeenCalledExactlyOnceWith(false);
      expect(seen.check?.(null, permission)).toBe(false);
    },
  );

  it('installs all three handlers', () => {
    const { session, seen } = standInSession();
    installSecurityPolicy(session);
    expect(seen.headers).toBeTypeOf('function');
    expect(seen.request).toBeTypeOf('function');
    expect(seen.check).toBeTypeOf('function');
  });
});

describe('customer display window', () => {
  it("keeps the main window's isolation, fills the second monitor and takes no focus", () => {
    const bounds = { x: 1920, y: 0, width: 1024, height: 600 };
    const options = displayWindowOptions('/app/preload.cjs', bounds);
    expect(options.webPreferences).toEqual(windowOptions('/app/preload.cjs').webPreferences);
    expect(options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
    });
    expect(options).toMatchObject({
      ...bounds,
      fullscreen: true,
      frame: false,
      focusable: false,
      show: false,
    });
  });

  it('is a plain window the cashier can move when there is no second monitor', () => {
    const options = displayWindowOptions('/app/preload.cjs', null);
    expect(options.webPreferences).toEqual(windowOptions('/app/preload.cjs').webPreferences);
    expect(options.fullscreen).toBeUndefined();
    expect(options.frame).toBeUndefined();
    expect(options.focusable).toBeUndefined();
    expect(options.show).toBe(false);
    // Smaller than the till's minimum: a small monitor or a corner of the screen will do.
    expect(options.minWidth).toBeLessThan(1024);
  });

  it('goes on a monitor other than the primary one, and nowhere with one monitor', () => {
    const primary = { id: 1, bounds: { x: 0, y: 0, width: 1366, height: 768 } };
    const second = { id: 7, bounds: { x: 1366, y: 0, width: 1024, height: 600 } };
    expect(customerMonitor([primary, second], 1)).toEqual(second);
    expect(customerMonitor([second, primary], 1)).toEqual(second);
    expect(customerMonitor([primary], 1)).toBeNull();
  });
});

type GoneListener = (event: unknown, details: RenderGoneDetails) => void;

/** A BrowserWindow stand-in: keeps the render-process-gone listener and counts reloads. */
function standInWindow() {
  let gone: GoneListener | undefined;
  const state = { reloads: 0, destroyed: false };
  const window: CrashableWindow = {
    isDestroyed: () => state.destroyed,
    webContents: {
      on: (_event, listener) => {
        gone = listener;
      },
      reload: () => {
        state.reloads += 1;
      },
    },
  };
  const crash = (reason = 'crashed') => {
    if (!gone) throw new Error('no render-process-gone listener');
    gone({}, { reason, exitCode: 133 });
  };
  return { window, state, crash };
}

describe('reloadOnCrash', () => {
  it('loads the page again when its renderer crashes or is killed', () => {
    const { window, state, crash } = standInWindow();
    const heard: [string, boolean][] = [];
    reloadOnCrash(
      window,
      (details, reloaded) => heard.push([details.reason, reloaded]),
      () => 0,
    );
    crash('crashed');
    expect(state.reloads).toBe(1);
    crash('oom');
    expect(state.reloads).toBe(2);
    expect(heard).toEqual([
      ['crashed', true],
      ['oom', true],
    ]);
  });

  it('does nothing for a clean exit or a window already closed', () => {
    const { window, state, crash } = standInWindow();
    reloadOnCrash(window);
    crash('clean-exit');
    expect(state.reloads).toBe(0);
    state.destroyed = true;
    crash('crashed');
    expect(state.reloads).toBe(0);
  });

  it('stops after three reloads in a minute, and reloads again a minute later', () => {
    const { window, state, crash } = standInWindow();
    let now = 0;
    const heard: boolean[] = [];
    reloadOnCrash(
      window,
      (_details, reloaded) => heard.push(reloaded),
      () => now,
    );
    for (let i = 0; i < 5; i += 1) {
      crash();
      now += 1_000;
    }
    expect(state.reloads).toBe(MAX_CRASH_RELOADS);
    expect(heard).toEqual([true, true, true, false, false]);
    now += CRASH_WINDOW_MS;
    crash();
    expect(state.reloads).toBe(MAX_CRASH_RELOADS + 1);
  });
});
