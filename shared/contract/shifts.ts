// Shifts and the cash drawer: open with a counted float, cash in and out with a reason, close with
// a blind count by denomination. The cashier counts before she sees what the drawer should hold.
// Large cash-outs and opening the drawer without a sale need a manager (docs/shifts.md).
import { z } from 'zod';
import { msg } from '../messages';
import { defineCommands, id, none, rupiah } from './common';
import { managerApproval } from './payments';

/** Notes and coins a drawer holds, largest first (rupiah). */
export const DENOMINATIONS = [100_000, 50_000, 20_000, 10_000, 5_000, 2_000, 1_000, 500, 200, 100] as const;

const reason = z
  .string({ error: msg('input.reasonRequired') })
  .trim()
  .min(3, { error: msg('input.reasonMin3') })
  .max(200, { error: msg('input.reasonMax200') });

/** `{ "100000": 3, "500": 4 }`: how many of each note or coin. */
export const cashCount = z
  // Partial: only the notes and coins that are there (zod's record over an enum wants every key).
  .partialRecord(
    z.enum(DENOMINATIONS.map(String) as [string, ...string[]], { error: msg('input.denomination') }),
    z
      .number({ error: msg('input.piecesNumber') })
      .int({ error: msg('input.piecesWhole') })
      .min(0, { error: msg('input.piecesNegative') })
      .max(100_000, { error: msg('input.piecesTooBig') }),
  )
  .refine((count) => Object.keys(count).length <= DENOMINATIONS.length, {
    error: msg('input.countInvalid'),
  });
export type CashCount = z.infer<typeof cashCount>;

export const cashMovementSchema = z.object({
  id: z.number().int(),
  kind: z.enum(['in', 'out']),
  amount: z.number().int(),
  reason: z.string(),
  createdAt: z.string(),
  userName: z.string().nullable(),
});
export type CashMovement = z.infer<typeof cashMovementSchema>;

export const shiftSchema = z.object({
  id: z.number().int(),
  device: z.string(),
  businessDay: z.string(),
  userId: z.number().int(),
  userName: z.string(),
  openedAt: z.string(),
  openingFloat: z.number().int(),
  closedAt: z.string().nullable(),
  /** Filled when closed: what the drawer should hold, what was counted, and the difference. */
  expectedCash: z.number().int().nullable(),
  countedCash: z.number().int().nullable(),
  countDetail: z.record(z.string(), z.number().int()).nullable(),
  variance: z.number().int().nullable(),
  closeNote: z.string().nullable(),
  approvedBy: z.string().nullable(),
  /** Who counted and closed it: the cashier herself, or a manager closing it for her. */
  closedBy: z.string().nullable(),
});
export type Shift = z.infer<typeof shiftSchema>;

/** What a shift took, for the cashier's own summary and the close slip. */
export const shiftSummarySchema = z.object({
  shift: shiftSchema,
  salesCount: z.number().int(),
  salesTotal: z.number().int(),
  byMethod: z.array(z.object({ method: z.string(), amount: z.number().int() })),
  voidsCount: z.number().int(),
  voidsTotal: z.number().int(),
  refundsCount: z.number().int(),
  refundsTotal: z.number().int(),
  cashIn: z.number().int(),
  cashOut: z.number().int(),
  movements: z.array(cashMovementSchema),
  /**
   * Float + cash taken - cash given back + cash in - cash out. Null on an open shift's summary for a
   * cashier: the count is blind, she sees it only after closing.
   */
  expectedCash: z.number().int().nullable(),
});
export type ShiftSummary = z.infer<typeof shiftSummarySchema>;

/** A no-sale drawer open: which printer kicked it, when, and who approved it. */
export const drawerOpenedSchema = z.object({
  printerName: z.string(),
  openedAt: z.string(),
  /** The manager who typed her PIN for a cashier; null when a manager or admin opened it herself. */
  approvedBy: z.string().nullable(),
  /** The printer took the pulse but says something (e.g. paper nearly out): a stored message. */
  warning: z.string().nullable(),
});
export type DrawerOpened = z.infer<typeof drawerOpenedSchema>;

export const shiftsCommands = defineCommands({
  'shifts.current': {
    summary: "The signed-in person's open shift on this till and the till's business day",
    access: 'cashier',
    input: none,
    /**
     * `businessDay` is the shift's day (today's when none is open); `today` where a sale made now
     * goes. They differ when the shift was opened on an earlier day: it must be closed first.
     */
    output: z.object({ shift: shiftSchema.nullable(), businessDay: z.string(), today: z.string() }),
  },
  'shifts.open': {
    summary: 'Opens a shift with the counted float in the drawer',
    access: 'cashier',
    input: z.object({ openingFloat: rupiah, count: cashCount.optional() }).strict(),
    output: shiftSchema,
  },
  'shifts.cashMove': {
    summary:
      "Cash put in or taken out of the caller's open drawer, with the reason; a cashier's cash-out over the limit or over what the drawer should hold needs a manager",
    access: 'cashier',
    input: z
      .object({
        kind: z.enum(['in', 'out'], { error: msg('input.cashMoveKind') }),
        amount: rupiah.refine((n) => n > 0, { error: msg('input.amountPositive') }),
        reason,
        approval: managerApproval.optional(),
      })
      .strict(),
    output: cashMovementSchema,
  },
  'shifts.openDrawer': {
    summary:
      "Opens the cash drawer through the receipt printer without a sale, with the reason; a cashier needs a manager's PIN",
    access: 'cashier',
    input: z
      .object({
        reason: z
          .string({ error: msg('input.reasonRequired') })
          .trim()
          .min(3, { error: msg('input.reasonMin3') })
          .max(100, { error: msg('input.reasonMax100') }),
        /** The default printer unless given. */
        printerId: id.optional(),
        approval: managerApproval.optional(),
      })
      .strict(),
    output: drawerOpenedSchema,
  },
  'shifts.summary': {
    summary: "A shift's takings; a cashier sees only her own, and no expected cash before she has counted",
    access: 'cashier',
    input: z.object({ shiftId: id.optional() }).strict(),
    output: shiftSummarySchema,
  },
  'shifts.close': {
    summary:
      "Closes the caller's shift with a blind count by denomination (a variance over the limit needs a manager); a manager may count and close someone else's open shift on this till (shiftId, with a note)",
    access: 'cashier',
    input: z
      .object({
        /** Someone else's open shift (managers): a cashier who went home without closing her drawer. */
        shiftId: id.optional(),
        count: cashCount,
        note: z
          .string()
          .trim()
          .max(200, { error: msg('input.noteMax200') })
          .optional(),
        approval: managerApproval.optional(),
      })
      .strict(),
    output: shiftSummarySchema,
  },
  'shifts.list': {
    summary: "The shifts of a business day on this till (today's by default)",
    access: 'manager',
    input: z
      .object({
        day: z
          .string()
          .regex(/^\d{4}-\d{2}-\d{2}$/, { error: msg('input.dateYmd') })
          .optional(),
      })
      .strict(),
    output: z.array(shiftSchema),
  },
});
