import { describe, expect, it } from 'vitest';
import { groupAsTyped } from './groupAsTyped';

/** Types `keys` one by one at the end of the field, as the cashier does. */
function type(keys: string, start = ''): string {
  let text = start;
  for (const key of keys) text = groupAsTyped(text, text + key);
  return text;
}

describe('rupiah grouped as it is typed', () => {
  it('groups digits as they go in', () => {
    expect(type('100000')).toBe('100.000');
    expect(type('1000000')).toBe('1.000.000');
    expect(type('0')).toBe('0');
    expect(type('05')).toBe('5');
  });

  it('groups a whole amount filled in at once', () => {
    expect(groupAsTyped('', '250000')).toBe('250.000');
  });

  it('regroups after a digit is deleted', () => {
    expect(groupAsTyped('25.000', '25.00')).toBe('2.500');
    expect(groupAsTyped('1.000.000', '1.000.00')).toBe('100.000');
    expect(groupAsTyped('25.000', '')).toBe('');
  });

  it('keeps a dot the cashier typed, so the field reads or refuses it', () => {
    expect(type('25.00')).toBe('25.00');
    expect(type('25.000')).toBe('25.000');
    expect(groupAsTyped('', '25.00')).toBe('25.00');
  });

  it('leaves commas, minus signs, Rp and over-long numbers as typed', () => {
    expect(type('12,5')).toBe('12,5');
    expect(type('-5000')).toBe('-5000');
    expect(groupAsTyped('', 'Rp 50.000')).toBe('Rp 50.000');
    expect(groupAsTyped('', '1234567890123456')).toBe('1234567890123456');
  });
});
