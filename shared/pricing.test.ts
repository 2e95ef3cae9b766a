import { describe, expect, it } from 'vitest';
import { formatNumber, formatRupiah } from './money';
import { allocate, cashChange, cashRounding, lineGross, priceCart, quickCashAmounts } from './pricing';
import { formatQty, toQtyMilli } from './quantity';
import { calendarDay, formatDateTime, formatLongDay } from './time';

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
    expect(lineGross(30_000, 1_255)).toBe(37_650);
    expect(lineGross(33_333, 1_500)).toBe(50_000); // 49,999.5 -> 50,000
    expect(lineGross(33_333, 1_499)).toBe(49_966); // 49,966.2 -> 49,966
    expect(lineGross(25_000, 2_000)).toBe(50_000);
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
    expect(formatLongDay('2026-11-28')).toBe('Sabtu, 28 November 2026');
    expect(formatLongDay('2026-11-28', 'en')).toBe('Saturday, 28 November 2026');
    expect(formatLongDay('2026-11-28', 'id', true)).toBe('Sab, 28 Nov 2026');
  });
});

describe('discounts, tax and rounding', () => {
  const lines = [
    { unitPrice: 25_000, qtyMilli: 2_000 }, // 50.000
    { unitPrice: 35_000, qtyMilli: 1_000 }, // 35.000
  ];

  it('takes line discounts in rupiah or percent, then the order discount spread over the lines', () => {
    const cart = priceCart(
      [
        { ...lines[0], unitPrice: 25_000, qtyMilli: 2_000, discount: { kind: 'percent', bp: 1_000 } }, // -5.000
        { unitPrice: 35_000, qtyMilli: 1_000, discount: { kind: 'amount', value: 2_000 } }, // -2.000
      ],
      { orderDiscount: { kind: 'amount', value: 7_800 } },
    );
    expect(cart.lines.map((l) => [l.gross, l.lineDiscount, l.orderDiscountShare, l.lineTotal])).toEqual([
      [50_000, 5_000, 4_500, 40_500],
      [35_000, 2_000, 3_300, 29_700],
    ]);
    expect([cart.subtotal, cart.lineDiscounts, cart.orderDiscount, cart.discountTotal, cart.total]).toEqual([
      85_000, 7_000, 7_800, 14_800, 70_200,
    ]);
  });

  it('refuses a discount larger than what it discounts', () => {
    expect(() =>
      priceCart([{ unitPrice: 5_000, qtyMilli: 1_000, discount: { kind: 'amount', value: 5_001 } }]),
    ).toThrow(/tidak boleh lebih besar/);
    expect(() => priceCart(lines, { orderDiscount: { kind: 'percent', bp: 10_001 } })).toThrow(
      /antara 0 dan 100/,
    );
  });

  it('computes PPN inside inclusive prices (11/111 at 11%) and on top of exclusive ones', () => {
    const inclusive = priceCart([{ unitPrice: 111_000, qtyMilli: 1_000 }], {
      tax: { mode: 'inclusive', rateBp: 1_100 },
    });
    expect([inclusive.dpp, inclusive.ppn, inclusive.total]).toEqual([100_000, 11_000, 111_000]);
    const exclusive = priceCart([{ unitPrice: 100_000, qtyMilli: 1_000 }], {
      tax: { mode: 'exclusive', rateBp: 1_100 },
    });
    expect([exclusive.dpp, exclusive.ppn, exclusive.total]).toEqual([100_000, 11_000, 111_000]);
    const off = priceCart(lines);
    expect([off.dpp, off.ppn, off.total]).toEqual([85_000, 0, 85_000]);
  });

  it('stores PPN per line and sums it for the total', () => {
    const cart = priceCart(lines, { tax: { mode: 'inclusive', rateBp: 1_100 } });
    expect(cart.lines.map((l) => l.ppn)).toEqual([4_955, 3_468]); // 50.000 x 11/111, 35.000 x 11/111
    expect(cart.ppn).toBe(8_423);
    expect(cart.dpp + cart.ppn).toBe(cart.total);
  });

  it('rounds cash to the nearest Rp 100 or Rp 500, half up', () => {
    expect(cashRounding(85_049, 100)).toBe(-49);
    expect(cashRounding(85_050, 100)).toBe(50);
    expect(cashRounding(85_249, 500)).toBe(-249);
    expect(cashRounding(85_250, 500)).toBe(250);
    expect(cashRounding(85_249, 0)).toBe(0);
  });

  it('splits an amount in proportion so the parts sum exactly', () => {
    expect(allocate(100, [1, 1, 1])).toEqual([34, 33, 33]);
    expect(allocate(7_800, [45_000, 33_000])).toEqual([4_500, 3_300]);
    expect(allocate(0, [5, 5])).toEqual([0, 0]);
    // Nothing to weigh by: shared evenly, never lost (a property test found this one).
    expect(allocate(1, [0])).toEqual([1]);
    expect(allocate(5, [0, 0])).toEqual([3, 2]);
  });
});
