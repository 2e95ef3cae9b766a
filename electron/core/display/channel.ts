// The customer display's view, in memory per engine: the till publishes, the display reads. A
// restart shows the welcome screen until the till publishes again, which is right for a view of
// the till (nothing here is a record). Readers may wait for the next change instead of polling.
import type { DisplayView } from '../../../shared/contract';

/** How long a reader waits for a change before it is answered with the same view. */
export const DISPLAY_WAIT_MS = 25_000;
/** More waiting readers than this are answered at once (a display or two is the real number). */
const MAX_WAITERS = 32;

export interface DisplayOptions {
  /**
   * Opens the customer display window, or brings it forward; true when there is one. Only the
   * Electron door has windows to open; elsewhere `display.open` answers false.
   */
  openWindow?: () => boolean;
  /** Replaces DISPLAY_WAIT_MS (tests). */
  waitMs?: number;
}

export interface DisplayChannel {
  publish(view: DisplayView): number;
  /** Back to the welcome screen (the cashier signed out or the till locked). */
  clear(): void;
  read(): { revision: number; view: DisplayView | null };
  /** Resolves when the revision is no longer `sinceRevision`, or after the wait. */
  changeAfter(sinceRevision: number): Promise<void>;
  openWindow(): boolean;
  /** Answers every waiting reader (the engine is closing). */
  close(): void;
}

export function createDisplayChannel(options: DisplayOptions = {}): DisplayChannel {
  const waitMs = options.waitMs ?? DISPLAY_WAIT_MS;
  let revision = 0;
  let view: DisplayView | null = null;
  const waiters = new Set<() => void>();

  const wakeAll = () => {
    for (const wake of [...waiters]) wake();
  };

  return {
    publish(next) {
      revision += 1;
      view = next;
      wakeAll();
      return revision;
    },
    clear() {
      if (view === null) return;
      revision += 1;
      view = null;
      wakeAll();
    },
    read: () => ({ revision, view }),
    changeAfter(sinceRevision) {
      // A reader from before a restart holds a revision this engine never had: answer at once.
      if (sinceRevision !== revision || waiters.size >= MAX_WAITERS) return Promise.resolve();
      return new Promise((resolve) => {
        const wake = () => {
          clearTimeout(timer);
          waiters.delete(wake);
          resolve();
        };
        const timer = setTimeout(wake, waitMs);
        // A waiting display never keeps the process alive.
        timer.unref?.();
        waiters.add(wake);
      });
    },
    openWindow: () => options.openWindow?.() ?? false,
    close: wakeAll,
  };
}
