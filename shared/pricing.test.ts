import { describe, expect, it } from 'vitest';
import { formatNumber, formatRupiah } from './money';
import { cashChange, lineTotal, priceCart, quickCashAmounts } from './pricing';
import { formatQty, toQtyMilli } from './quantity';
import { calendarDay, formatDateTime } from './time';

describe('money', () => {
  it('formats rupiah with dot thousands and a plain space', () => {
    expect(formatRupiah(25_000)).toBe('Rp 25.000');
    expect(formatRupiah(1_250_000)).toBe('Rp 1.250.000');
    expect(formatRupiah(0)).toBe('Rp 0');
    expect(formatRupiah(25_000)).not.toContain('\u00a0');
    expect(formatNumber(50_000)).toBe('50.000');
  });
});

describe('pricing', () => {
  it('rounds weighed lines half-up to the rupiah, once per line', () => {
    expect(lineTotal(30_000, 1_255)).toBe(37_650);
    expect(lineTotal(33_333, 1_500)).toBe(50_000); // 49,999.5 -> 50,000
    expect(lineTotal(33_333, 1_499)).toBe(49_966); // 49,966.2 -> 49,966
    expect(lineTotal(25_000, 2_000)).toBe(50_000);
  });

  it('sums lines into subtotal and total', () => {
    const cart = priceCart([
      { unitPrice: 25_000, qtyMilli: 2_000 },
      { unitPrice: 35_000, qtyMilli: 1_000 },
    ]);
    expect(cart.lines.map((l) => l.lineTotal)).toEqual([50_000, 35_000]);
    expect([cart.subtotal, cart.total]).toEqual([85_000, 85_000]);
  });

  it('gives change only when cash covers the total', () => {
    expect(cashChange(85_000, 100_000)).toBe(15_000);
    expect(cashChange(85_000, 85_000)).toBe(0);
    expect(cashChange(85_000, 84_999)).toBeNull();
  });

  it('offers the exact amount and the next common notes', () => {
    expect(quickCashAmounts(85_000)).toEqual([85_000, 100_000]);
    expect(quickCashAmounts(12_000)).toEqual([12_000, 20_000, 50_000, 100_000]);
    expect(quickCashAmounts(50_000)).toEqual([50_000, 60_000, 100_000]);
    expect(quickCashAmounts(147_500)).toEqual([147_500, 150_000, 160_000, 200_000]);
  });
});

describe('quantity', () => {
  it('turns up to three decimals into milli-units and refuses more', () => {
    expect(toQtyMilli(2)).toBe(2_000);
    expect(toQtyMilli(1.255)).toBe(1_255);
    expect(toQtyMilli(0.1 + 0.2)).toBe(300);
    expect(toQtyMilli(1.2345)).toBeNull();
    expect(toQtyMilli(Number.NaN)).toBeNull();
    expect(formatQty(1_250, true)).toBe('1,250');
    expect(formatQty(2_000, false)).toBe('2');
  });
});

describe('time', () => {
  it('follows WITA for the business day and Indonesian date style', () => {
    expect(calendarDay(new Date('2026-11-28T15:59:59Z'), 'Asia/Makassar')).toBe('2026-11-28');
    expect(calendarDay(new Date('2026-11-28T16:00:00Z'), 'Asia/Makassar')).toBe('2026-11-29');
    expect(formatDateTime(new Date('2026-11-28T06:05:00Z'), 'Asia/Makassar')).toBe('28/11/2026 14.05');
  });
});
