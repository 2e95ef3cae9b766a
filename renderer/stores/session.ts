// Who is signed in. The session lives in memory only: a reload or a restart asks for the PIN
// again, which is what a shared till should do.
import { create } from 'zustand';
import type { SignedIn, User } from '../../shared/contract';

interface SessionState {
  session: string | null;
  user: User | null;
  signIn: (signedIn: SignedIn) => void;
  signOut: () => void;
}

export const useSession = create<SessionState>()((set) => ({
  session: null,
  user: null,
  signIn: ({ session, user }) => set({ session, user }),
  signOut: () => set({ session: null, user: null }),
}));
