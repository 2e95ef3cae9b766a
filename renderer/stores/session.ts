// Who is signed in. The session lives in memory only: a reload or a restart asks for the PIN
// again, which is what a shared till should do. A locked till keeps the person (to unlock with her
// PIN) but not the session, which is ended in the engine when the lock falls.
import { create } from 'zustand';
import type { SignedIn, User } from '../../shared/contract';
import { call } from '../api/client';

interface SessionState {
  session: string | null;
  user: User | null;
  locked: boolean;
  signIn: (signedIn: SignedIn) => void;
  signOut: () => void;
  /** Ends the session in the engine and shows the lock screen. */
  lock: () => void;
  /** The same person signed in again with her PIN. */
  unlock: (signedIn: SignedIn) => void;
}

export const useSession = create<SessionState>()((set, get) => ({
  session: null,
  user: null,
  locked: false,
  signIn: ({ session, user }) => set({ session, user, locked: false }),
  signOut: () => set({ session: null, user: null, locked: false }),
  lock: () => {
    if (get().locked || !get().session) return;
    // Logged out while the session is still the current one; the reply does not matter.
    void call('auth.logout', {}).catch(() => undefined);
    set({ locked: true });
  },
  unlock: ({ session, user }) => set({ session, user, locked: false }),
}));
