import { randomBytes } from 'node:crypto';

/**
 * Signed-in sessions live in memory only: restarting the app signs everyone out, which is what a
 * till should do. The value is the user id and the user's session epoch when it opened; the user's
 * role, active flag and epoch are read fresh from the database on every call, so a deactivated user,
 * or one whose PIN was reset or set by someone else, loses access at once (on every door).
 */
export class Sessions {
  private readonly byId = new Map<string, { userId: number; epoch: number }>();

  open(userId: number, epoch = 0): string {
    const id = randomBytes(32).toString('base64url');
    this.byId.set(id, { userId, epoch });
    return id;
  }

  userOf(session: string): number | undefined {
    return this.byId.get(session)?.userId;
  }

  /** The user's session epoch when this session opened (or was renewed). */
  epochOf(session: string): number | undefined {
    return this.byId.get(session)?.epoch;
  }

  /** Keeps this session valid after its own user raised the epoch (she changed her own PIN). */
  renew(session: string, epoch: number): void {
    const entry = this.byId.get(session);
    if (entry) entry.epoch = epoch;
  }

  close(session: string): void {
    this.byId.delete(session);
  }
}
