// Settlement statements of a producing unit (UPT) for a period: the figures on the page, issuing
// (numbered, with the SHA-256 of each file), the list, and the files themselves.
import { z } from 'zod';
import { day } from '../contract/reports';
import { msg } from '../messages';
import { ANY_ROLE, defineOfficeCommands, FINANCE_OR_ADMIN } from './common';

import { STATEMENT_MAX_DAYS } from './statementLimits';

export { STATEMENT_MAX_DAYS, STATEMENT_PAGE_LINES } from './statementLimits';

const unitCode = z
  .string({ error: msg('officeStatements.unitCode') })
  .regex(/^[A-Z0-9][A-Z0-9-]{0,39}$/, { error: msg('officeStatements.unitCode') });

const daysIn = (from: string, to: string) =>
  (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000 + 1;

/** The unit and the period (`from` ≤ `to`, at most a year), with `extra` fields beside them. */
function statementPeriod<Extra extends z.ZodRawShape>(extra: Extra) {
  type Period = { from: string; to: string };
  return z
    .object({ unit: unitCode, from: day, to: day, ...extra })
    .strict()
    .refine((p) => (p as Period).from <= (p as Period).to, { error: msg('reports.fromBeforeTo') })
    .refine((p) => daysIn((p as Period).from, (p as Period).to) <= STATEMENT_MAX_DAYS, {
      error: msg('officeStatements.periodTooLong', { max: STATEMENT_MAX_DAYS }),
    });
}

export const statementPeriodSchema = statementPeriod({});

const rates = z.object({ pnbpBp: z.number().int(), premiBp: z.number().int(), capitalBp: z.number().int() });
const parts = { pnbp: z.number().int(), premi: z.number().int(), capital: z.number().int() };

export const statementTotalsSchema = z.object({
  gross: z.number().int(),
  refunds: z.number().int(),
  net: z.number().int(),
  ...parts,
  saleLines: z.number().int(),
  refundLines: z.number().int(),
});

export const statementLineSchema = z.object({
  kind: z.enum(['sale', 'refund']),
  businessDay: z.string(),
  device: z.string(),
  documentNo: z.string(),
  saleReceiptNo: z.string().nullable(),
  lineNo: z.number().int(),
  sku: z.string(),
  name: z.string(),
  unit: z.string(),
  qtyMilli: z.number().int(),
  amount: z.number().int(),
  rates,
});

export const statementRecordSchema = z.object({
  number: z.string(),
  unit: z.string(),
  from: z.string(),
  to: z.string(),
  revision: z.number().int(),
  issuedAt: z.string(),
  issuedBy: z.string(),
  inputsSha256: z.string(),
  totals: statementTotalsSchema,
  pdfSha256: z.string(),
  xlsxSha256: z.string(),
});
export type StatementRecordOut = z.infer<typeof statementRecordSchema>;

export const statementPreviewSchema = z.object({
  unit: z.object({ code: z.string(), name: z.string() }),
  period: z.object({ from: z.string(), to: z.string() }),
  groups: z.array(
    z.object({
      rates,
      gross: z.number().int(),
      refunds: z.number().int(),
      net: z.number().int(),
      ...parts,
      lines: z.number().int(),
    }),
  ),
  devices: z.array(
    z.object({
      device: z.string(),
      gross: z.number().int(),
      refunds: z.number().int(),
      net: z.number().int(),
      days: z.number().int(),
    }),
  ),
  totals: statementTotalsSchema,
  /** One page of the lines, in the statement's order, from `offset`. */
  lines: z.array(statementLineSchema),
  offset: z.number().int(),
  /** The newest statement issued for exactly this unit and period, if any. */
  issued: statementRecordSchema.nullable(),
});
export type StatementPreview = z.infer<typeof statementPreviewSchema>;

export const statementsCommands = defineOfficeCommands({
  'statements.units': {
    summary: 'The producing units that have sales at the office, with the name their newest batch gave',
    roles: ANY_ROLE,
    input: z.object({}).strict(),
    output: z.array(z.object({ code: z.string(), name: z.string() })),
  },
  'statements.preview': {
    summary: 'The figures of a unit for a period as a statement would hold them, and one page of its lines',
    roles: ANY_ROLE,
    input: statementPeriod({ offset: z.number().int().min(0).max(100_000_000).optional() }),
    output: statementPreviewSchema,
  },
  'statements.issue': {
    summary:
      'Issues the statement (number, PDF, XLSX, their SHA-256); the same inputs give back the same statement, new inputs a new revision',
    roles: FINANCE_OR_ADMIN,
    input: statementPeriodSchema,
    output: z.object({ statement: statementRecordSchema, created: z.boolean() }),
  },
  'statements.list': {
    summary: 'Issued statements, newest first, of one unit or all',
    roles: ANY_ROLE,
    input: z.object({ unit: unitCode.optional() }).strict(),
    output: z.array(statementRecordSchema),
  },
  'statements.file': {
    summary: "An issued statement's PDF or XLSX, byte for byte as issued",
    roles: ANY_ROLE,
    input: z.object({ number: z.string().min(1).max(120), format: z.enum(['pdf', 'xlsx']) }).strict(),
    output: z.object({ fileName: z.string(), mime: z.string(), sha256: z.string(), base64: z.string() }),
  },
});
