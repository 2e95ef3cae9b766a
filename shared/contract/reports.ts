// X and Z reports, and the audit log. An X report reads and changes nothing; the Z report closes a
// business day on this till (numbered without gaps) and locks its sales from voids.
import { z } from 'zod';
import { msg } from '../messages';
import { defineCommands, id, none } from './common';
import { timeZoneName } from './device';
import { printJobSchema } from './printing';

/** A business day as `YYYY-MM-DD`; the office's contract reads days the same way. */
export const day = z
  .string({ error: msg('input.dateText') })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: msg('input.dateFormat') })
  .refine((d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)), { error: msg('input.dateInvalid') });

const amountRow = { amount: z.number().int() };

export const dayReportSchema = z.object({
  device: z.string(),
  from: z.string(),
  to: z.string(),
  generatedAt: z.string(),
  /** The Z number when this is a closed day's report; null for an X report. */
  zNo: z.number().int().nullable(),
  salesCount: z.number().int(),
  /** Price x quantity of every sale, before discounts (voided sales included; see voids). */
  gross: z.number().int(),
  discounts: z.number().int(),
  /** PPN added on top of exclusive prices (inclusive PPN is inside gross already). */
  ppnAdded: z.number().int(),
  rounding: z.number().int(),
  /** What the sales came to: gross - discounts + PPN added + rounding. */
  salesTotal: z.number().int(),
  voids: z.object({ count: z.number().int(), ...amountRow }),
  refunds: z.object({ count: z.number().int(), ...amountRow }),
  /** salesTotal - voids - refunds: what the day kept. */
  net: z.number().int(),
  /** Tax of the sales that were not voided (refunded goods' PPN is not taken back). */
  tax: z.object({ dpp: z.number().int(), ppn: z.number().int() }),
  byMethod: z.array(
    z.object({
      method: z.string(),
      sales: z.number().int(),
      voids: z.number().int(),
      refunds: z.number().int(),
      net: z.number().int(),
    }),
  ),
  byCashier: z.array(z.object({ name: z.string(), salesCount: z.number().int(), ...amountRow })),
  byProduct: z.array(
    z.object({
      productId: z.number().int(),
      sku: z.string(),
      name: z.string(),
      unit: z.string(),
      qtyMilli: z.number().int(),
      ...amountRow,
    }),
  ),
  byCategory: z.array(z.object({ category: z.string(), ...amountRow })),
  /**
   * Per producing unit (UPT), net of voids and refunds, with the proceeds split as set per unit.
   * Cash rounding belongs to no unit: the units plus `roundingKept` make `net`.
   */
  byProducer: z.array(
    z.object({
      code: z.string(),
      name: z.string(),
      ...amountRow,
      pnbp: z.number().int(),
      premi: z.number().int(),
      capital: z.number().int(),
    }),
  ),
  /** Cash rounding of the sales that were not voided. */
  roundingKept: z.number().int(),
  /** Sales per hour of the day in the device's zone (0-23), voided sales left out. */
  byHour: z.array(z.object({ hour: z.number().int(), count: z.number().int(), ...amountRow })),
  cash: z.object({
    openingFloat: z.number().int(),
    cashSales: z.number().int(),
    cashVoided: z.number().int(),
    cashRefunds: z.number().int(),
    cashIn: z.number().int(),
    cashOut: z.number().int(),
    /**
     * Net cash of sales, voids and refunds that belong to no shift (rung up from the command line):
     * in the day's sales, in no drawer. Absent from Zs stored before it was reported (they counted it
     * in `expected`).
     */
    outsideShifts: z.number().int().optional(),
    /** What the drawers (the shifts) should hold: float + cash sales - voided - refunds + in - out - outside. */
    expected: z.number().int(),
    /** Counted at the shifts' close, and the sum of their variances (closed shifts only). */
    counted: z.number().int(),
    variance: z.number().int(),
  }),
  shifts: z.array(
    z.object({
      id: z.number().int(),
      userName: z.string(),
      openedAt: z.string(),
      closedAt: z.string().nullable(),
      expectedCash: z.number().int().nullable(),
      countedCash: z.number().int().nullable(),
      variance: z.number().int().nullable(),
    }),
  ),
});
export type DayReport = z.infer<typeof dayReportSchema>;

export const dayCloseSchema = z.object({
  device: z.string(),
  businessDay: z.string(),
  zNo: z.number().int(),
  closedAt: z.string(),
  closedBy: z.string(),
});
export type DayClose = z.infer<typeof dayCloseSchema>;

