// Printing: printer profiles, the durable print queue, receipt texts, previews and labels.
import { z } from 'zod';
import { msg } from '../messages';
import { isDeviceTarget } from '../printerTarget';
import { defineCommands, id, none, oneLine } from './common';

export const PRINTER_TRANSPORTS = ['tcp', 'serial', 'device', 'cups', 'system'] as const;
export type PrinterTransport = (typeof PRINTER_TRANSPORTS)[number];
export const PRINTER_CODE_PAGES = ['cp437', 'cp850', 'cp858', 'windows1252'] as const;
export const PRINT_JOB_KINDS = ['receipt', 'reprint', 'report', 'label', 'test'] as const;
export type PrintJobKind = (typeof PRINT_JOB_KINDS)[number];
export const PRINT_JOB_STATUSES = ['queued', 'sending', 'sent', 'failed', 'cancelled'] as const;
export type PrintJobStatus = (typeof PRINT_JOB_STATUSES)[number];
export const SERIAL_BAUD_RATES = [9600, 19200, 38400, 57600, 115200] as const;

export const printerSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  transport: z.enum(PRINTER_TRANSPORTS),
  target: z.string(),
  baudRate: z.number().int().nullable(),
  columns: z.union([z.literal(32), z.literal(42), z.literal(48)]),
  codePage: z.enum(PRINTER_CODE_PAGES),
  qrMode: z.enum(['raster', 'native']),
  feedLines: z.number().int(),
  cut: z.boolean(),
  drawerKick: z.boolean(),
  logo: z.boolean(),
  originLine: z.boolean(),
  statusCheck: z.boolean(),
  isDefault: z.boolean(),
});
export type Printer = z.infer<typeof printerSchema>;

/** host:port (port optional, 9100 by default); host is a name, IPv4 or [IPv6]. */
export const TCP_TARGET =
  /^(?:[A-Za-z0-9](?:[A-Za-z0-9.-]{0,251}[A-Za-z0-9])?|\[[0-9A-Fa-f:.]+\])(?::(\d{1,5}))?$/;
const CUPS_QUEUE = /^[A-Za-z0-9_.@-]{1,127}$/;

const TARGET_RULES: Record<PrinterTransport, { ok: (target: string) => boolean; message: string }> = {
  tcp: {
    ok: (target) => {
      const match = TCP_TARGET.exec(target);
      const port = match?.[1] === undefined ? 9100 : Number(match[1]);
      return match !== null && port >= 1 && port <= 65535;
    },
    message: msg('input.printerTcp'),
  },
  serial: { ok: (target) => isDeviceTarget('serial', target), message: msg('input.printerSerial') },
  device: { ok: (target) => isDeviceTarget('device', target), message: msg('input.printerDevice') },
  cups: {
    ok: (target) => CUPS_QUEUE.test(target),
    message: msg('input.printerCups'),
  },
  system: { ok: () => true, message: '' },
};

export const printerInputSchema = z
  .object({
    /** Absent: a new printer. */
    id: id.optional(),
    name: oneLine(
      z
        .string({ error: msg('input.printerNameRequired') })
        .trim()
        .min(1, { error: msg('input.printerNameRequired') })
        .max(60, { error: msg('input.printerNameMax') }),
      'label.printerName',
    ),
    transport: z.enum(PRINTER_TRANSPORTS, { error: msg('input.connection') }),
    target: z
      .string({ error: msg('input.printerAddressRequired') })
      .trim()
      .max(260, { error: msg('input.printerAddressTooLong') }),
    baudRate: z
      .number()
      .int()
      .refine((rate) => (SERIAL_BAUD_RATES as readonly number[]).includes(rate), {
        error: msg('input.baudRate'),
      })
      .nullable()
      .optional(),
    columns: z
      .union([z.literal(32), z.literal(42), z.literal(48)], {
        error: msg('input.paperWidth'),
      })
      .default(32),
    codePage: z.enum(PRINTER_CODE_PAGES, { error: msg('input.codePage') }).default('cp437'),
    qrMode: z.enum(['raster', 'native'], { error: msg('input.qrMode') }).default('raster'),
    feedLines: z
      .number({ error: msg('input.feedNumber') })
      .int({ error: msg('input.feedWhole') })
      .min(0, { error: msg('input.feedMin') })
      .max(12, { error: msg('input.feedMax') })
      .default(4),
    cut: z.boolean().default(true),
    drawerKick: z.boolean().default(false),
    logo: z.boolean().default(false),
    originLine: z.boolean().default(false),
    statusCheck: z.boolean().default(true),
    isDefault: z.boolean().default(false),
  })
  .strict()
  .superRefine((printer, issues) => {
    const rule = TARGET_RULES[printer.transport];
    if (!rule.ok(printer.target))
      issues.addIssue({ code: 'custom', path: ['target'], message: rule.message });
  });
