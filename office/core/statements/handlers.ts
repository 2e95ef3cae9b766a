// The statements area of the office's command table: thin handlers over the figures and issuing.
import { EngineError } from '../../../electron/core/errors';
import { fontSet } from '../../../electron/core/fonts/fonts';
import { REPORT_MIME } from '../../../electron/core/reports/reportFiles';
import { STATEMENT_PAGE_LINES } from '../../../shared/office/statements';
import { DEFAULT_TIME_ZONE } from '../../../shared/time';
import type { OfficeHandlers } from '../handlerTypes';
import { officeResourcesDir } from '../resources';
import {
  issueStatement,
  listStatements,
  type StatementRecord,
  statementByNumber,
  statementFile,
} from './issueStatement';
import { statementLines, statementSummary } from './statementFigures';
import { statementFileName } from './statementFiles';

type StatementCommand =
  | 'statements.units'
  | 'statements.preview'
  | 'statements.issue'
  | 'statements.list'
  | 'statements.file';

async function latestIssued(
  q: Parameters<typeof listStatements>[0],
  period: { unit: string; from: string; to: string },
): Promise<StatementRecord | null> {
  const { rows } = await q.query<{ number: string }>(
    `select number from statements where producer_code = $1 and period_from = $2 and period_to = $3
      order by revision desc limit 1`,
    [period.unit, period.from, period.to],
  );
  return rows[0] ? statementByNumber(q, rows[0].number) : null;
}

export const statementsHandlers: OfficeHandlers<StatementCommand> = {
  async 'statements.units'(ctx) {
    // The summary table holds every unit that sold; the name comes from its newest line.
    const { rows } = await ctx.db.query<{ code: string; name: string | null }>(
      `select u.producer_code as code,
              (select l.producer_name from sale_lines l where l.producer_code = u.producer_code
                order by l.business_day desc limit 1) as name
         from (select distinct producer_code from day_unit_totals) u
        order by u.producer_code`,
    );
    return rows.map((r) => ({ code: r.code, name: r.name ?? r.code }));
  },

  async 'statements.preview'(ctx, input) {
    const period = { unit: input.unit, from: input.from, to: input.to };
    const offset = input.offset ?? 0;
    const summary = await statementSummary(ctx.db, period);
    const lines = await statementLines(ctx.db, period, { offset, limit: STATEMENT_PAGE_LINES });
    return { ...summary, lines, offset, issued: await latestIssued(ctx.db, period) };
  },

  async 'statements.issue'(ctx, input, call) {
    if (call.actor.kind !== 'user') throw new EngineError('UNAUTHENTICATED', 'office.signInAgain');
    const user = { id: call.actor.id, name: call.actor.name };
    const period = { unit: input.unit, from: input.from, to: input.to };
    return ctx.db.tx((q) =>
      issueStatement(q, {
        period,
        user,
        now: ctx.now(),
        timeZone: DEFAULT_TIME_ZONE,
        fonts: fontSet(ctx.resourcesDir ?? officeResourcesDir()),
      }),
    );
  },

  async 'statements.list'(ctx, input) {
    return listStatements(ctx.db, { unit: input.unit });
  },

  async 'statements.file'(ctx, input) {
    const statement = await statementByNumber(ctx.db, input.number);
    if (!statement) throw new EngineError('NOT_FOUND', 'officeStatements.notFound', { number: input.number });
    const sha = input.format === 'pdf' ? statement.pdfSha256 : statement.xlsxSha256;
    const bytes = await statementFile(ctx.db, sha);
    if (!bytes) throw new EngineError('NOT_FOUND', 'officeStatements.notFound', { number: input.number });
    return {
      fileName: `${statementFileName({ unit: { code: statement.unit, name: '' }, period: statement, revision: statement.revision })}.${input.format}`,
      mime: REPORT_MIME[input.format],
      sha256: sha,
      base64: Buffer.from(bytes).toString('base64'),
    };
  },
};
