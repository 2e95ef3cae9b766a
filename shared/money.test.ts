import { describe, expect, it } from 'vitest';
import { MAX_RUPIAH, parseRupiahText } from './money';

describe('parseRupiahText', () => {
  it('reads whole rupiah as written in Indonesia', () => {
    const read = (text: string) => parseRupiahText(text);
    for (const text of [
      '15000',
      '15.000',
      'Rp 15.000',
      'Rp15.000',
      'rp. 15.000',
      'Rp\u00a015.000',
      '15.000,00',
      '15000,0',
      '15.000,-',
      ' 15.000 ',
    ]) {
      expect(read(text), text).toEqual({ value: 15_000 });
    }
    expect(read('1.250.000')).toEqual({ value: 1_250_000 });
    expect(read('0')).toEqual({ value: 0 });
    expect(read('Rp 0,00')).toEqual({ value: 0 });
  });

  it('refuses fractions, ambiguous text and anything else, saying why', () => {
    expect(parseRupiahText('')).toEqual({ problem: 'empty' });
    expect(parseRupiahText('  ')).toEqual({ problem: 'empty' });
    expect(parseRupiahText('-500')).toEqual({ problem: 'negative' });
    expect(parseRupiahText('Rp -500')).toEqual({ problem: 'negative' });
    expect(parseRupiahText('15.000,50')).toEqual({ problem: 'fraction' });
    expect(parseRupiahText('1.500,5')).toEqual({ problem: 'fraction' });
    for (const text of ['15,5', '15,000', '25000,5', '15.5', '1.50', '1.5000', '14374.99']) {
      expect(parseRupiahText(text), text).toEqual({ problem: 'ambiguous' });
    }
    for (const text of ['murah', '15.00.0', '15 000', 'Rp', '15.000,00,00', 'IDR 15000', '1e5']) {
      expect(parseRupiahText(text), text).toEqual({ problem: 'notNumber' });
    }
    expect(parseRupiahText(String(MAX_RUPIAH))).toEqual({ value: MAX_RUPIAH });
    expect(parseRupiahText(String(MAX_RUPIAH + 1))).toEqual({ problem: 'tooBig' });
    expect(parseRupiahText('99999999999999999999')).toEqual({ problem: 'tooBig' });
  });
});
