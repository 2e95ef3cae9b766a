import { describe, expect, it } from 'vitest';
import { parseCash, parseWeightKg } from './parseInput';

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

describe('parseCash', () => {
  it('keeps digits only', () => {
    expect(parseCash('50.000')).toBe(50_000);
    expect(parseCash('Rp 100000')).toBe(100_000);
    expect(parseCash('')).toBe(0);
    expect(parseCash('000')).toBe(0);
  });

  it('caps absurd amounts below the contract maximum', () => {
    expect(parseCash('9'.repeat(20))).toBe(999_999_999_999);
  });
});
