// Who is signed in. The session token is kept for this tab (sessionStorage), so a reload (F5 in
// browser mode, or the window reloaded after a crash) asks the engine whether it still holds and
// carries on signed in. It is nothing more than that: the engine forgets every session when it
// restarts, ends it at sign-out, at the lock and when the person is deactivated or her PIN reset,
// and then the reload shows the sign-in screen. A locked till is not brought back by a reload either:
// the lock already ended the session, so a reload asks for a sign-in. Closing the tab forgets it.
import { create } from 'zustand';
import type { SignedIn, User } from '../../shared/contract';
import { call } from '../api/client';
import type { MessageKey, Params } from '../i18n';

interface SessionState {
  session: string | null;
  user: User | null;
  locked: boolean;
  /** A kept session is being checked with the engine after a reload: nothing is shown yet. */
  restoring: boolean;
  signIn: (signedIn: SignedIn) => void;
  signOut: () => void;
  /** Ends the session in the engine and shows the lock screen. */
  lock: () => void;
  /** The same person signed in again with her PIN. */
  unlock: (signedIn: SignedIn) => void;
  /**
   * What the sign-in screen must still say after everyone was signed out on purpose (a restored
   * backup, a taken-over device code), until the next sign-in. Worded there, in its language.
   */
  notices: Notice[];
  setNotices: (notices: Notice[]) => void;
}

export interface Notice {
  key: MessageKey;
  params?: Params;
  tone: 'success' | 'warn';
}

export const SESSION_KEY = 'karya.session';

interface Kept {
  session: string;
  user: User;
}

function keep(kept: Kept | null): void {
  try {
    if (kept) sessionStorage.setItem(SESSION_KEY, JSON.stringify(kept));
    else sessionStorage.removeItem(SESSION_KEY);
  } catch {
    // Without sessionStorage (a locked-down browser) a reload asks for the PIN, as before.
  }
}

function kept(): Kept | null {
  try {
    const text = sessionStorage.getItem(SESSION_KEY);
    if (!text) return null;
    const value = JSON.parse(text) as Partial<Kept>;
    if (typeof value.session !== 'string' || typeof value.user?.id !== 'number') return null;
    return { session: value.session, user: value.user };
  } catch {
    return null;
  }
}

export const useSession = create<SessionState>()((set, get) => ({
  session: null,
  user: null,
  locked: false,
  restoring: false,
  notices: [],
  signIn: ({ session, user }) => {
    keep({ session, user });
    set({ session, user, locked: false, restoring: false, notices: [] });
  },
  setNotices: (notices) => set({ notices }),
  signOut: () => {
    keep(null);
    set({ session: null, user: null, locked: false, restoring: false });
  },
  lock: () => {
    if (get().locked || !get().session) return;
    // Logged out while the session is still the current one; the reply does not matter.
    void call('auth.logout', {}).catch(() => undefined);
    keep(null);
    set({ locked: true });
  },
  unlock: ({ session, user }) => {
    keep({ session, user });
    set({ session, user, locked: false });
  },
}));

/**
 * After a reload: takes the session kept for this tab and asks the engine who it belongs to. Signed
 * in again only when the engine still knows it (and as the person the engine says, with her role
 * as it is now); otherwise the sign-in screen. Resolves once decided.
 */
export async function restoreSession(): Promise<void> {
  const found = kept();
  if (!found) return;
  useSession.setState({ session: found.session, user: found.user, restoring: true });
  let user: User | null = null;
  try {
    user = await call('auth.session', {});
  } catch {
    user = null;
  }
  if (user && useSession.getState().session === found.session) {
    useSession.getState().signIn({ session: found.session, user });
  } else if (useSession.getState().restoring) {
    useSession.getState().signOut();
  }
}
