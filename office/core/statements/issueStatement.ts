// Issuing a statement: the figures of a unit for a period are numbered, drawn as PDF and XLSX, and
// kept with the SHA-256 of each file. Issuing the same period again returns the same statement,
// the same bytes, as long as nothing new arrived for it; when a late batch changed its inputs, the
// next issue is a new revision with its own number, and the old one stays as it was printed.

import { createHash } from 'node:crypto';
import { EngineError } from '../../../electron/core/errors';
import type { FontSet } from '../../../electron/core/fonts/fonts';
import { writePdf } from '../../../electron/core/pdf/writePdf';
import type { Queryable } from '../../db/types';
import { recordAudit } from '../audit/audit';
import { isoOf } from '../context';
import { type StatementPeriod, statementFigures } from './statementFigures';
import { statementPdfDocument, statementWorkbook } from './statementFiles';
import type { IssuedStatement, StatementFigures } from './statementModel';

export interface StatementRecord {
  number: string;
  unit: string;
  from: string;
  to: string;
  revision: number;
  issuedAt: string;
  issuedBy: string;
  inputsSha256: string;
  totals: StatementFigures['totals'];
  pdfSha256: string;
  xlsxSha256: string;
}

/** `2026-11` for a whole calendar month, `2026-11-01_2026-11-15` otherwise. */
export function periodCode(from: string, to: string): string {
  const month = from.slice(0, 7);
  const last = new Date(Date.UTC(Number(from.slice(0, 4)), Number(from.slice(5, 7)), 0))
    .toISOString()
    .slice(0, 10);
  return from.endsWith('-01') && to === last ? month : `${from}_${to}`;
}

/** `HP/LPS-PALU/2026-11/1`: hasil penjualan, the unit, the period, the revision. */
export function statementNumber(unit: string, from: string, to: string, revision: number): string {
  return `HP/${unit}/${periodCode(from, to)}/${revision}`;
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

interface StatementRow {
  number: string;
  producer_code: string;
  period_from: string;
  period_to: string;
  revision: number;
  issued_at: unknown;
  issued_by_name: string;
  inputs_sha256: string;
  totals: StatementFigures['totals'] | string;
  pdf_sha256: string;
  xlsx_sha256: string;
}

const STATEMENT_COLUMNS = `number, producer_code, period_from, period_to, revision, issued_at, issued_by_name,
  inputs_sha256, totals, pdf_sha256, xlsx_sha256`;

function record(row: StatementRow): StatementRecord {
  return {
    number: row.number,
    unit: row.producer_code,
    from: row.period_from,
    to: row.period_to,
    revision: row.revision,
    issuedAt: isoOf(row.issued_at),
    issuedBy: row.issued_by_name,
    inputsSha256: row.inputs_sha256,
    totals: typeof row.totals === 'string' ? JSON.parse(row.totals) : row.totals,
    pdfSha256: row.pdf_sha256,
    xlsxSha256: row.xlsx_sha256,
  };
}

export async function listStatements(
  q: Queryable,
  filter: { unit?: string | undefined; limit?: number },
): Promise<StatementRecord[]> {
  const { rows } = await q.query<StatementRow>(
    `select ${STATEMENT_COLUMNS} from statements
      where ($1::text is null or producer_code = $1)
      order by issued_at desc, number desc limit $2`,
    [filter.unit ?? null, filter.limit ?? 200],
  );
  return rows.map(record);
}

export async function statementByNumber(q: Queryable, number: string): Promise<StatementRecord | null> {
  const { rows } = await q.query<StatementRow>(
    `select ${STATEMENT_COLUMNS} from statements where number = $1`,
    [number],
  );
  return rows[0] ? record(rows[0]) : null;
}

/** The stored bytes of an issued statement's PDF or XLSX. */
export async function statementFile(q: Queryable, sha: string): Promise<Uint8Array | null> {
  const { rows } = await q.query<{ bytes: Uint8Array }>(
    'select bytes from statement_files where sha256 = $1',
    [sha],
  );
  return rows[0] ? new Uint8Array(rows[0].bytes) : null;
}

export interface IssueOptions {
  period: StatementPeriod;
  user: { id: number; name: string };
  now: Date;
  timeZone: string;
  fonts: FontSet;
}

/**
 * Issues the statement of `period`, or returns the one already issued with the same inputs
 * (`created: false`); refuses a period with no line of the unit (nothing to state). Runs in the caller's transaction; a per-unit advisory lock keeps two issues of
 * one unit from taking the same revision.
 */
export async function issueStatement(
  q: Queryable,
  options: IssueOptions,
): Promise<{ statement: StatementRecord; created: boolean }> {
  const { period } = options;
  await q.query("select pg_advisory_xact_lock(hashtext('statement:' || $1))", [period.unit]);
  const figures = await statementFigures(q, period);
  if (figures.lines.length === 0) {
    throw new EngineError('NOT_FOUND', 'officeStatements.nothingSold', {
      unit: period.unit,
      from: period.from,
      to: period.to,
    });
  }
  const latest = (
    await q.query<StatementRow>(
      `select ${STATEMENT_COLUMNS} from statements
        where producer_code = $1 and period_from = $2 and period_to = $3
        order by revision desc limit 1`,
      [period.unit, period.from, period.to],
    )
  ).rows[0];
  if (latest && latest.inputs_sha256 === figures.inputsSha256)
    return { statement: record(latest), created: false };

  const revision = (latest?.revision ?? 0) + 1;
  const issued: IssuedStatement = {
    ...figures,
    number: statementNumber(period.unit, period.from, period.to, revision),
    revision,
    issuedAt: options.now.toISOString(),
    issuedBy: options.user.name,
    timeZone: options.timeZone,
  };
  const pdf = writePdf(statementPdfDocument(issued), options.fonts);
  const xlsx = statementWorkbook(issued);
  const pdfSha = sha256(pdf);
  const xlsxSha = sha256(xlsx);
  for (const [sha, kind, bytes] of [
    [pdfSha, 'pdf', pdf],
    [xlsxSha, 'xlsx', xlsx],
  ] as const) {
    await q.query(
      'insert into statement_files (sha256, kind, bytes) values ($1, $2, $3) on conflict (sha256) do nothing',
      [sha, kind, Buffer.from(bytes)],
    );
  }
  await q.query(
    `insert into statements (number, producer_code, period_from, period_to, revision, issued_at, issued_by,
       issued_by_name, inputs_sha256, totals, pdf_sha256, xlsx_sha256)
     values ($1, $2, $3, $4, $5, $6::timestamptz, $7, $8, $9, $10::jsonb, $11, $12)`,
    [
      issued.number,
      period.unit,
      period.from,
      period.to,
      revision,
      issued.issuedAt,
      options.user.id,
      options.user.name,
      figures.inputsSha256,
      JSON.stringify(figures.totals),
      pdfSha,
      xlsxSha,
    ],
  );
  await recordAudit(q, {
    at: options.now,
    userId: options.user.id,
    action: 'statement.issue',
    target: issued.number,
    detail: {
      unit: period.unit,
      from: period.from,
      to: period.to,
      revision,
      net: figures.totals.net,
      pdfSha256: pdfSha,
      xlsxSha256: xlsxSha,
      inputsSha256: figures.inputsSha256,
      ...(latest ? { replaces: latest.number } : {}),
    },
  });
  const statement = await statementByNumber(q, issued.number);
  if (!statement) throw new Error(`statement ${issued.number} was not stored`);
  return { statement, created: true };
}
