import { describe, expect, it } from 'vitest';
import { crc16, parseTlv, QrisError, qrisMerchant, qrisWithAmount, validateQris } from './qris';
import vectors from './qris-vectors.json';

describe('QRIS', () => {
  it.each(vectors.crc16)('CRC-16/CCITT-FALSE of "$input" is $crc', ({ input, crc }) => {
    expect(crc16(input)).toBe(crc);
  });

  it.each(vectors.static_to_dynamic)('turns the static QRIS of $merchant into the dynamic one', (vector) => {
    expect(qrisWithAmount(vector.static, vector.amount_idr)).toBe(vector.dynamic);
    expect(validateQris(vector.dynamic).find((f) => f.id === '54')?.value).toBe(String(vector.amount_idr));
    // Making it again from the dynamic payload replaces the amount instead of adding a second one.
    expect(qrisWithAmount(vector.dynamic, vector.amount_idr)).toBe(vector.dynamic);
    expect(qrisMerchant(vector.static)).toEqual({ name: 'Warung Sayur Bu Sugeng', city: 'Kab. Demak' });
  });

  it('refuses a payload whose CRC is wrong, with an Indonesian message', () => {
    const base = vectors.static_to_dynamic[0]?.static ?? '';
    for (const { tail } of vectors.invalid) {
      const broken = base.slice(0, -8) + tail;
      expect(() => validateQris(broken)).toThrow(QrisError);
      expect(() => validateQris(broken)).toThrow(/CRC QRIS salah/);
    }
    expect(() => validateQris(`${base.slice(0, -1)}0`)).toThrow(/CRC QRIS salah/);
    expect(() => validateQris('hello')).toThrow(/Bukan QRIS/);
    expect(() => qrisWithAmount(base, 0)).toThrow(/lebih dari 0/);
    expect(() => qrisWithAmount(base, 12.5)).toThrow(QrisError);
  });

  it('rebuilds the TLV, so an ID containing 010211 is left intact', () => {
    // Merchant account value that contains the static marker text.
    const fields = [
      { id: '00', value: '01' },
      { id: '01', value: '11' },
      { id: '26', value: '0011ID.X.WWW0115010211999999' },
      { id: '53', value: '360' },
      { id: '58', value: 'ID' },
      { id: '59', value: 'Booth Karya' },
      { id: '60', value: 'Palu' },
    ];
    const body = `${fields.map((f) => `${f.id}${String(f.value.length).padStart(2, '0')}${f.value}`).join('')}6304`;
    const payload = body + crc16(body);
    const dynamic = qrisWithAmount(payload, 150_000);
    const parsed = parseTlv(dynamic.slice(0, -8));
    expect(parsed.find((f) => f.id === '26')?.value).toBe('0011ID.X.WWW0115010211999999');
    expect(parsed.find((f) => f.id === '01')?.value).toBe('12');
    expect(parsed.map((f) => f.id)).toEqual(['00', '01', '26', '53', '54', '58', '59', '60']);
  });
});
