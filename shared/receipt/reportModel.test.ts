import { describe, expect, it } from 'vitest';
import { SAMPLE_CLOSE, sampleDayReport } from '../../tests/support/reports';
import { layoutDoc } from './layout';
import { docTextLines } from './model';
import { reportModelFromDay } from './reportModel';

const OPTIONS = {
  header: ['Stan Karya WBP Sulteng', 'Jl. Sudirman 1, Palu'],
  timeZone: 'Asia/Makassar',
  laptopZone: 'Asia/Makassar',
  printedAt: new Date('2026-11-28T10:31:00Z'),
  printedBy: 'Pak Andi',
};

function lines(columns: 32 | 42 | 48, report = sampleDayReport(), close = SAMPLE_CLOSE) {
  const model = reportModelFromDay(report, { ...OPTIONS, ...(report.zNo === null ? {} : { close }) });
  return docTextLines(layoutDoc(model, { columns, originLines: false, logo: false }));
}

/** The line whose label is `label`, with its amount ending in the last column. */
function row(label: string, value: string, columns: number): string {
  return label + ' '.repeat(columns - label.length - value.length) + value;
}

describe('the Z report on paper', () => {
  it.each([32, 42, 48] as const)('fits %i columns with amounts in the last column', (columns) => {
    const all = lines(columns);
    for (const line of all) expect(line.length).toBeLessThanOrEqual(columns);
    expect(all.map((l) => l.trim())).toContain('LAPORAN Z');
    expect(all).toContain(row('No. Z', '3', columns));
    expect(all).toContain(row('Total penjualan', '239.500', columns));
    expect(all).toContain(row('Batal (1)', '-25.000', columns));
    expect(all).toContain(row('Retur (1)', '-12.000', columns));
    expect(all).toContain(row('Bersih', '202.500', columns));
    expect(all).toContain(row('Seharusnya di laci', '303.000', columns));
    expect(all).toContain(row('Selisih', '-1.000', columns));
  });

  it('shows each unit with its PNBP, premi and capital, and the rounding that belongs to no unit', () => {
    const all = lines(32);
    const text = all.join('\n');
    expect(text).toContain('Lapas Perempuan Kelas III Palu');
    expect(all).toContain(row('Rutan Kelas IIA Palu', '83.000', 32));
    expect(all).toContain(`  ${row('PNBP', '8.300', 30)}`);
    expect(all).toContain(`  ${row('Premi', '12.450', 30)}`);
    expect(all).toContain(`  ${row('Modal', '62.250', 30)}`);
    expect(all).toContain(row('Pembulatan (tanpa unit)', '-500', 32));
    // The unit block ends with the net: units + rounding kept = net.
    const unitStart = all.indexOf('PER UNIT');
    expect(all.slice(unitStart).find((l) => l.startsWith('Jumlah'))).toBe(row('Jumlah', '202.500', 32));
    // A name too long for one line wraps; its amount still ends in the last column.
    const lapas = all.findIndex((l) => l.startsWith('Lapas Perempuan'));
    expect(all[lapas + 1]).toMatch(/120\.000$/);
  });

  it('names the closed day, who closed it, the methods, cashiers and shifts, and says it is final', () => {
    const text = lines(42).join('\n');
    expect(text).toContain('Sabtu, 28 November 2026');
    expect(text).toContain('28/11/2026 18.30'); // closed, in WITA
    expect(text).toContain('Pak Andi');
    expect(text).toMatch(/Tunai\s+113\.000/);
    expect(text).toMatch(/QRIS\s+89\.500/);
    expect(text).toMatch(/Sri Wahyuni \(3\)\s+130\.000/);
    expect(text).toContain('Sri Wahyuni 08.55-14.00');
    expect(text).toContain('Laporan Z final');
    // PPN was charged, so the tax lines print.
    expect(text).toMatch(/DPP\s+193\.243/);
    // No PPN added on top and a negative rounding: the zero line is left out, the rounding kept.
    expect(text).not.toContain('PPN ditambahkan');
    expect(text).toMatch(/Pembulatan\s+-500/);
  });

  it('prints an X report without a Z number, and an open shift as open', () => {
    const report = sampleDayReport({
      zNo: null,
      shifts: [
        {
          id: 9,
          userName: 'Ani',
          openedAt: '2026-11-28T06:02:00.000Z',
          closedAt: null,
          expectedCash: null,
          countedCash: null,
          variance: null,
        },
      ],
    });
    const all = lines(32, report);
    const text = all.join('\n');
    expect(all.map((l) => l.trim())).toContain('LAPORAN X');
    expect(text).not.toContain('No. Z');
    expect(text).toContain('Dibuat');
    expect(text).toMatch(/Ani 14\.02-\.\.\.\s+TERBUKA/);
    expect(text).toContain('Laporan X: bukan tutup hari');
  });

  it('says a range of days as a range', () => {
    const text = lines(48, sampleDayReport({ zNo: null, from: '2026-11-01', to: '2026-11-30' })).join('\n');
    expect(text).toContain('01/11/2026 s.d. 30/11/2026');
    expect(text).toMatch(/Periode\s+01\/11\/2026 s\.d\. 30\/11\/2026/);
  });
});
