// A Z report as the engine stores it, with figures that add up the way docs/reports.md says, so the
// paper, the workbook and the PDF can be checked without a database.
import type { DayClose, DayReport } from '../../shared/contract';

export function sampleDayReport(overrides: Partial<DayReport> = {}): DayReport {
  return {
    device: 'BTH1',
    from: '2026-11-28',
    to: '2026-11-28',
    generatedAt: '2026-11-28T10:30:00.000Z', // 18.30 WITA
    zNo: 3,
    salesCount: 6,
    gross: 250_000,
    discounts: 10_000,
    ppnAdded: 0,
    rounding: -500,
    salesTotal: 239_500, // 250.000 - 10.000 + 0 - 500
    voids: { count: 1, amount: 25_000 },
    refunds: { count: 1, amount: 12_000 },
    net: 202_500, // 239.500 - 25.000 - 12.000
    tax: { dpp: 193_243, ppn: 21_257 },
    byMethod: [
      { method: 'cash', sales: 150_000, voids: 25_000, refunds: 12_000, net: 113_000 },
      { method: 'qris', sales: 89_500, voids: 0, refunds: 0, net: 89_500 },
    ],
    byCashier: [
      { name: 'Sri Wahyuni', salesCount: 3, amount: 130_000 },
      { name: 'Ani', salesCount: 2, amount: 84_500 },
    ],
    byProduct: [
      {
        productId: 2,
        sku: 'KPI-250',
        name: 'Kopi Toraja bubuk',
        unit: 'kg',
        qtyMilli: 1250,
        amount: 103_000,
      },
      {
        productId: 1,
        sku: 'BWG-100',
        name: 'Bawang Goreng Palu 100 g',
        unit: 'pcs',
        qtyMilli: 4000,
        amount: 100_000,
      },
    ],
    byCategory: [
      { category: 'Minuman', amount: 103_000 },
      { category: 'Makanan', amount: 100_000 },
    ],
    byProducer: [
      {
        code: 'LPP',
        name: 'Lapas Perempuan Kelas III Palu',
        amount: 120_000,
        pnbp: 12_000,
        premi: 18_000,
        capital: 90_000,
      },
      {
        code: 'RTP',
        name: 'Rutan Kelas IIA Palu',
        amount: 83_000,
        pnbp: 8_300,
        premi: 12_450,
        capital: 62_250,
      },
    ],
    roundingKept: -500, // 120.000 + 83.000 - 500 = 202.500
    byHour: [
      { hour: 9, count: 3, amount: 100_000 },
      { hour: 14, count: 2, amount: 114_500 },
    ],
    cash: {
      openingFloat: 200_000,
      cashSales: 150_000,
      cashVoided: 25_000,
      cashRefunds: 12_000,
      cashIn: 20_000,
      cashOut: 30_000,
      expected: 303_000,
      counted: 302_000,
      variance: -1_000,
    },
    shifts: [
      {
        id: 1,
        userName: 'Sri Wahyuni',
        openedAt: '2026-11-28T00:55:00.000Z',
        closedAt: '2026-11-28T06:00:00.000Z',
        expectedCash: 180_000,
        countedCash: 179_000,
        variance: -1_000,
      },
      {
        id: 2,
        userName: 'Ani',
        openedAt: '2026-11-28T06:02:00.000Z',
        closedAt: '2026-11-28T10:20:00.000Z',
        expectedCash: 123_000,
        countedCash: 123_000,
        variance: 0,
      },
    ],
    ...overrides,
  };
}

export const SAMPLE_CLOSE: DayClose = {
  device: 'BTH1',
  businessDay: '2026-11-28',
  zNo: 3,
  closedAt: '2026-11-28T10:30:00.000Z',
  closedBy: 'Pak Andi',
};
