import { describe, expect, it } from 'vitest';
import { looksLikeBarcode } from './scanCode';

describe('looksLikeBarcode', () => {
  it('takes 8, 12 and 13 digits, nothing else', () => {
    for (const code of ['29900001', '036000291452', '2990000000040'])
      expect(looksLikeBarcode(code), code).toBe(true);
    for (const text of [
      '',
      '1234567',
      '123456789',
      '12345678901',
      '12345678901234',
      'BWG-100',
      '2990000 000040',
      'bawang',
    ]) {
      expect(looksLikeBarcode(text), text).toBe(false);
    }
  });
});
