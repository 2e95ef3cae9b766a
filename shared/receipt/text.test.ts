import { describe, expect, it } from 'vitest';
import { printable, wrap } from './text';

describe('printable', () => {
  it('keeps letters of every script and emoji for the printer to decide about', () => {
    for (const text of ['Kaligrafi الله Ukiran Kayu', 'Ikan 🐟', 'Сувенир', 'Teh 茶', 'Café']) {
      expect(printable(text)).toBe(text);
    }
    expect(printable('x').includes('?')).toBe(false);
  });

  it('keeps the joiners emoji sequences and Arabic-script words are made of', () => {
    const family = '👨\u200d👩\u200d👧';
    expect(printable(`Boneka ${family}`)).toBe(`Boneka ${family}`);
    expect(printable('می\u200cخواهم')).toBe('می\u200cخواهم');
    expect(printable('Cabai 🌶\ufe0f')).toBe('Cabai 🌶\ufe0f');
  });

  it('still cleans control characters, odd spaces and typographic punctuation', () => {
    expect(printable('Rp\u00a015.000')).toBe('Rp 15.000');
    expect(printable('a\tb\u0007c\u200bd\u2028e')).toBe('a b c d e');
    expect(printable('\u201cKopi\u201d \u2018Toraja\u2019 \u2013 2\u00d73\u2026')).toBe(
      '"Kopi" \'Toraja\' - 2x3...',
    );
    expect(printable('Caf\u0065\u0301')).toBe('Café');
  });

  it('wraps a name with Arabic and emoji like any other', () => {
    expect(wrap('Kaligrafi الله Ukiran Kayu eboni', 16)).toEqual(['Kaligrafi الله', 'Ukiran Kayu', 'eboni']);
  });
});