export type PrinterInput = z.input<typeof printerInputSchema>;

export const printJobSchema = z.object({
  id: z.number().int(),
  kind: z.enum(PRINT_JOB_KINDS),
  printerId: z.number().int().nullable(),
  printerName: z.string().nullable(),
  receiptNo: z.string().nullable(),
  title: z.string(),
  status: z.enum(PRINT_JOB_STATUSES),
  attempts: z.number().int(),
  /** Why the last attempt failed: a stored message (shared/messages/stored.ts), or older plain text. */
  lastError: z.string().nullable(),
  /** Printed, but something needs attention soon (paper nearly out). */
  warning: z.string().nullable(),
  /** When the next automatic attempt is due; null when none is planned. */
  nextAttemptAt: z.string().nullable(),
  createdAt: z.string(),
  sentAt: z.string().nullable(),
});
export type PrintJob = z.infer<typeof printJobSchema>;

const receiptLine = oneLine(
  z
    .string()
    .trim()
    .max(64, { error: msg('input.receiptLineMax') }),
  'label.receiptLine',
);
const receiptLines = z.array(receiptLine).max(8, { error: msg('input.linesMax8') });

export const receiptSettingsSchema = z.object({
  header: z.array(z.string()),
  footer: z.array(z.string()),
  originPrefix: z.string(),
  qr: z.enum(['none', 'verification']),
  /** `data:image/png;base64,...` or null when no logo is set. */
  logoDataUrl: z.string().nullable(),
});
export type ReceiptSettingsView = z.infer<typeof receiptSettingsSchema>;

/** What a preview returns: the same HTML the system print dialog gets, and its text lines. */
export const printPreviewSchema = z.object({
  columns: z.number().int(),
  html: z.string(),
  lines: z.array(z.string()),
  printerName: z.string().nullable(),
});
export type PrintPreview = z.infer<typeof printPreviewSchema>;

const receiptNo = z
  .string({ error: msg('input.receiptNoRequired') })
  .trim()
  .min(1, { error: msg('input.receiptNoRequired') })
  .max(64, { error: msg('input.receiptNoTooLong') });
const printerId = id.optional();
const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: msg('input.expiryFormat') })
  .refine((day) => !Number.isNaN(Date.parse(`${day}T00:00:00Z`)), {
    error: msg('input.expiryInvalid'),
  });
const labelInput = z
  .object({
    productId: z
      .number()
      .int()
      .positive({ error: msg('input.unknownProduct') }),
    copies: z
      .number({ error: msg('input.labelCountNumber') })
      .int({ error: msg('input.labelCountWhole') })
      .min(1, { error: msg('input.labelCountMin') })
      .max(50, { error: msg('input.labelCountMax') })
      .default(1),
    expiry: isoDate.nullable().optional(),
    printerId,
  })
  .strict();

