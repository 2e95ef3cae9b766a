import { describe, expect, it } from 'vitest';
import { createCustomerDisplay, type DisplayWindow } from './customerDisplay';
import { type DisplayBounds, displayWindowOptions, type Monitor, windowOptions } from './window';

const LAPTOP: Monitor = { id: 1, bounds: { x: 0, y: 0, width: 1366, height: 768 } };
const FACING: Monitor = { id: 7, bounds: { x: 1366, y: 0, width: 1024, height: 600 } };

/** A BrowserWindow stand-in built from the real options, recording what is done to it. */
class StandInWindow implements DisplayWindow {
  private readonly listeners = new Map<string, () => void>();
  shown = 0;
  loaded = 0;
  destroyed = false;
  constructor(readonly options: ReturnType<typeof displayWindowOptions>) {}
  once(event: string, listener: () => void) {
    this.listeners.set(event, listener);
  }
  on(event: string, listener: () => void) {
    this.listeners.set(event, listener);
  }
  fire(event: 'ready-to-show' | 'closed') {
    this.listeners.get(event)?.();
  }
  showInactive() {
    this.shown++;
  }
  destroy() {
    this.destroyed = true;
    this.fire('closed');
  }
  isDestroyed() {
    return this.destroyed;
  }
}

function setUp(monitors: Monitor[]) {
  const screen = { all: monitors };
  const windows: StandInWindow[] = [];
  const display = createCustomerDisplay({
    monitors: () => ({ all: screen.all, primaryId: LAPTOP.id }),
    createWindow: (bounds: DisplayBounds | null) => {
      const window = new StandInWindow(displayWindowOptions('/app/preload.cjs', bounds));
      windows.push(window);
      return window;
    },
    load: async (window) => {
      window.loaded++;
    },
  });
  return { screen, windows, display };
}

describe('the customer display window', () => {
  it('opens full screen on the second monitor at start, isolated like the till, without taking focus', () => {
    const { windows, display } = setUp([LAPTOP, FACING]);
    display.monitorsChanged();
    expect(windows).toHaveLength(1);
    const [window] = windows;
    expect(window?.options).toMatchObject({
      ...FACING.bounds,
      fullscreen: true,
      focusable: false,
      show: false,
    });
    expect(window?.options.webPreferences).toEqual(windowOptions('/app/preload.cjs').webPreferences);
    expect(window?.loaded).toBe(1);
    window?.fire('ready-to-show');
    expect(window?.shown).toBe(1);
    // Another monitor event does not open a second one.
    display.monitorsChanged();
    expect(windows).toHaveLength(1);
  });

  it('with one monitor opens only on request, as a plain window, and shows the same one again', () => {
    const { windows, display } = setUp([LAPTOP]);
    display.monitorsChanged();
    expect(windows).toHaveLength(0);
    expect(display.open()).toBe(true);
    expect(windows).toHaveLength(1);
    expect(windows[0]?.options.fullscreen).toBeUndefined();
    expect(display.open()).toBe(true);
    expect(windows).toHaveLength(1);
    expect(windows[0]?.shown).toBe(1);
    // Closed by the cashier: the next request opens a new one.
    windows[0]?.destroy();
    display.open();
    expect(windows).toHaveLength(2);
  });

  it('follows the monitor: opens when it is plugged in, closes when it goes, never over the till', () => {
    const { screen, windows, display } = setUp([LAPTOP]);
    display.monitorsChanged();
    screen.all = [LAPTOP, FACING];
    display.monitorsChanged();
    expect(windows).toHaveLength(1);
    expect(windows[0]?.options.fullscreen).toBe(true);
    screen.all = [LAPTOP];
    display.monitorsChanged();
    expect(windows[0]?.destroyed).toBe(true);
    expect(windows).toHaveLength(1);
  });

  it('a window opened on request stays when monitors change, and everything closes with the till', () => {
    const { screen, windows, display } = setUp([LAPTOP]);
    display.open();
    screen.all = [LAPTOP, FACING];
    display.monitorsChanged();
    expect(windows).toHaveLength(1);
    expect(windows[0]?.destroyed).toBe(false);
    display.close();
    expect(windows[0]?.destroyed).toBe(true);
    display.close();
  });
});
