// The client's answer to a forgotten session: sign out, except while the till is locked or when the
// refusal is about a session that is no longer the current one. The engine here is a stand-in bridge
// (window.karya) that refuses every command as UNAUTHENTICATED, as the real one does after a lock.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CommandResult, KaryaBridge, User } from '../../shared/contract';
import { useSession } from '../stores/session';
import { ApiError, call } from './client';

const sri: User = { id: 2, name: 'Sri', role: 'cashier' } as User;

let answer: () => Promise<CommandResult<never>>;
const refused = () =>
  Promise.resolve({
    ok: false,
    error: { code: 'UNAUTHENTICATED', message: 'Sesi berakhir.', key: 'auth.signInAgain' },
  } as CommandResult<never>);

beforeEach(() => {
  answer = refused;
  const bridge = { call: () => answer() } as unknown as KaryaBridge;
  (globalThis as { window?: unknown }).window = { karya: bridge };
  useSession.setState({ session: 's-1', user: sri, locked: false, restoring: false });
});

afterEach(() => {
  delete (globalThis as { window?: unknown }).window;
});

describe('call() after the engine forgot the session', () => {
  it('signs out when the till is in use', async () => {
    await expect(call('printing.jobs', {} as never)).rejects.toBeInstanceOf(ApiError);
    expect(useSession.getState()).toMatchObject({ session: null, user: null, locked: false });
  });

  it('keeps the lock screen (and who it is for) when a poll is refused while locked', async () => {
    useSession.setState({ locked: true });
    await expect(call('printing.jobs', {} as never)).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(useSession.getState()).toMatchObject({ session: 's-1', user: sri, locked: true });
  });

  it('ignores a refusal about an older session once another one is current', async () => {
    answer = async () => {
      // The person signed in again while the old command was on its way.
      useSession.setState({ session: 's-2' });
      return refused();
    };
    await expect(call('printing.jobs', {} as never)).rejects.toBeInstanceOf(ApiError);
    expect(useSession.getState()).toMatchObject({ session: 's-2', user: sri });
  });
});
