import { describe, expect, it } from 'vitest';
import { formatOutflow, varianceTone } from './shiftFigures';

describe('formatOutflow', () => {
  it('has no minus on nothing', () => {
    expect(formatOutflow(0)).toBe('Rp 0');
    expect(formatOutflow(-0)).toBe('Rp 0');
  });

  it('shows money out with a minus', () => {
    expect(formatOutflow(10_000)).toBe('-Rp 10.000');
  });
});

describe('varianceTone', () => {
  it('tells a shortage, a surplus and an even count apart', () => {
    expect(varianceTone(-1_000)).toBe('short');
    expect(varianceTone(500)).toBe('over');
    expect(varianceTone(0)).toBe('even');
  });
});
