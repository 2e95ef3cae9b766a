import { randomBytes } from 'node:crypto';

/**
 * Signed-in sessions live in memory only: restarting the app signs everyone out, which is what a
 * till should do. The value is the user id; the user's role and active flag are read fresh from
 * the database on every call, so a deactivated user loses access at once.
 */
export class Sessions {
  private readonly byId = new Map<string, number>();

  open(userId: number): string {
    const id = randomBytes(32).toString('base64url');
    this.byId.set(id, userId);
    return id;
  }

  userOf(session: string): number | undefined {
    return this.byId.get(session);
  }

  close(session: string): void {
    this.byId.delete(session);
  }
}
