import { describe, expect, it } from 'vitest';
import { SAMPLE_SETTINGS, sampleSale } from '../../tests/support/printing';
import { formatRupiah } from '../money';
import { ean13CheckDigit, ean13Modules, isEan13 } from './ean13';
import { receiptFromSale } from './fromSale';
import { layoutDoc } from './layout';
import { docTextLines } from './model';
import { center, columnsOf, leftRight, printable, wrap } from './text';

function receiptLines(columns: 32 | 42 | 48, options: { copy?: boolean; origin?: boolean } = {}) {
  const model = receiptFromSale(sampleSale(), {
    timeZone: 'Asia/Makassar',
    laptopZone: 'Asia/Makassar',
    settings: SAMPLE_SETTINGS,
    copy: options.copy ?? false,
  });
  return docTextLines(layoutDoc(model, { columns, originLines: options.origin ?? false, logo: false }));
}

describe('text helpers', () => {
  it('turns the no-break space Intl puts after Rp into a plain space', () => {
    const raw = new Intl.NumberFormat('id-ID', {
      style: 'currency',
      currency: 'IDR',
      maximumFractionDigits: 0,
    }).format(25_000);
    expect(raw).toContain('\u00a0');
    expect(printable(raw)).toBe('Rp 25.000');
    expect(printable('Rp\u202f1.000 \u2013 “Kopi”…')).toBe('Rp 1.000 - "Kopi"...');
    expect(printable('a\tb\u0007c\r\nd')).toBe('a b c  d');
  });

  it('wraps on words and cuts words longer than a line', () => {
    expect(wrap('Kaligrafi ukir kayu eboni motif Asmaul Husna', 16)).toEqual([
      'Kaligrafi ukir',
      'kayu eboni motif',
      'Asmaul Husna',
    ]);
    expect(wrap('ABCDEFGHIJKLMNOPQRSTUVWXYZ', 10)).toEqual(['ABCDEFGHIJ', 'KLMNOPQRST', 'UVWXYZ']);
    expect(wrap('', 10)).toEqual(['']);
  });

  it('keeps amounts in the last column, on a line of their own when the label is long', () => {
    expect(leftRight('Subtotal', '50.000', 20)).toEqual(['Subtotal      50.000']);
    expect(leftRight('Sambal roa pedas manis', '150.000', 20)).toEqual([
      'Sambal roa pedas',
      'manis        150.000',
    ]);
    expect(leftRight('Sambal roa pedas mantap sekali', '150.000', 20)).toEqual([
      'Sambal roa pedas',
      'mantap sekali',
      '             150.000',
    ]);
    expect(center('abc', 9)).toBe('   abc');
  });

  it('counts an emoji or a letter with its marks as one column, and never cuts one in two', () => {
    expect(columnsOf('Sambal 🌶️')).toBe(8);
    expect(columnsOf('كَتَبَ')).toBe(3);
    expect(leftRight('Ikan 🐟', '25.000', 16)).toEqual(['Ikan 🐟    25.000']);
    expect(center('🐟🐟', 6)).toBe('  🐟🐟');
    // A word of emoji longer than the line is cut between emoji, not inside a surrogate pair.
    const cut = wrap('🐟🐟🐟🐟🐟', 2);
    expect(cut).toEqual(['🐟🐟', '🐟🐟', '🐟']);
    expect(cut.join('')).not.toContain('\uFFFD');
  });
});

