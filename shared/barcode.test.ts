import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type BarcodeCheck, classifyBarcode, ean13CheckDigit, gs1CheckDigit } from './barcode';
import { formatMessage, type Lang } from './messages';

/** The refusal worded as a person reads it, or '' when the code was accepted. */
const said = (lang: Lang, check: BarcodeCheck): string =>
  'error' in check ? (formatMessage(lang, check.error.key, check.error.params) ?? '') : '';

describe('check digits', () => {
  it('computes the EAN-13 check digit of the demo catalogue codes', () => {
    expect(ean13CheckDigit('299000000001')).toBe(9);
    expect(ean13CheckDigit('299000000020')).toBe(0);
    expect(ean13CheckDigit('400638133393')).toBe(1); // a published retail code: 4006381333931
  });

  it('uses the same weights for EAN-8 and UPC-A', () => {
    expect(gs1CheckDigit('9638507')).toBe(4); // EAN-8 96385074
    expect(gs1CheckDigit('03600029145')).toBe(2); // UPC-A 036000291452
  });

  it('refuses bodies that are not digits', () => {
    expect(() => ean13CheckDigit('29900000001')).toThrow();
    expect(() => ean13CheckDigit('29900000001X')).toThrow();
  });
});

describe('classifyBarcode', () => {
  it('accepts every barcode of the demo catalogue as EAN-13', () => {
    const csv = readFileSync(new URL('../resources/catalogue-demo.csv', import.meta.url), 'utf8');
    const codes = csv
      .trim()
      .split('\n')
      .slice(1)
      .map((line) => line.split(',')[1] ?? '');
    expect(codes.length).toBeGreaterThan(20);
    for (const code of codes) expect(classifyBarcode(code), code).toEqual({ kind: 'ean13', code });
  });

  it('tells the kinds apart by length and trims spaces', () => {
    expect(classifyBarcode(' 96385074 ')).toEqual({ kind: 'ean8', code: '96385074' });
    expect(classifyBarcode('036000291452')).toEqual({ kind: 'upca', code: '036000291452' });
    expect(classifyBarcode('4006381333931')).toEqual({ kind: 'ean13', code: '4006381333931' });
  });

  it('refuses a wrong check digit with the expected one, in either language', () => {
    const wrong = classifyBarcode('2990000000018');
    expect(wrong).toEqual({
      error: {
        key: 'catalog.barcodeCheckDigit',
        params: { kind: 'EAN-13', code: '2990000000018', expected: 9 },
      },
    });
    expect(said('id', wrong)).toBe('Digit pemeriksa barcode EAN-13 2990000000018 salah (seharusnya 9)');
    expect(said('en', wrong)).toBe(
      'The check digit of EAN-13 barcode 2990000000018 is wrong (it should be 9)',
    );
    expect(said('id', classifyBarcode('96385075'))).toContain('EAN-8');
    expect(said('id', classifyBarcode('036000291453'))).toContain('UPC-A');
  });

  it('allows internal codes of letters and digits, 3 to 32 long', () => {
    expect(classifyBarcode('KRY001')).toEqual({ kind: 'internal', code: 'KRY001' });
    expect(classifyBarcode('123')).toEqual({ kind: 'internal', code: '123' });
    expect(classifyBarcode('12345678901234')).toEqual({ kind: 'internal', code: '12345678901234' });
    expect(classifyBarcode('A'.repeat(32))).toMatchObject({ kind: 'internal' });
  });

  it('refuses empty, too short, too long and punctuated codes', () => {
    expect(said('id', classifyBarcode('  '))).toBe('Barcode kosong');
    for (const bad of ['AB', 'A'.repeat(33), 'KRY-001', 'kopi bubuk', '12,5']) {
      expect(said('id', classifyBarcode(bad)), bad).toMatch(/tidak valid/);
    }
  });
});
