import { z } from 'zod';
import { defineCommands, quantity, rupiah } from './common';

export const saleLineSchema = z.object({
  lineNo: z.number().int(),
  productId: z.number().int(),
  sku: z.string(),
  name: z.string(),
  unit: z.string(),
  soldByWeight: z.boolean(),
  producerCode: z.string(),
  producerName: z.string(),
  qtyMilli: z.number().int(),
  unitPrice: z.number().int(),
  lineTotal: z.number().int(),
});
export type SaleLine = z.infer<typeof saleLineSchema>;

export const paymentSchema = z.object({
  method: z.enum(['cash']),
  amount: z.number().int(),
  tendered: z.number().int(),
  change: z.number().int(),
});
export type Payment = z.infer<typeof paymentSchema>;

export const saleSchema = z.object({
  id: z.string(),
  receiptNo: z.string(),
  device: z.string(),
  businessDay: z.string(),
  createdAt: z.string(),
  /** Who rang it up; null for sales entered from the command line. */
  cashierName: z.string().nullable(),
  status: z.enum(['completed']),
  subtotal: z.number().int(),
  total: z.number().int(),
  paid: z.number().int(),
  change: z.number().int(),
  lines: z.array(saleLineSchema),
  payments: z.array(paymentSchema),
});
export type Sale = z.infer<typeof saleSchema>;

export const salesCommands = defineCommands({
  'sales.commitCash': {
    summary: 'Sells the lines for cash as one transaction; prices come from the catalogue',
    access: 'cashier',
    input: z
      .object({
        lines: z
          .array(
            z
              .object({
                productId: z.number().int().positive({ error: 'Produk tidak dikenal' }),
                qty: quantity,
              })
              .strict(),
            { error: 'Daftar barang tidak valid' },
          )
          .min(1, { error: 'Keranjang masih kosong' })
          .max(500, { error: 'Terlalu banyak baris dalam satu transaksi' }),
        cashTendered: rupiah,
      })
      .strict(),
    output: saleSchema,
  },
  'sales.get': {
    summary: 'One completed sale by its receipt number, with lines and payments',
    access: 'cashier',
    input: z
      .object({ receiptNo: z.string().trim().min(1, { error: 'Nomor transaksi wajib diisi' }).max(64) })
      .strict(),
    output: saleSchema,
  },
});