describe('receipt layout', () => {
  it.each([32, 42, 48] as const)('never runs past %i columns and never holds a no-break space', (columns) => {
    const lines = receiptLines(columns, { copy: true, origin: true });
    for (const line of lines) {
      expect(line.length, line).toBeLessThanOrEqual(columns);
      expect(line).not.toMatch(/[\u00a0\u202f]/);
    }
  });

  it('right-aligns every amount to the last column', () => {
    const lines = receiptLines(32);
    for (const label of ['Subtotal', 'TOTAL', 'Tunai', 'Kembalian']) {
      const line = lines.find((l) => l.startsWith(label));
      expect(line, label).toBeDefined();
      expect(line?.length, label).toBe(32);
    }
    expect(lines).toContain(`TOTAL${' '.repeat(32 - 5 - 10)}Rp 122.650`);
    expect(lines).toContain(`  2 x 25.000${' '.repeat(32 - 12 - 6)}50.000`);
    expect(lines).toContain(`  1,255 kg x 30.000${' '.repeat(32 - 19 - 6)}37.650`);
  });

  it('holds header, number, date in WITA, cashier, items, payment, change and footer', () => {
    const lines = receiptLines(32);
    expect(lines[0]?.trim()).toBe('Stan Karya WBP Sulteng');
    expect(lines).toContain('No. Transaksi BTH1-20261128-0007');
    expect(lines).toContain(`Tanggal${' '.repeat(32 - 7 - 16)}28/11/2026 14.05`);
    expect(lines).toContain(`Kasir${' '.repeat(32 - 5 - 10)}Siti Rahma`);
    // The long name wraps instead of running off the paper.
    expect(lines).toContain('Kaligrafi ukir kayu eboni motif');
    expect(lines).toContain('Asmaul Husna ukuran besar');
    expect(lines).toContain(`Tunai${' '.repeat(32 - 5 - 10)}${formatRupiah(150_000)}`);
    expect(lines).toContain(`Kembalian${' '.repeat(32 - 9 - 9)}Rp 27.350`);
    expect(lines.at(-1)?.trim()).toBe('Terima kasih');
    expect(lines.join('\n')).not.toContain('SALINAN');
  });

  it('marks a reprint SALINAN at the top and bottom and adds origin lines on request', () => {
    const lines = receiptLines(48, { copy: true, origin: true });
    expect(lines.filter((l) => l.trim() === '*** SALINAN ***')).toHaveLength(2);
    expect(lines).toContain('  Karya WBP Lapas Kelas IIB Donggala');
    expect(receiptLines(48).join('\n')).not.toContain('Karya WBP Lapas');
  });

  it('marks a voided sale BATAL', () => {
    const sale = { ...sampleSale(), status: 'voided' } as unknown as ReturnType<typeof sampleSale>;
    const model = receiptFromSale(sale, {
      timeZone: 'Asia/Makassar',
      settings: SAMPLE_SETTINGS,
      copy: false,
    });
    expect(model.marks).toEqual(['BATAL']);
  });

  it('opens the drawer for a first cash print only', () => {
    const options = { timeZone: 'Asia/Makassar', settings: SAMPLE_SETTINGS };
    expect(receiptFromSale(sampleSale(), { ...options, copy: false }).openDrawer).toBe(true);
    expect(receiptFromSale(sampleSale(), { ...options, copy: true }).openDrawer).toBe(false);
  });

  it('adds a verification QR when the settings ask for it', () => {
    const model = receiptFromSale(sampleSale(), {
      timeZone: 'Asia/Makassar',
      settings: { ...SAMPLE_SETTINGS, qr: 'verification' },
      copy: false,
    });
    expect(model.qr?.data).toBe('KARYA1;BTH1-20261128-0007;01JDZ7K3Q9X2M4N5P6R7S8T9VW;122650');
    const doc = layoutDoc(model, { columns: 32, originLines: false, logo: false });
    expect(doc.blocks).toContainEqual({ type: 'qr', data: model.qr?.data });
  });
});

describe('EAN-13', () => {
  it('checks the check digit and draws 95 modules', () => {
    expect(ean13CheckDigit('299000000001')).toBe(9);
    expect(isEan13('2990000000019')).toBe(true);
    expect(isEan13('2990000000018')).toBe(false);
    const modules = ean13Modules('2990000000019');
    expect(modules).toHaveLength(95);
    expect(modules.startsWith('101')).toBe(true);
    expect(modules.slice(45, 50)).toBe('01010');
  });
});
