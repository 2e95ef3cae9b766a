import { describe, expect, it } from 'vitest';
import { parseQty, qtyOf } from './parseQty';

describe('parseQty', () => {
  it('reads pieces, kilograms with either decimal mark, and signs where allowed', () => {
    expect(parseQty('2', { soldByWeight: false })).toEqual({ ok: true, qtyMilli: 2000 });
    expect(parseQty('1,25', { soldByWeight: true })).toEqual({ ok: true, qtyMilli: 1250 });
    expect(parseQty(' 0.005 ', { soldByWeight: true })).toEqual({ ok: true, qtyMilli: 5 });
    expect(parseQty('-3', { soldByWeight: false, signed: true })).toEqual({ ok: true, qtyMilli: -3000 });
    expect(parseQty('0', { soldByWeight: false, zero: true })).toEqual({ ok: true, qtyMilli: 0 });
    expect(qtyOf(1250)).toBe(1.25);
  });

  it('refuses what the engine would refuse', () => {
    expect(parseQty('1,5', { soldByWeight: false })).toEqual({ ok: false, error: 'stock.qty.whole' });
    expect(parseQty('-1', { soldByWeight: false })).toEqual({ ok: false, error: 'stock.qty.invalid' });
    expect(parseQty('0', { soldByWeight: false })).toEqual({ ok: false, error: 'stock.qty.invalid' });
    expect(parseQty('1,2345', { soldByWeight: true })).toEqual({ ok: false, error: 'stock.qty.invalid' });
    expect(parseQty('dua', { soldByWeight: false })).toEqual({ ok: false, error: 'stock.qty.invalid' });
    expect(parseQty('', { soldByWeight: false })).toEqual({ ok: false, error: 'stock.qty.invalid' });
    expect(parseQty('123456', { soldByWeight: false })).toEqual({ ok: false, error: 'stock.qty.tooLarge' });
  });
});