/** What the audit log records; `audit.list` filters on one of these. */
export const AUDIT_ACTIONS = [
  'pin.failed',
  'user.create',
  'user.update',
  'user.pin',
  'user.active',
  'sale.approved',
  'sale.priceEdit',
  'sale.void',
  'sale.refund',
  'drawer.open',
  'settings.change',
  'shift.open',
  'shift.close',
  'cash.in',
  'cash.out',
  'day.close',
  'clock.confirm',
  'setup.complete',
  'setup.enrol',
  'device.code',
  'backup.restore',
  'device.takeover',
  'catalog.package',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export const auditEntrySchema = z.object({
  id: z.number().int(),
  at: z.string(),
  device: z.string(),
  action: z.string(),
  userName: z.string().nullable(),
  approvedBy: z.string().nullable(),
  subject: z.string().nullable(),
  detail: z.record(z.string(), z.unknown()),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;

/** A file made by the engine, for the window to save: its name with extension, type and bytes. */
export const reportFileSchema = z.object({
  fileName: z.string(),
  mime: z.string(),
  base64: z.string(),
});
export type ReportFile = z.infer<typeof reportFileSchema>;

/**
 * Which report a command is about, as printing and the file download name it: the X of a day or a
 * range (`from`/`to`, today by default) or a stored Z (`day` or `zNo`, the newest by default), plus
 * the command's own fields.
 */
function reportWhich<Extra extends z.ZodRawShape>(extra: Extra) {
  // The extra fields make the parsed type generic here; the rules read only the shared ones.
  type Which = { kind: 'x' | 'z'; from?: string; to?: string; day?: string; zNo?: number };
  return z
    .object({
      kind: z.enum(['x', 'z'], { error: msg('input.reportKind') }),
      from: day.optional(),
      to: day.optional(),
      day: day.optional(),
      zNo: id.optional(),
      ...extra,
    })
    .strict()
    .refine(
      (input) => {
        const w = input as Which;
        return w.kind === 'x' || (w.from === undefined && w.to === undefined);
      },
      { error: msg('input.zUsesDay') },
    )
    .refine(
      (input) => {
        const w = input as Which;
        return w.kind === 'z' || (w.day === undefined && w.zNo === undefined);
      },
      { error: msg('input.xUsesRange') },
    );
}

export const reportsCommands = defineCommands({
  'reports.x': {
    summary: 'The report of a business day (or a range of days) on this till; reads and changes nothing',
    access: 'manager',
    input: z.object({ from: day.optional(), to: day.optional() }).strict(),
    output: dayReportSchema,
  },
  'reports.z': {
    summary:
      'Closes what a business day holds so far (the oldest day not yet closed by default): its shifts must be closed first; numbered, printed, final. Selling after it goes into the next Z of the same day',
    access: 'manager',
    input: z.object({ day: day.optional() }).strict(),
    output: z.object({ close: dayCloseSchema, report: dayReportSchema }),
  },
  'reports.zList': {
    summary: 'The Z reports of this till, newest first',
    access: 'manager',
    input: none,
    output: z.array(dayCloseSchema),
  },
  'reports.zGet': {
    summary: 'A Z report exactly as it was stored: by its number, or the last one of a day',
    access: 'manager',
    input: z
      .object({ zNo: id.optional(), day: day.optional() })
      .strict()
      .refine((input) => (input.zNo === undefined) !== (input.day === undefined), {
        error: msg('input.zOrDay'),
      }),
    output: z.object({ close: dayCloseSchema, report: dayReportSchema }),
  },
  'reports.file': {
    summary:
      'The X report of a day or range (kind x) or a stored Z report (kind z; the newest without day or number) as an XLSX workbook or a PDF, made by the engine; times name the till zone when laptopZone differs',
    access: 'manager',
    input: reportWhich({
      format: z.enum(['xlsx', 'pdf'], { error: msg('input.reportFormat') }),
      /** The zone of the laptop the file is read on (the window's); the engine's own by default. */
      laptopZone: timeZoneName.optional(),
    }),
    output: reportFileSchema,
  },
  'reports.journal': {
    summary:
      'The sales journal (every sale with its lines and payments, voids and refunds as such) of whole business days from..to, as an XLSX workbook or CSV file',
    access: 'manager',
    input: z
      .object({
        from: day,
        to: day,
        format: z.enum(['xlsx', 'csv'], { error: msg('input.journalFormat') }),
        /** The zone of the laptop the file is read on (the window's); the engine's own by default. */
        laptopZone: timeZoneName.optional(),
      })
      .strict(),
    output: reportFileSchema.extend({
      /** How many sales and refunds, and how many lines (rows under the header), the file holds. */
      entries: z.number().int(),
      lines: z.number().int(),
    }),
  },
  'printing.printReport': {
    summary:
      'Prints the X report of a day or range (kind x) or a stored Z report (kind z; the newest without day) on the thermal printer',
    access: 'manager',
    input: reportWhich({ printerId: id.optional() }),
    output: printJobSchema,
  },
  'audit.list': {
    summary: 'Sensitive actions, newest first (voids, refunds, discounts over the limit, wrong PINs, ...)',
    access: 'manager',
    input: z
      .object({
        from: day.optional(),
        to: day.optional(),
        action: z.string().trim().max(40).optional(),
        limit: z.number().int().min(1).max(1000).optional(),
      })
      .strict(),
    output: z.array(auditEntrySchema),
  },
});
