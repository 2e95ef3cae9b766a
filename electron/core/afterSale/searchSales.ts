// The sales list: one business day (today by default), newest first, searched by receipt number,
// amount or product. A full receipt number finds its sale whatever the day, so a buyer who comes
// back next week with the receipt is found at once; so does a full refund number (R-...), printed
// on the refund slip the buyer carries.
import type { ParsedInput, SaleSummary } from '../../../shared/contract';
import type { EngineContext } from '../context';
import { todayBusinessDay } from './businessDay';

type Ctx = Pick<EngineContext, 'db' | 'device' | 'now'>;

const FULL_RECEIPT_NO = /^[A-Z0-9]{2,8}-\d{8}-\d{4,}$/i;
const FULL_REFUND_NO = /^R-[A-Z0-9]{2,8}-\d{8}-\d{4,}$/i;

/** `85.000`, `Rp 85.000` or `85000` as rupiah; null when the text is not an amount. */
export function amountOf(text: string): number | null {
  const digits = text.replace(/^rp\.?\s*/i, '').replace(/[.\s]/g, '');
  if (!/^\d{1,13}$/.test(digits)) return null;
  return Number(digits);
}

const likeEscape = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

interface Row extends Omit<SaleSummary, 'preview'> {
  names: string | null;
}

export function searchSales(
  ctx: Ctx,
  input: ParsedInput<'sales.search'>,
): { day: string; sales: SaleSummary[] } {
  const day = input.day ?? todayBusinessDay(ctx);
  const query = input.query ?? '';
  const wholeNumber = FULL_RECEIPT_NO.test(query);
  const refundNumber = FULL_REFUND_NO.test(query);
  const rows = ctx.db
    .prepare(
      `SELECT s.id, s.receipt_no AS receiptNo, s.business_day AS businessDay, s.created_at AS createdAt,
              s.cashier_name AS cashierName, s.total,
              (SELECT count(*) FROM sale_lines l WHERE l.sale_id = s.id) AS lineCount,
              (SELECT group_concat(name, char(31)) FROM
                 (SELECT name FROM sale_lines l WHERE l.sale_id = s.id ORDER BY line_no LIMIT 4)) AS names,
              st.status, st.refunded_amount AS refundedAmount
       FROM sales s JOIN sale_after_status st ON st.sale_id = s.id
       WHERE CASE WHEN @refund THEN s.id = (SELECT sale_id FROM refunds WHERE refund_no = @upper)
             WHEN @whole THEN s.receipt_no = @query COLLATE NOCASE
             ELSE s.business_day = @day AND (
               @query = ''
               OR s.receipt_no LIKE @like ESCAPE '\\'
               OR s.total = @amount
               OR EXISTS (SELECT 1 FROM sale_lines l WHERE l.sale_id = s.id
                          AND (l.name LIKE @like ESCAPE '\\' OR l.sku LIKE @like ESCAPE '\\')))
             END
       ORDER BY s.created_at DESC, s.receipt_no DESC
       LIMIT @limit`,
    )
    .all({
      whole: wholeNumber ? 1 : 0,
      refund: refundNumber ? 1 : 0,
      // Numbers are written in capitals: comparing them so uses the unique index.
      upper: query.toUpperCase(),
      query,
      day,
      like: `%${likeEscape(query)}%`,
      amount: amountOf(query) ?? -1,
      limit: input.limit ?? 300,
    }) as Row[];
  return {
    day,
    sales: rows.map(({ names, ...row }) => {
      // Four names fetched, three shown: the fourth only says there are more.
      const shown = (names ?? '').split('\u001f').slice(0, 3).join(', ');
      return { ...row, preview: row.lineCount > 3 ? `${shown}, …` : shown };
    }),
  };
}
