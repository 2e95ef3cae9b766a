// Fixtures for the printing tests: one sale with a long name, a weighed line and cash, as the
// engine would store it, so receipts can be rendered without a database.
import type { Printer, Sale, SaleLine } from '../../shared/contract';
import { DEFAULT_RECEIPT_SETTINGS, type ReceiptSettings } from '../../shared/receipt/model';

/** A line sold at its list price with no discount and PPN off, as the engine stores it. */
function plainLine(line: Pick<SaleLine, 'unitPrice' | 'lineTotal'>) {
  return {
    listPrice: line.unitPrice,
    priceSource: 'catalogue' as const,
    priceReason: null,
    discount: null,
    discountReason: null,
    lineDiscount: 0,
    orderDiscountShare: 0,
    dpp: line.lineTotal,
    ppn: 0,
    netTotal: line.lineTotal,
  };
}

export function sampleSale(overrides: Partial<Sale> = {}): Sale {
  return {
    id: '01JDZ7K3Q9X2M4N5P6R7S8T9VW',
    receiptNo: 'BTH1-20261128-0007',
    device: 'BTH1',
    businessDay: '2026-11-28',
    createdAt: '2026-11-28T06:05:00.000Z', // 14.05 WITA
    cashierName: 'Siti Rahma',
    status: 'completed',
    subtotal: 122_650,
    lineDiscounts: 0,
    orderDiscount: 0,
    orderDiscountInput: null,
    orderDiscountReason: null,
    discountTotal: 0,
    approvedBy: null,
    taxMode: 'off',
    taxRateBp: 0,
    dpp: 122_650,
    ppn: 0,
    rounding: 0,
    roundingUnit: 0,
    buyer: null,
    total: 122_650,
    paid: 150_000,
    change: 27_350,
    lines: [
      {
        lineNo: 1,
        productId: 1,
        sku: 'BWG-100',
        name: 'Bawang Goreng Palu 100 g',
        unit: 'pcs',
        soldByWeight: false,
        producerCode: 'LPS-PALU',
        producerName: 'Lapas Kelas IIA Palu',
        qtyMilli: 2000,
        unitPrice: 25_000,
        lineTotal: 50_000,
        ...plainLine({ unitPrice: 25_000, lineTotal: 50_000 }),
      },
      {
        lineNo: 2,
        productId: 9,
        sku: 'KLG-UKR',
        name: 'Kaligrafi ukir kayu eboni motif Asmaul Husna ukuran besar',
        unit: 'pcs',
        soldByWeight: false,
        producerCode: 'LPS-DGL',
        producerName: 'Lapas Kelas IIB Donggala',
        qtyMilli: 1000,
        unitPrice: 35_000,
        lineTotal: 35_000,
        ...plainLine({ unitPrice: 35_000, lineTotal: 35_000 }),
      },
      {
        lineNo: 3,
        productId: 15,
        sku: 'LLE-KG',
        name: 'Ikan lele segar',
        unit: 'kg',
        soldByWeight: true,
        producerCode: 'LPS-PALU',
        producerName: 'Lapas Kelas IIA Palu',
        qtyMilli: 1255,
        unitPrice: 30_000,
        lineTotal: 37_650,
        ...plainLine({ unitPrice: 30_000, lineTotal: 37_650 }),
      },
    ],
    payments: [
      {
        method: 'cash',
        amount: 122_650,
        tendered: 150_000,
        change: 27_350,
        reference: null,
        confirmedBy: null,
        confirmedAt: null,
      },
    ],
    ...overrides,
  };
}

export const SAMPLE_SETTINGS: ReceiptSettings = {
  ...DEFAULT_RECEIPT_SETTINGS,
  header: ['Stan Karya WBP Sulteng', 'Jl. Sam Ratulangi No. 10, Palu'],
  footer: ['Terima kasih'],
};

export function samplePrinter(overrides: Partial<Printer> = {}): Printer {
  return {
    id: 1,
    name: 'Kasir 58',
    transport: 'tcp',
    target: '127.0.0.1:9100',
    baudRate: null,
    columns: 32,
    codePage: 'cp437',
    qrMode: 'raster',
    feedLines: 4,
    cut: true,
    drawerKick: false,
    logo: false,
    originLine: false,
    statusCheck: true,
    isDefault: true,
    ...overrides,
  };
}
