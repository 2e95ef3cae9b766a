import { describe, expect, it } from 'vitest';
import { bpToPercentText, percentToBp } from './settingsInput';

describe('percent into basis points', () => {
  it('reads whole and decimal percent with a comma or a point', () => {
    expect(percentToBp('11')).toEqual({ ok: true, value: 1100 });
    expect(percentToBp(' 12,5 ')).toEqual({ ok: true, value: 1250 });
    expect(percentToBp('11.25')).toEqual({ ok: true, value: 1125 });
    expect(percentToBp('10 %')).toEqual({ ok: true, value: 1000 });
    expect(percentToBp('0')).toEqual({ ok: true, value: 0 });
    expect(percentToBp('100')).toEqual({ ok: true, value: 10_000 });
  });

  it('refuses more than two decimals, signs, words and more than 100%', () => {
    for (const text of ['', '11,255', '-1', 'sebelas', '1e2', ',5', '11,5,0']) {
      expect(percentToBp(text), text).toEqual({ ok: false, error: 'settings.error.percent' });
    }
    expect(percentToBp('100,01')).toEqual({ ok: false, error: 'settings.error.percentTooLarge' });
    expect(percentToBp('250')).toEqual({ ok: false, error: 'settings.error.percentTooLarge' });
  });

  it('shows basis points back the way they are typed', () => {
    expect([1100, 1250, 1125, 0, 10_000].map(bpToPercentText)).toEqual(['11', '12,5', '11,25', '0', '100']);
    for (const bp of [1, 99, 1100, 1234, 9999]) {
      expect(percentToBp(bpToPercentText(bp))).toEqual({ ok: true, value: bp });
    }
  });
});
