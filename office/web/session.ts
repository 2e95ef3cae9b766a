// Where the page is: asking the server, the first admin, sign-in, or signed in as someone.
import { create } from 'zustand';
import type { OfficeUser } from '../../shared/office/contract';
import { call, errorText, onSignedOut } from './api';

export type Phase =
  | { kind: 'loading' }
  | { kind: 'offline'; problem: string }
  | { kind: 'firstAdmin' }
  | { kind: 'signIn'; notice?: string }
  | { kind: 'in'; user: OfficeUser };

interface SessionState {
  phase: Phase;
  /** The office's name from the settings, for the top bar ('' until read or when not set). */
  officeName: string;
  setOfficeName: (name: string) => void;
  /** Asks the server whether anyone exists and who this browser is signed in as. */
  refresh: () => Promise<void>;
  signedIn: (user: OfficeUser) => void;
  signOut: () => Promise<void>;
}

export const useSession = create<SessionState>()((set) => ({
  phase: { kind: 'loading' },
  officeName: '',
  setOfficeName: (officeName) => set({ officeName }),
  refresh: async () => {
    try {
      const status = await call('auth.status', {});
      set({
        phase: status.needsFirstAdmin
          ? { kind: 'firstAdmin' }
          : status.user
            ? { kind: 'in', user: status.user }
            : { kind: 'signIn' },
      });
    } catch (error) {
      set({ phase: { kind: 'offline', problem: errorText(error) } });
    }
  },
  signedIn: (user) => set({ phase: { kind: 'in', user } }),
  signOut: async () => {
    await call('auth.signOut', {}).catch(() => undefined);
    set({ phase: { kind: 'signIn' } });
  },
}));

// A session that ended on the server (idle time, deactivated, new password) shows sign-in again.
onSignedOut(() => {
  if (useSession.getState().phase.kind === 'in') useSession.setState({ phase: { kind: 'signIn' } });
});
