import { describe, expect, it } from 'vitest';
import { qtyOf, readMoney, readQty, readRupiah, showMoney, showQty } from './fieldRules';

describe('readMoney', () => {
  it('reads whole rupiah typed plainly, grouped or with Rp', () => {
    expect(readMoney('25000')).toEqual({ ok: true, value: 25_000 });
    expect(readMoney('25.000')).toEqual({ ok: true, value: 25_000 });
    expect(readMoney('Rp 1.250.000')).toEqual({ ok: true, value: 1_250_000 });
    expect(readMoney('0')).toEqual({ ok: true, value: 0 });
    expect(readMoney('1.000.000.000.000')).toEqual({ ok: true, value: 1_000_000_000_000 });
    expect(readMoney('', { optional: true })).toEqual({ ok: true, value: null });
  });

  it('refuses what whole rupiah cannot hold, naming why', () => {
    expect(readMoney('')).toEqual({ ok: false, error: 'ui.money.required' });
    expect(readRupiah('  ')).toEqual({ ok: false, error: 'ui.money.required' });
    expect(readMoney('-5000')).toEqual({ ok: false, error: 'ui.money.negative' });
    expect(readMoney('20,50')).toEqual({ ok: false, error: 'ui.money.invalid' });
    expect(readMoney('20.5')).toEqual({ ok: false, error: 'ui.money.invalid' });
    expect(readMoney('dua puluh')).toEqual({ ok: false, error: 'ui.money.invalid' });
    expect(readMoney('1.000.000.000.001')).toEqual({ ok: false, error: 'ui.money.tooLarge' });
    expect(readMoney('99999999999999999999')).toEqual({ ok: false, error: 'ui.money.tooLarge' });
  });

  it('shows a good amount with thousands separators and leaves a bad one as typed', () => {
    expect(showMoney('1250000')).toBe('1.250.000');
    expect(showMoney('20,50')).toBe('20,50');
    expect(showMoney('')).toBe('');
  });
});

describe('readQty', () => {
  it('reads pieces, kilograms with either decimal mark, grouped counts and signs where allowed', () => {
    expect(readQty('2', { soldByWeight: false })).toEqual({ ok: true, value: 2000 });
    expect(readQty('1,25', { soldByWeight: true })).toEqual({ ok: true, value: 1250 });
    expect(readQty(' 0.005 ', { soldByWeight: true })).toEqual({ ok: true, value: 5 });
    expect(readQty('10.000', { soldByWeight: false })).toEqual({ ok: true, value: 10_000_000 });
    expect(readQty('1.234,5', { soldByWeight: true })).toEqual({ ok: true, value: 1_234_500 });
    expect(readQty('2,000', { soldByWeight: false })).toEqual({ ok: true, value: 2000 });
    expect(readQty('-3', { soldByWeight: false, signed: true })).toEqual({ ok: true, value: -3000 });
    expect(readQty('0', { soldByWeight: false, zero: true })).toEqual({ ok: true, value: 0 });
    expect(qtyOf(1250)).toBe(1.25);
  });

  it('refuses what a line cannot hold, naming why', () => {
    expect(readQty('1,5', { soldByWeight: false })).toEqual({ ok: false, error: 'ui.qty.whole' });
    expect(readQty('-1', { soldByWeight: false })).toEqual({ ok: false, error: 'ui.qty.negative' });
    expect(readQty('0', { soldByWeight: false })).toEqual({ ok: false, error: 'ui.qty.positive' });
    expect(readQty('1,2345', { soldByWeight: true })).toEqual({ ok: false, error: 'ui.qty.decimals' });
    expect(readQty('dua', { soldByWeight: false })).toEqual({ ok: false, error: 'ui.qty.invalid' });
    expect(readQty('', { soldByWeight: false })).toEqual({ ok: false, error: 'ui.qty.invalid' });
    // Whole numbers over the limit are too large, not "not whole".
    expect(readQty('100000', { soldByWeight: false })).toEqual({ ok: false, error: 'ui.qty.tooLarge' });
    expect(readQty('99999999999', { soldByWeight: false })).toEqual({ ok: false, error: 'ui.qty.tooLarge' });
    expect(readQty('10.001', { soldByWeight: false })).toEqual({ ok: false, error: 'ui.qty.tooLarge' });
    expect(readQty('10000,001', { soldByWeight: true })).toEqual({ ok: false, error: 'ui.qty.tooLarge' });
  });

  it('shows a good quantity with thousands separators', () => {
    expect(showQty('10000', { soldByWeight: false })).toBe('10.000');
    expect(showQty('1,25', { soldByWeight: true })).toBe('1,250');
    expect(showQty('1,5', { soldByWeight: false })).toBe('1,5');
  });
});
