import { describe, expect, it } from 'vitest';
import type { DisplayView } from '../../../shared/contract';
import { engineIn } from '../../../tests/support/engine';
import { tempDirPerTest } from '../../../tests/support/tempDir';

const tempDir = tempDirPerTest();

const VIEW: DisplayView = {
  state: 'cart',
  lines: [{ name: 'Bawang Goreng Palu 100 g', qtyText: '2 pcs', amount: 50_000 }],
  lineCount: 1,
  discount: 0,
  ppn: 0,
  total: 50_000,
  due: null,
  change: null,
  qris: null,
  receiptNo: null,
};

/** Settles within `ms`, or says it is still waiting. */
function within<T>(promise: Promise<T>, ms: number): Promise<T | 'waiting'> {
  return Promise.race([promise, new Promise<'waiting'>((r) => setTimeout(() => r('waiting'), ms))]);
}

describe('customer display', () => {
  it('shows what the till published, with a revision that moves on each change', async () => {
    const t = engineIn(tempDir());
    // Nobody signed in: the display page may read, never write.
    expect(await t.engine.call('display.state', {}, undefined)).toEqual({
      ok: true,
      data: { revision: 0, view: null },
    });
    const anonymous = await t.engine.call('display.publish', VIEW, undefined);
    expect(anonymous).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    const sri = await t.as('cashier', 'Sri');
    expect(await sri.ok('display.publish', VIEW)).toEqual({ revision: 1 });
    expect(await sri.ok('display.publish', { ...VIEW, state: 'paid', change: 15_000 })).toEqual({
      revision: 2,
    });
    expect(await t.engine.call('display.state', { sinceRevision: 1 }, undefined)).toMatchObject({
      ok: true,
      data: { revision: 2, view: { state: 'paid', change: 15_000 } },
    });
    // Signing out (or the till locking) puts the welcome screen back: no cart left for the next buyer.
    expect(await sri.ok('auth.logout', {})).toEqual({ ok: true });
    expect(await t.engine.call('display.state', {}, undefined)).toEqual({
      ok: true,
      data: { revision: 3, view: null },
    });
    // Another engine (another till in this process) has its own view.
    const other = engineIn(tempDir());
    expect((await other.ok('display.state', {})).revision).toBe(0);
    other.engine.close();
    t.engine.close();
  });

  it('refuses bad input with an Indonesian message and keeps the view', async () => {
    const t = engineIn(tempDir());
    const sri = await t.as('cashier', 'Sri');
    await sri.ok('display.publish', VIEW);
    const bad: unknown[] = [
      { ...VIEW, total: 1.5 },
      { ...VIEW, total: -1 },
      { ...VIEW, change: 2_000_000_000_000 },
      { ...VIEW, state: 'dancing' },
      { ...VIEW, lineCount: 2.5 },
      { ...VIEW, lines: [{ name: 'x'.repeat(121), qtyText: '1', amount: 1 }] },
      { ...VIEW, lines: [{ name: 'Sambal', qtyText: '1', amount: 1, cost: 1 }] },
      { ...VIEW, lines: Array.from({ length: 51 }, () => VIEW.lines[0]) },
      { ...VIEW, qris: { payload: 'x'.repeat(513), amount: 1, merchant: null } },
      { ...VIEW, shopName: 'x'.repeat(81) },
      { ...VIEW, extra: true },
      { state: 'cart' },
    ];
    for (const input of bad) {
      const result = await sri.call('display.publish', input as DisplayView);
      expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
      if (!result.ok) expect(result.error.message).not.toMatch(/expected|invalid/i);
    }
    for (const input of [{ sinceRevision: -1 }, { sinceRevision: 0.5 }, { since: 1 }]) {
      expect((await t.engine.call('display.state', input, undefined)).ok).toBe(false);
    }
    expect(await sri.ok('display.state', {})).toEqual({ revision: 1, view: VIEW });
    t.engine.close();
  });

  it('answers a reader who has the latest view when the till publishes, or after the wait', async () => {
    const t = engineIn(tempDir(), { display: { waitMs: 300 } });
    const sri = await t.as('cashier', 'Sri');
    await sri.ok('display.publish', VIEW);

    // A revision the reader does not have yet comes back at once.
    expect(await within(t.engine.call('display.state', { sinceRevision: 0 }, undefined), 50)).toMatchObject({
      ok: true,
      data: { revision: 1 },
    });
    // A reader who is up to date waits until the till publishes.
    const waiting = t.engine.call('display.state', { sinceRevision: 1 }, undefined);
    expect(await within(waiting, 100)).toBe('waiting');
    await sri.ok('display.publish', { ...VIEW, total: 75_000 });
    expect(await within(waiting, 50)).toMatchObject({
      ok: true,
      data: { revision: 2, view: { total: 75_000 } },
    });

    // Nothing new: the same view after the wait, so the display knows the till is still there.
    const started = Date.now();
    expect(await t.engine.call('display.state', { sinceRevision: 2 }, undefined)).toMatchObject({
      ok: true,
      data: { revision: 2 },
    });
    expect(Date.now() - started).toBeGreaterThanOrEqual(250);

    // A display still holding a revision from before a restart is answered at once.
    expect(await within(t.engine.call('display.state', { sinceRevision: 40 }, undefined), 50)).toMatchObject({
      ok: true,
      data: { revision: 2 },
    });

    // Closing the engine answers whoever is waiting.
    const last = t.engine.call('display.state', { sinceRevision: 2 }, undefined);
    await new Promise((r) => setTimeout(r, 20));
    t.engine.close();
    expect(await within(last, 50)).toMatchObject({ ok: true, data: { revision: 2 } });
  });

  it('opens the window only where the door has one', async () => {
    const plain = engineIn(tempDir());
    const sri = await plain.as('cashier', 'Sri');
    expect(await sri.ok('display.open', {})).toEqual({ opened: false });
    expect((await plain.engine.call('display.open', {}, undefined)).ok).toBe(false);
    plain.engine.close();

    let opened = 0;
    const desktop = engineIn(tempDir(), {
      display: {
        openWindow: () => {
          opened += 1;
          return true;
        },
      },
    });
    const ani = await desktop.as('cashier', 'Ani');
    expect(await ani.ok('display.open', {})).toEqual({ opened: true });
    expect(opened).toBe(1);
    desktop.engine.close();
  });
});
