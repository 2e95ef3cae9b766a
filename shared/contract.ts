// The one contract between the screens and the engine: every command's name, its input and output
// types, and the runtime schema each door validates against. Adding a command starts here.
import { z } from 'zod';
import { MAX_RUPIAH } from './money';
import { MAX_QTY_MILLI, toQtyMilli } from './quantity';

/** Stable error codes; tests and screens switch on these, never on the message text. */
export const ERROR_CODES = [
  'INVALID_INPUT',
  'UNKNOWN_COMMAND',
  'NOT_FOUND',
  'PRODUCT_INACTIVE',
  'NOT_ENOUGH_CASH',
  'DB_TOO_NEW',
  'DB_FOREIGN',
  'DB_MIGRATION_MISMATCH',
  'FORBIDDEN',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** What every door returns for a refused or failed command. `message` is Indonesian. */
export interface CommandError {
  code: ErrorCode;
  message: string;
}

const rupiah = z
  .number({ error: 'Jumlah uang harus berupa angka' })
  .int({ error: 'Jumlah uang harus rupiah bulat' })
  .min(0, { error: 'Jumlah uang tidak boleh negatif' })
  .max(MAX_RUPIAH, { error: 'Jumlah uang terlalu besar' });

const quantity = z
  .number({ error: 'Jumlah barang harus berupa angka' })
  .positive({ error: 'Jumlah barang harus lebih dari 0' })
  .max(MAX_QTY_MILLI / 1000, { error: 'Jumlah barang terlalu besar' })
  .refine((q) => toQtyMilli(q) !== null, { error: 'Jumlah barang paling banyak 3 angka desimal' });

export const productSchema = z.object({
  id: z.number().int(),
  sku: z.string(),
  barcode: z.string().nullable(),
  name: z.string(),
  category: z.string(),
  unit: z.string(),
  price: z.number().int(),
  producerCode: z.string(),
  producerName: z.string(),
  soldByWeight: z.boolean(),
  active: z.boolean(),
});
export type Product = z.infer<typeof productSchema>;

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
  status: z.enum(['completed']),
  subtotal: z.number().int(),
  total: z.number().int(),
  paid: z.number().int(),
  change: z.number().int(),
  lines: z.array(saleLineSchema),
  payments: z.array(paymentSchema),
});
export type Sale = z.infer<typeof saleSchema>;

export const appInfoSchema = z.object({
  appVersion: z.string(),
  schemaVersion: z.number().int(),
  device: z.string(),
  timeZone: z.string(),
  businessDay: z.string(),
  productCount: z.number().int(),
});
export type AppInfo = z.infer<typeof appInfoSchema>;

const none = z.object({}).strict();

/** Each command: what it takes, what it gives back, and one line saying what it is for. */
export const commands = {
  'app.info': {
    summary: 'Device, time zone, business day and versions',
    input: none,
    output: appInfoSchema,
  },
  'products.list': {
    summary: 'Active products, optionally filtered by a search text (name, SKU or barcode) or category',
    input: z
      .object({
        query: z.string().trim().max(100, { error: 'Teks pencarian terlalu panjang' }).optional(),
        category: z.string().trim().max(100).optional(),
        limit: z.number().int().min(1).max(1000).optional(),
      })
      .strict(),
    output: z.array(productSchema),
  },
  'sales.commitCash': {
    summary: 'Sells the lines for cash as one transaction; prices come from the catalogue',
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
    input: z
      .object({ receiptNo: z.string().trim().min(1, { error: 'Nomor transaksi wajib diisi' }).max(64) })
      .strict(),
    output: saleSchema,
  },
} as const;

export type CommandName = keyof typeof commands;
export type CommandInput<K extends CommandName> = z.input<(typeof commands)[K]['input']>;
export type ParsedInput<K extends CommandName> = z.output<(typeof commands)[K]['input']>;
export type CommandOutput<K extends CommandName> = z.output<(typeof commands)[K]['output']>;
export type CommandResult<K extends CommandName> =
  | { ok: true; data: CommandOutput<K> }
  | { ok: false; error: CommandError };

export const COMMAND_NAMES = Object.keys(commands) as CommandName[];

export function isCommandName(name: unknown): name is CommandName {
  return typeof name === 'string' && Object.hasOwn(commands, name);
}

/** The shape both doors share: the Electron preload and the loopback client implement it. */
export interface KaryaBridge {
  call(name: string, input: unknown): Promise<CommandResult<CommandName>>;
}
