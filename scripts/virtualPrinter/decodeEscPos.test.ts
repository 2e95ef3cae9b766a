import { describe, expect, it } from 'vitest';
import { decodedAsText, decodeEscPos } from './decodeEscPos';

const bytes = (...parts: (number | string)[]) =>
  Uint8Array.from(parts.flatMap((p) => (typeof p === 'number' ? [p] : [...Buffer.from(p, 'latin1')])));

describe('decodeEscPos', () => {
  it('reads text lines with bold, size, alignment and CP437 characters', () => {
    const decoded = decodeEscPos(
      bytes(
        0x1b,
        0x40,
        0x1b,
        0x74,
        0,
        'Caf',
        0x82,
        0x0a,
        0x1b,
        0x61,
        1,
        0x1b,
        0x45,
        1,
        0x1d,
        0x21,
        0x01,
        'TOTAL',
        0x1b,
        0x45,
        0,
        0x1d,
        0x21,
        0,
        0x0d,
        0x0a,
      ),
    );
    expect(decoded.lines).toEqual(['Café', 'TOTAL']);
    expect(decoded.items[2]).toEqual({
      type: 'text',
      text: 'TOTAL',
      bold: true,
      tall: true,
      wide: false,
      align: 'center',
    });
    expect(decoded.unknown).toEqual([]);
  });

  it('reads cuts, feeds, drawer pulses, barcodes, native QR and raster images', () => {
    const qr = [...Buffer.from('HALO')];
    const decoded = decodeEscPos(
      bytes(
        ...[0x1b, 0x64, 2],
        ...[0x1b, 0x70, 0, 50, 250],
        ...[0x1d, 0x6b, 2, ...Buffer.from('2990000000019'), 0],
        ...[0x1d, 0x28, 0x6b, 3 + qr.length, 0, 49, 80, 48, ...qr],
        ...[0x1d, 0x28, 0x6b, 3, 0, 49, 81, 48],
        ...[0x1d, 0x76, 0x30, 0, 1, 0, 2, 0, 0b10000001, 0b01111110],
        ...[0x1d, 0x56, 0x41, 3],
      ),
    );
    expect(decoded.lines).toEqual(['', '']);
    expect(decoded.items.slice(2)).toEqual([
      { type: 'pulse', pin: 0, onMs: 100, offMs: 500 },
      { type: 'barcode', symbology: 'ean13', data: '2990000000019', align: 'left' },
      { type: 'qr', data: 'HALO', align: 'left' },
      {
        type: 'image',
        width: 8,
        height: 2,
        align: 'left',
        rows: [
          [true, false, false, false, false, false, false, true],
          [false, true, true, true, true, true, true, false],
        ],
      },
      { type: 'cut', partial: false },
    ]);
    expect(decodedAsText(decoded)).toContain('[QR HALO]');
  });

  it('shows 0xFF as the no-break space it is in CP437, and lists unknown commands', () => {
    const decoded = decodeEscPos(bytes('Rp', 0xff, '1', 0x0a, 0x1b, 0x99, 0));
    expect(decoded.lines[0]).toBe('Rp\u00a01');
    expect(decoded.unknown).toEqual(['1b 99 00', '00']);
  });
});
