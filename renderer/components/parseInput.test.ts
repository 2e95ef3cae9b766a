import { describe, expect, it } from 'vitest';
import { isLargeQty, parseWeightKg } from './parseInput';

describe('parseWeightKg', () => {
  it('accepts comma or dot decimals up to three places', () => {
    expect(parseWeightKg('1,25')).toEqual({ ok: true, qtyMilli: 1250 });
    expect(parseWeightKg('1.25')).toEqual({ ok: true, qtyMilli: 1250 });
    expect(parseWeightKg(' 0,005 ')).toEqual({ ok: true, qtyMilli: 5 });
    expect(parseWeightKg('2')).toEqual({ ok: true, qtyMilli: 2000 });
    expect(parseWeightKg(',5')).toEqual({ ok: true, qtyMilli: 500 });
    expect(parseWeightKg('1,255')).toEqual({ ok: true, qtyMilli: 1255 });
  });

  it('refuses text, four decimals, zero and huge weights', () => {
    expect(parseWeightKg('')).toEqual({ ok: false, error: 'weight.invalid' });
    expect(parseWeightKg('abc')).toEqual({ ok: false, error: 'weight.invalid' });
    expect(parseWeightKg('1,2345')).toEqual({ ok: false, error: 'weight.invalid' });
    expect(parseWeightKg('1.2.3')).toEqual({ ok: false, error: 'weight.invalid' });
    expect(parseWeightKg('-1')).toEqual({ ok: false, error: 'weight.invalid' });
    expect(parseWeightKg('0,000')).toEqual({ ok: false, error: 'weight.zero' });
    expect(parseWeightKg('10001')).toEqual({ ok: false, error: 'weight.tooLarge' });
    expect(parseWeightKg('99999999')).toEqual({ ok: false, error: 'weight.tooLarge' });
  });
});

describe('isLargeQty', () => {
  it('asks above 1.000 pieces or 100 kg', () => {
    expect(isLargeQty(1_000_000, false)).toBe(false);
    expect(isLargeQty(1_001_000, false)).toBe(true);
    expect(isLargeQty(100_000, true)).toBe(false);
    expect(isLargeQty(100_001, true)).toBe(true);
  });
});
