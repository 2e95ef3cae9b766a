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

describe('customer display', () => {
  it('shows what the till published, with a revision that moves on each change', async () => {
    const t = engineIn(tempDir());
    // Nobody signed in: the display page may read, never write.
    expect(await t.engine.call('display.state', {}, undefined)).toEqual({
      ok: true,
      data: { revision: 0, view: null },
    });
    expect((await t.engine.call('display.publish', VIEW, undefined)).ok).toBe(false);
    const sri = await t.as('cashier', 'Sri');
    expect(await sri.ok('display.publish', VIEW)).toEqual({ revision: 1 });
    expect(await sri.ok('display.publish', { ...VIEW, state: 'paid', change: 15_000 })).toEqual({
      revision: 2,
    });
    expect(await t.engine.call('display.state', { sinceRevision: 1 }, undefined)).toMatchObject({
      ok: true,
      data: { revision: 2, view: { state: 'paid', change: 15_000 } },
    });
    // Bad input changes nothing.
    expect((await sri.call('display.publish', { ...VIEW, total: 1.5 })).ok).toBe(false);
    expect(
      (
        await sri.call('display.publish', {
          ...VIEW,
          lines: [{ name: 'x'.repeat(200), qtyText: '1', amount: 1 }],
        })
      ).ok,
    ).toBe(false);
    expect(
      (await t.engine.call('display.state', {}, undefined)).ok &&
        (await sri.ok('display.state', {})).revision,
    ).toBe(2);
    // Another engine (another till in this process) has its own view.
    const other = engineIn(tempDir());
    expect((await other.ok('display.state', {})).revision).toBe(0);
    other.engine.close();
    t.engine.close();
  });
});