export const printingCommands = defineCommands({
  'printers.list': {
    summary: 'Configured printers; the default one prints receipts',
    access: 'cashier',
    input: none,
    output: z.array(printerSchema),
  },
  'printers.save': {
    summary: 'Adds or changes a printer profile (transport, paper width, QR mode, cut, drawer, logo)',
    access: 'manager',
    input: printerInputSchema,
    output: printerSchema,
  },
  'printers.delete': {
    summary: 'Removes a printer profile; its waiting jobs go to the default printer',
    access: 'manager',
    input: z.object({ id }).strict(),
    output: z.object({ ok: z.literal(true) }),
  },
  'printers.test': {
    summary: 'Queues a test page on a printer',
    access: 'manager',
    input: z.object({ id }).strict(),
    output: printJobSchema,
  },
  'printers.discoverSerial': {
    summary: 'Serial and Bluetooth ports this computer has (COM ports, /dev/rfcomm*, /dev/ttyUSB*)',
    access: 'manager',
    input: none,
    output: z.array(z.object({ path: z.string(), description: z.string() })),
  },
  'printing.settings': {
    summary: 'Receipt header, footer, origin-line prefix, QR option and logo',
    access: 'cashier',
    input: none,
    output: receiptSettingsSchema,
  },
  'printing.saveSettings': {
    summary: 'Changes the receipt header, footer, origin-line prefix, QR option and logo',
    access: 'manager',
    input: z
      .object({
        header: receiptLines,
        footer: receiptLines,
        originPrefix: oneLine(
          z
            .string()
            .trim()
            .max(40, { error: msg('input.originPrefixMax') }),
          'label.originPrefix',
        ),
        qr: z.enum(['none', 'verification'], { error: msg('input.qrChoice') }),
        /** A PNG data URL; null removes the logo; absent keeps it. */
        logoDataUrl: z
          .string()
          .max(300_000, { error: msg('input.logoTooBig') })
          .regex(/^data:image\/png;base64,[A-Za-z0-9+/]+={0,2}$/, { error: msg('input.logoPng') })
          .nullable()
          .optional(),
      })
      .strict(),
    output: receiptSettingsSchema,
  },
  'printing.printReceipt': {
    summary: 'Queues the receipt of a stored sale and returns at once; the sale is never affected',
    access: 'cashier',
    input: z.object({ receiptNo, printerId }).strict(),
    output: printJobSchema,
  },
  'printing.reprint': {
    summary: 'Queues a copy of any receipt, marked SALINAN',
    access: 'cashier',
    input: z.object({ receiptNo, printerId }).strict(),
    output: printJobSchema,
  },
  'printing.jobs': {
    summary: 'The print queue, newest first, optionally for one receipt',
    access: 'cashier',
    input: z
      .object({
        receiptNo: receiptNo.optional(),
        limit: z.number().int().min(1).max(200).optional(),
      })
      .strict(),
    output: z.object({
      jobs: z.array(printJobSchema),
      /** Jobs still waiting to print (queued, sending, or failed with a retry planned). */
      pending: z.number().int(),
      /** Jobs that failed and wait for a person: retry or cancel. */
      failed: z.number().int(),
    }),
  },
  'printing.retry': {
    summary: 'Sends a failed or waiting job again now',
    access: 'cashier',
    input: z.object({ jobId: id }).strict(),
    output: printJobSchema,
  },
  'printing.cancel': {
    summary: 'Cancels a job that has not printed',
    access: 'cashier',
    input: z.object({ jobId: id }).strict(),
    output: printJobSchema,
  },
  'printing.preview': {
    summary: 'The receipt of a stored sale as the default printer would print it, as HTML and lines',
    access: 'cashier',
    input: z.object({ receiptNo, copy: z.boolean().optional(), printerId }).strict(),
    output: printPreviewSchema,
  },
  'printing.printLabel': {
    summary: 'Queues barcode labels (EAN-13, name, price, P-IRT/halal, expiry) for a product',
    access: 'manager',
    input: labelInput,
    output: printJobSchema,
  },
  'printing.previewLabel': {
    summary: 'A product label as it would print, as HTML and lines',
    access: 'manager',
    input: labelInput,
    output: printPreviewSchema,
  },
});
