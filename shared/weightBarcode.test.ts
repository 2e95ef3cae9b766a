import { describe, expect, it } from 'vitest';
import { ean13CheckDigit } from './barcode';
import {
  DEFAULT_SCALE_SETTINGS,
  layoutProblem,
  makeScaleBarcode,
  overlappingPrefixes,
  qtyMilliFromPrice,
  readScaleBarcode,
  type ScaleLayout,
  type ScaleSettings,
} from './weightBarcode';

const weight: ScaleLayout = { prefix: '20', itemDigits: 5, valueKind: 'weight', valueDigits: 5 };
const price: ScaleLayout = { prefix: '22', itemDigits: 4, valueKind: 'price', valueDigits: 6 };
const both: ScaleSettings = { enabled: true, layouts: [weight, price] };

describe('readScaleBarcode', () => {
  it('reads PLU and grams from the default layout (20 + 5-digit PLU + 5-digit grams + check)', () => {
    // 20 00020 01250 + check digit (worked by hand: 2+6+1+6+5 = 20, so 0): PLU 20, 1,250 kg.
    const code = `200002001250${ean13CheckDigit('200002001250')}`;
    expect(code).toBe('2000020012500');
    expect(readScaleBarcode(code, DEFAULT_SCALE_SETTINGS)).toEqual({
      kind: 'scale',
      layout: weight,
      plu: 20,
      valueKind: 'weight',
      value: 1250,
    });
  });

  it('reads a price label when a layout says the value is rupiah', () => {
    const code = makeScaleBarcode(price, 7, 45_000);
    expect(code.slice(0, 12)).toBe('220007045000');
    expect(readScaleBarcode(code, both)).toMatchObject({
      kind: 'scale',
      plu: 7,
      valueKind: 'price',
      value: 45_000,
    });
  });

  it('refuses a label whose check digit is wrong, in Indonesian', () => {
    const good = makeScaleBarcode(weight, 20, 1250);
    const bad = good.slice(0, 12) + String((Number(good[12]) + 1) % 10);
    const reading = readScaleBarcode(bad, DEFAULT_SCALE_SETTINGS);
    expect(reading).toMatchObject({ kind: 'invalid', message: { key: 'search.scaleCheckDigit' } });
  });

  it('leaves alone what is not a scale label: other prefixes, other lengths, disabled layouts', () => {
    expect(readScaleBarcode('2990000000019', DEFAULT_SCALE_SETTINGS)).toEqual({ kind: 'none' });
    expect(readScaleBarcode('8991234567891', DEFAULT_SCALE_SETTINGS)).toEqual({ kind: 'none' });
    expect(readScaleBarcode('20000200', DEFAULT_SCALE_SETTINGS)).toEqual({ kind: 'none' });
    expect(readScaleBarcode('20000200125A5', DEFAULT_SCALE_SETTINGS)).toEqual({ kind: 'none' });
    const code = makeScaleBarcode(weight, 20, 1250);
    expect(readScaleBarcode(code, { ...DEFAULT_SCALE_SETTINGS, enabled: false })).toEqual({ kind: 'none' });
    // A layout that no longer fits 13 digits is ignored rather than misread.
    const broken = { enabled: true, layouts: [{ ...weight, itemDigits: 6 }] };
    expect(readScaleBarcode(code, broken)).toEqual({ kind: 'none' });
  });

  it('follows a configured layout: one-digit prefix with a 6-digit PLU', () => {
    const layout: ScaleLayout = { prefix: '2', itemDigits: 6, valueKind: 'weight', valueDigits: 5 };
    const code = makeScaleBarcode(layout, 123_456, 875);
    expect(code.slice(0, 12)).toBe('212345600875');
    expect(readScaleBarcode(code, { enabled: true, layouts: [layout] })).toMatchObject({
      plu: 123_456,
      value: 875,
    });
    // The same digits under the default layout mean something else, or nothing.
    expect(readScaleBarcode(code, DEFAULT_SCALE_SETTINGS)).toEqual({ kind: 'none' });
  });
});

describe('layout rules', () => {
  it('needs prefix + PLU + value to fill exactly 12 digits, and a prefix in the 2 range', () => {
    expect(layoutProblem(weight)).toBeNull();
    expect(layoutProblem(price)).toBeNull();
    expect(layoutProblem({ ...weight, valueDigits: 4 })).toEqual({
      key: 'search.scaleLayoutLength',
      params: { prefix: '20', used: 11 },
    });
    expect(layoutProblem({ ...weight, prefix: '99' })).toMatchObject({ key: 'search.scalePrefixInvalid' });
    expect(layoutProblem({ ...weight, prefix: '2a' })).toMatchObject({ params: { prefix: '2a' } });
  });

  it('finds prefixes that overlap', () => {
    expect(overlappingPrefixes([weight, price])).toBeNull();
    expect(overlappingPrefixes([weight, { ...price, prefix: '2' }])).toEqual(['20', '2']);
  });

  it('will not build a label whose numbers do not fit', () => {
    expect(() => makeScaleBarcode(weight, 123_456, 1)).toThrow(/does not fit/);
  });
});

describe('qtyMilliFromPrice', () => {
  it('turns a label price into grams at the price per kg, rounded half-up', () => {
    expect(qtyMilliFromPrice(45_000, 30_000)).toBe(1500);
    expect(qtyMilliFromPrice(10_000, 30_000)).toBe(333); // 333.33 g
    expect(qtyMilliFromPrice(20_000, 30_000)).toBe(667); // 666.67 g
    expect(qtyMilliFromPrice(15, 30_000)).toBe(1); // 0.5 g rounds up
    expect(qtyMilliFromPrice(14, 30_000)).toBe(0);
    expect(qtyMilliFromPrice(5000, 0)).toBe(0);
  });
});
