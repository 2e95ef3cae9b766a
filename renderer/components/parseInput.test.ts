import { describe, expect, it } from 'vitest';
import { isLargeQty, parseCash, parsePieces, parseUnitPrice, parseWeightKg, priceDraft } from './parseInput';

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

describe('parsePieces', () => {
  it('takes whole pieces, grouped thousands too', () => {
    expect(parsePieces('3')).toEqual({ ok: true, qtyMilli: 3000 });
    expect(parsePieces(' 1.000 ')).toEqual({ ok: true, qtyMilli: 1_000_000 });
    expect(parsePieces('10000')).toEqual({ ok: true, qtyMilli: 10_000_000 });
  });

  it('says the real limit for whole numbers over it, not "whole number"', () => {
    const tooLarge = { ok: false, error: 'line.qtyTooLarge', params: { max: '10.000' } };
    expect(parsePieces('10001')).toEqual(tooLarge);
    expect(parsePieces('100000')).toEqual(tooLarge);
    expect(parsePieces('99999999')).toEqual(tooLarge);
    expect(parsePieces('99999999999')).toEqual(tooLarge);
    expect(parsePieces('9'.repeat(40))).toEqual(tooLarge);
  });

  it('refuses fractions and text as not whole, zero and minus as not more than 0', () => {
    expect(parsePieces('1,5')).toEqual({ ok: false, error: 'line.qtyInvalid' });
    expect(parsePieces('abc')).toEqual({ ok: false, error: 'line.qtyInvalid' });
    expect(parsePieces('')).toEqual({ ok: false, error: 'line.qtyInvalid' });
    expect(parsePieces('0')).toEqual({ ok: false, error: 'line.qtyZero' });
    expect(parsePieces('-3')).toEqual({ ok: false, error: 'line.qtyZero' });
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

describe('unit price', () => {
  it('refuses a minus instead of dropping it', () => {
    expect(parseUnitPrice('-5.000')).toEqual({ ok: false, error: 'line.priceNegative' });
    expect(parseUnitPrice(' \u22125000')).toEqual({ ok: false, error: 'line.priceNegative' });
    expect(parseUnitPrice('20.000')).toEqual({ ok: true, price: 20_000 });
    expect(parseUnitPrice('  ')).toEqual({ ok: true, price: undefined });
  });

  it('keeps the minus visible while typing', () => {
    expect(priceDraft('-5000')).toBe('-5.000');
    expect(priceDraft('-')).toBe('-');
    expect(priceDraft('20000')).toBe('20.000');
    expect(priceDraft('')).toBe('');
  });
});
