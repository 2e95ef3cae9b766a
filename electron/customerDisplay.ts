// The customer display window: full screen on a second monitor when there is one (at start, or when
// it is plugged in), closed when that monitor goes (so it never lands full screen over the till),
// and a plain window on request (Layar pembeli) when there is no second monitor. Electron's objects
// come in as small stand-in-able shapes, so the rules are tested under plain Node.
import { customerMonitor, type DisplayBounds, type Monitor } from './window';

/** The part of a BrowserWindow this module uses. */
export interface DisplayWindow {
  once(event: 'ready-to-show', listener: () => void): unknown;
  on(event: 'closed', listener: () => void): unknown;
  showInactive(): void;
  destroy(): void;
  isDestroyed(): boolean;
}

export interface CustomerDisplayDeps<W extends DisplayWindow> {
  /** The monitors now, and which one is the primary (the till's). */
  monitors(): { all: readonly Monitor[]; primaryId: number };
  /** A new window: full screen at `bounds`, or a plain window when null. */
  createWindow(bounds: DisplayBounds | null): W;
  /** Loads the display page (`#/display`) into it. */
  load(window: W): Promise<void>;
  onError?(error: unknown): void;
}

export interface CustomerDisplay {
  /** The cashier asked for it: show the open one, or open one (on a second monitor if any). */
  open(): boolean;
  /** At start and whenever monitors come or go. */
  monitorsChanged(): void;
  close(): void;
}

export function createCustomerDisplay<W extends DisplayWindow>(
  deps: CustomerDisplayDeps<W>,
): CustomerDisplay {
  let current: { window: W; monitorId: number | null } | null = null;

  const live = () => (current && !current.window.isDestroyed() ? current : null);

  const close = () => {
    const open = live();
    current = null;
    open?.window.destroy();
  };

  const openOn = (monitor: Monitor | null): boolean => {
    const window = deps.createWindow(monitor?.bounds ?? null);
    current = { window, monitorId: monitor?.id ?? null };
    // Shown without taking focus: the next scan still goes to the till.
    window.once('ready-to-show', () => window.showInactive());
    window.on('closed', () => {
      if (current?.window === window) current = null;
    });
    deps.load(window).catch((error: unknown) => deps.onError?.(error));
    return true;
  };

  return {
    open() {
      const open = live();
      if (open) {
        open.window.showInactive();
        return true;
      }
      const { all, primaryId } = deps.monitors();
      return openOn(customerMonitor(all, primaryId));
    },
    monitorsChanged() {
      const { all, primaryId } = deps.monitors();
      const open = live();
      // Its monitor is gone (or became the till's): close it rather than cover the till.
      if (
        open &&
        open.monitorId !== null &&
        !all.some((m) => m.id === open.monitorId && m.id !== primaryId)
      ) {
        close();
      }
      if (live()) return;
      const monitor = customerMonitor(all, primaryId);
      if (monitor) openOn(monitor);
    },
    close,
  };
}
