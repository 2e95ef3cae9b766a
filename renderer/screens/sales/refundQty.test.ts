import { describe, expect, it } from 'vitest';
import { refundQtyMilli, typedQty } from './refundQty';

describe('refundQtyMilli', () => {
  it('reads whole pieces, and kilograms with a comma or a point', () => {
    expect(refundQtyMilli('2', false)).toBe(2000);
    expect(refundQtyMilli(' 12 ', false)).toBe(12_000);
    expect(refundQtyMilli('0,5', true)).toBe(500);
    expect(refundQtyMilli('1.255', true)).toBe(1255);
    expect(refundQtyMilli('2', true)).toBe(2000);
    // As every quantity field reads it: a dot groups thousands of pieces.
    expect(refundQtyMilli('1.000', false)).toBe(1_000_000);
  });

  it('takes empty and zero as nothing back, and refuses what is not a quantity', () => {
    expect(['', '  ', '0', '00', '0,0', '0.'].map((text) => refundQtyMilli(text, true))).toEqual(
      Array(6).fill(0),
    );
    expect(['1,5', '-1', 'dua', '1e3', '123456'].map((text) => refundQtyMilli(text, false))).toEqual(
      Array(5).fill(null),
    );
    expect(['1,2345', 'x', '-0,5'].map((text) => refundQtyMilli(text, true))).toEqual(Array(3).fill(null));
  });
});

describe('typedQty', () => {
  it('writes what may come back the way it would be typed', () => {
    expect(typedQty(3000, false)).toBe('3');
    expect(typedQty(1255, true)).toBe('1,255');
    expect(typedQty(500, true)).toBe('0,5');
    expect(typedQty(2000, true)).toBe('2');
    // Round-trips through the parser.
    for (const milli of [1, 10, 999, 1000, 1255, 25_500])
      expect(refundQtyMilli(typedQty(milli, true), true)).toBe(milli);
  });
});
