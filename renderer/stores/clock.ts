// What the engine's clock guard says (docs/clock.md). The shell asks at sign-in, after unlocking
// and every minute; the API client asks again whenever a command is refused with CLOCK_SUSPECT, so
// the warning shows the moment selling stops and goes once the clock is fixed or accepted.
import { create } from 'zustand';
import type { ClockStatus } from '../../shared/contract';
import { call } from '../api/client';

interface ClockState {
  /** The last answer of `clock.status`; null until the first one. */
  status: ClockStatus | null;
  /** Asks the engine again; an unanswered question keeps the last answer. */
  check: () => Promise<void>;
  /** A manager accepted the clock: the answer of `clock.confirm`. */
  accepted: (status: ClockStatus) => void;
  /** Nobody signed in any more: forget the answer. */
  reset: () => void;
}

export const useClock = create<ClockState>()((set) => ({
  status: null,
  check: async () => {
    try {
      set({ status: await call('clock.status', {}) });
    } catch {
      // The engine is not answering; the shell says so already.
    }
  },
  accepted: (status) => set({ status }),
  reset: () => set({ status: null }),
}));
