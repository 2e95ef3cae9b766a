// The till's grid order on the real demo catalogue: categories by the manager's Urutan (the demo file
// puts Makanan first), so bawang goreng and sambal roa are among the first tiles, not the 20th.
import { describe, expect, it } from 'vitest';
import { engineIn } from '../../tests/support/engine';
import { tempDirPerTest } from '../../tests/support/tempDir';
import { inCategoryOrder } from './categoryOrder';

const tempDir = tempDirPerTest();

describe('inCategoryOrder', () => {
  it('puts the demo catalogue’s flagship products first, and follows the Urutan a manager sets', async () => {
    const t = engineIn(tempDir());
    const products = await t.ok('products.list', { limit: 10_000 });
    let grid = inCategoryOrder(products, await t.ok('categories.list', {}));
    expect(grid.slice(0, 9).map((p) => p.sku)).toEqual([
      'ABN-100',
      'BWG-100',
      'BWG-250',
      'BWG-500',
      'KUE-TPL',
      'RTI-MNS',
      'SBR-150',
      'SBR-250',
      'KPI-200',
    ]);
    expect(grid).toHaveLength(products.length);

    // The manager moves Kerajinan to the top: its tiles lead, the rest keep their order.
    await t.ok('categories.save', { originalName: 'Kerajinan', name: 'Kerajinan', sortOrder: -1 });
    grid = inCategoryOrder(products, await t.ok('categories.list', {}));
    expect(grid[0]?.category).toBe('Kerajinan');
    expect(grid.find((p) => p.category !== 'Kerajinan')?.sku).toBe('ABN-100');
    t.engine.close();
  });

  it('keeps products of a category the list does not know at the end, in the engine’s order', () => {
    const p = (sku: string, category: string) =>
      ({ id: sku.length, sku, category, name: sku }) as unknown as Parameters<
        typeof inCategoryOrder
      >[0][number];
    const sorted = inCategoryOrder(
      [p('a', 'X'), p('b', 'B'), p('c', 'A'), p('d', 'X')],
      [{ name: 'A' }, { name: 'B' }],
    );
    expect(sorted.map((x) => x.sku)).toEqual(['c', 'b', 'a', 'd']);
  });
});
