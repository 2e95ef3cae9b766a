// QRIS reconciliation: the day's QRIS payments as the till recorded them (confirmed by a person on
// the merchant's phone), matched against the statement the QRIS provider's app exports.
import { z } from 'zod';
import { msg } from '../messages';
import { defineCommands, messageRefSchema } from './common';

const day = z
  .string({ error: msg('input.dateText') })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: msg('input.dateFormat') });

export const qrisPaymentSchema = z.object({
  receiptNo: z.string(),
  amount: z.number().int(),
  /** When the cashier confirmed it arrived (ISO instant). */
  confirmedAt: z.string(),
  confirmedBy: z.string(),
  reference: z.string().nullable(),
  /** The sale was voided: the money should also have gone back. */
  voided: z.boolean(),
});
export type QrisPayment = z.infer<typeof qrisPaymentSchema>;

export const statementRowSchema = z.object({
  /** Line number in the file (the header is line 1). */
  line: z.number().int(),
  at: z.string(),
  amount: z.number().int(),
  reference: z.string().nullable(),
});
export type StatementRow = z.infer<typeof statementRowSchema>;

export const reconciliationSchema = z.object({
  day: z.string(),
  payments: z.array(qrisPaymentSchema),
  matched: z.array(
    z.object({ payment: qrisPaymentSchema, row: statementRowSchema, minutesApart: z.number().int() }),
  ),
  /** Recorded at the till but not in the statement: confirmed without the money arriving? */
  unmatchedPayments: z.array(qrisPaymentSchema),
  /** In the statement but not at the till: paid but not rung up, or another till's. */
  unmatchedRows: z.array(statementRowSchema),
  /** Lines of the file that could not be read, with why (Indonesian). */
  problems: z.array(z.object({ line: z.number().int(), message: messageRefSchema })),
});
export type Reconciliation = z.infer<typeof reconciliationSchema>;

export const qrisCommands = defineCommands({
  'qris.payments': {
    summary: "The business day's QRIS payments: amount, time, reference and who confirmed them",
    access: 'manager',
    input: z.object({ day: day.optional() }).strict(),
    output: z.array(qrisPaymentSchema),
  },
  'qris.reconcile': {
    summary: "Matches the day's QRIS payments with the provider's statement (CSV) by amount and time",
    access: 'manager',
    input: z
      .object({
        day: day.optional(),
        statement: z
          .string({ error: msg('input.statementText') })
          .max(5_000_000, { error: msg('input.statementTooBig') }),
        /** How far apart in time a payment and a statement line may be and still match. */
        windowMinutes: z.number().int().min(1).max(240).optional(),
      })
      .strict(),
    output: reconciliationSchema,
  },
});
