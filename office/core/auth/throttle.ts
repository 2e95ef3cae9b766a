// Wrong passwords counted per client address, in memory: one address trying many names is slowed
// down even where no single name reaches its own lock (users.failed_sign_ins). A restart forgets
// these counts; the per-name locks are stored and survive it.

export const ADDRESS_FAILURE_LIMIT = 20;
export const ADDRESS_WINDOW_MS = 15 * 60_000;

export class AddressThrottle {
  private readonly failures = new Map<string, number[]>();

  constructor(
    private readonly limit = ADDRESS_FAILURE_LIMIT,
    private readonly windowMs = ADDRESS_WINDOW_MS,
  ) {}

  private recent(address: string, now: Date): number[] {
    const since = now.getTime() - this.windowMs;
    const kept = (this.failures.get(address) ?? []).filter((at) => at > since);
    if (kept.length === 0) this.failures.delete(address);
    else this.failures.set(address, kept);
    return kept;
  }

  /** Milliseconds this address must still wait, or 0 when it may try. */
  waitFor(address: string, now: Date): number {
    const recent = this.recent(address, now);
    if (recent.length < this.limit) return 0;
    const oldest = recent[recent.length - this.limit] as number;
    return Math.max(1, oldest + this.windowMs - now.getTime());
  }

  fail(address: string, now: Date): void {
    this.failures.set(address, [...this.recent(address, now), now.getTime()]);
  }
}
