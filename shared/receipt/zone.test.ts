// The receipt and the X/Z paper in the device's zone whatever the laptop's, saying `WITA` exactly when
// the laptop keeps another zone. The laptop's zone is passed in here; laptopZone.test.ts in
// electron/core runs the engine itself under other TZ values.
import { describe, expect, it } from 'vitest';
import { SAMPLE_SETTINGS, sampleSale } from '../../tests/support/printing';
import { SAMPLE_CLOSE, sampleDayReport } from '../../tests/support/reports';
import { receiptFromSale } from './fromSale';
import { renderDocHtmlPage } from './html';
import { layoutDoc } from './layout';
import { docTextLines } from './model';
import { reportModelFromDay } from './reportModel';

const AT = '2026-12-05T02:30:00.000Z'; // 10.30 WITA; 21.30 on 4 December in New York
const NEW_YORK = 'America/New_York';
const WITA = 'Asia/Makassar';

/** `label` on the left, `value` ending in the 32nd column. */
const row = (label: string, value: string) => label + ' '.repeat(32 - label.length - value.length) + value;

function receiptLines(laptopZone: string) {
  const sale = sampleSale({ createdAt: AT, businessDay: '2026-12-05' });
  const model = receiptFromSale(sale, {
    timeZone: WITA,
    laptopZone,
    settings: SAMPLE_SETTINGS,
    copy: false,
    after: {
      void: {
        id: 'v1',
        saleId: sale.id,
        receiptNo: sale.receiptNo,
        businessDay: '2026-12-05',
        createdAt: '2026-12-05T03:15:00.000Z',
        reason: 'Salah input',
        amount: sale.total,
        userName: 'Sri',
        approvedBy: 'Pak Andi',
      },
      refunds: [],
    },
  });
  return docTextLines(layoutDoc(model, { columns: 32, originLines: false, logo: false }));
}

function reportLines(laptopZone: string, kind: 'x' | 'z') {
  const report = sampleDayReport({
    from: '2026-12-05',
    to: '2026-12-05',
    generatedAt: AT,
    zNo: kind === 'z' ? 3 : null,
    shifts: [
      {
        ...sampleDayReport().shifts[0],
        openedAt: '2026-12-05T00:55:00.000Z', // 08.55 WITA
        closedAt: '2026-12-05T06:00:00.000Z', // 14.00 WITA
      } as ReturnType<typeof sampleDayReport>['shifts'][number],
    ],
  });
  const model = reportModelFromDay(report, {
    header: ['Karya WBP'],
    timeZone: WITA,
    laptopZone,
    printedAt: new Date(AT),
    printedBy: 'Pak Andi',
    ...(kind === 'z' ? { close: { ...SAMPLE_CLOSE, businessDay: '2026-12-05', closedAt: AT } } : {}),
  });
  return docTextLines(layoutDoc(model, { columns: 32, originLines: false, logo: false }));
}

describe('the receipt', () => {
  it('reads 05/12/2026 10.30 WITA when the laptop keeps New York time', () => {
    const lines = receiptLines(NEW_YORK);
    expect(lines).toContain(row('Tanggal', '05/12/2026 10.30 WITA'));
    // The void under the totals is in WITA too.
    expect(lines).toContain(row('Tanggal', '05/12/2026 11.15 WITA'));
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(32);
  });

  it('says no zone when the laptop keeps WITA', () => {
    const lines = receiptLines(WITA);
    expect(lines).toContain(row('Tanggal', '05/12/2026 10.30'));
    expect(lines.join('\n')).not.toContain('WITA');
  });

  it('prints the same through the system print dialog page', () => {
    const sale = sampleSale({ createdAt: AT });
    const model = receiptFromSale(sale, {
      timeZone: WITA,
      laptopZone: NEW_YORK,
      settings: SAMPLE_SETTINGS,
      copy: false,
    });
    const html = renderDocHtmlPage(layoutDoc(model, { columns: 32, originLines: false, logo: false }));
    expect(html).toContain(row('Tanggal', '05/12/2026 10.30 WITA'));
  });
});

describe('the X and Z paper', () => {
  it.each(['x', 'z'] as const)(
    'the %s report reads 05/12/2026 10.30 WITA when the laptop keeps New York time',
    (kind) => {
      const lines = reportLines(NEW_YORK, kind);
      expect(lines).toContain(row(kind === 'z' ? 'Ditutup' : 'Dibuat', '05/12/2026 10.30 WITA'));
      expect(lines.map((l) => l.trim())).toContain('Dicetak 05/12/2026 10.30 WITA');
      expect(lines.join('\n')).toContain('Sri Wahyuni 08.55-14.00 WITA');
      for (const line of lines) expect(line.length).toBeLessThanOrEqual(32);
    },
  );

  it.each(['x', 'z'] as const)('the %s report says no zone when the laptop keeps WITA', (kind) => {
    const lines = reportLines(WITA, kind);
    expect(lines).toContain(row(kind === 'z' ? 'Ditutup' : 'Dibuat', '05/12/2026 10.30'));
    expect(lines.map((l) => l.trim())).toContain('Dicetak 05/12/2026 10.30');
    expect(lines.join('\n')).not.toContain('WITA');
  });
});
