// Shifts: one person's time at one till, from the counted float to the blind count at close.
// The expected cash is worked out from stored rows only when the shift closes; a cashier sees it
// after she has counted, never before (a blind count keeps the count honest).
import type { Database } from 'better-sqlite3';
import {
  type CashCount,
  type CashMovement,
  DENOMINATIONS,
  type ParsedInput,
  type Shift,
  type ShiftSummary,
} from '../../../shared/contract';
import { formatRupiah } from '../../../shared/money';
import { audit } from '../audit/audit';
import { requireApproval } from '../auth/approval';
import type { Actor, EngineContext } from '../context';
import { EngineError } from '../errors';
import { getPaymentSettings } from '../payments/paymentSettings';
import { deviceBusinessDay, openShiftOf } from './businessDay';

type UserActor = Extract<Actor, { kind: 'user' }>;

interface ShiftRow {
  id: number;
  device: string;
  businessDay: string;
  userId: number;
  userName: string;
  openedAt: string;
  openingFloat: number;
  closedAt: string | null;
  expectedCash: number | null;
  countedCash: number | null;
  countDetail: string | null;
  variance: number | null;
  closeNote: string | null;
  approvedBy: string | null;
  closedBy: string | null;
}

const COLUMNS = `id, device, business_day AS businessDay, user_id AS userId, user_name AS userName,
  opened_at AS openedAt, opening_float AS openingFloat, closed_at AS closedAt, expected_cash AS expectedCash,
  counted_cash AS countedCash, count_detail AS countDetail, variance, close_note AS closeNote,
  approved_by_name AS approvedBy, closed_by_name AS closedBy`;

function toShift(row: ShiftRow): Shift {
  return {
    ...row,
    countDetail: row.countDetail ? (JSON.parse(row.countDetail) as Record<string, number>) : null,
  };
}

function shiftById(db: Database, id: number): ShiftRow | undefined {
  return db.prepare(`SELECT ${COLUMNS} FROM shifts WHERE id = ?`).get(id) as ShiftRow | undefined;
}

/** Rupiah in a count: each denomination times how many. */
export function countTotal(count: CashCount): number {
  return Object.entries(count).reduce(
    (sum, [denomination, pieces]) => sum + Number(denomination) * (pieces ?? 0),
    0,
  );
}

function requireUser(actor: Actor): UserActor {
  if (actor.kind !== 'user') throw new EngineError('FORBIDDEN', 'shifts.shiftNeedsPin');
  return actor;
}

function requireOpenShift(ctx: EngineContext, actor: UserActor) {
  const shift = openShiftOf(ctx.db, ctx.device.device, actor.userId);
  if (!shift) throw new EngineError('SHIFT_CLOSED', 'shifts.noOpenShift');
  return shift;
}

export function currentShift(
  ctx: EngineContext,
  actor: Actor,
): { shift: Shift | null; businessDay: string; today: string } {
  const user = actor.kind === 'user' ? openShiftOf(ctx.db, ctx.device.device, actor.userId) : undefined;
  const row = user ? shiftById(ctx.db, user.id) : undefined;
  const today = deviceBusinessDay(ctx);
  return { shift: row ? toShift(row) : null, businessDay: user?.businessDay ?? today, today };
}

export function openShift(ctx: EngineContext, input: ParsedInput<'shifts.open'>, actor: Actor): Shift {
  const user = requireUser(actor);
  if (input.count && countTotal(input.count) !== input.openingFloat) {
    throw new EngineError('INVALID_INPUT', 'shifts.countNotFloat', {
      value: formatRupiah(countTotal(input.count)),
      openingFloat: formatRupiah(input.openingFloat),
    });
  }
  const id = ctx.db
    .transaction(() => {
      if (openShiftOf(ctx.db, ctx.device.device, user.userId)) {
        throw new EngineError('CONFLICT', 'shifts.alreadyOpen');
      }
      const now = ctx.now();
      // A person joining while a day is still open (another shift running past midnight) joins that day.
      const day = deviceBusinessDay(ctx);
      const made = ctx.db
        .prepare(
          `INSERT INTO shifts (device, business_day, user_id, user_name, opened_at, opening_float)
           VALUES (?, ?, ?, ?, ?, ?)`,
        )
        .run(ctx.device.device, day, user.userId, user.name, now.toISOString(), input.openingFloat);
      const shiftId = Number(made.lastInsertRowid);
      audit(ctx.db, ctx.device.device, now, {
        action: 'shift.open',
        actor,
        subject: `shift ${shiftId}`,
        detail: { openingFloat: input.openingFloat, businessDay: day },
      });
      return shiftId;
    })
    .immediate();
  const row = shiftById(ctx.db, id);
  if (!row) throw new EngineError('INTERNAL', 'shifts.shiftUnreadable');
  return toShift(row);
}

/**
 * Why a cash-out needs a manager's PIN, or null when it does not. Only a cashier's cash-out is
 * limited: over the cash-out limit (a payment setting; 0 asks every time), or over what the drawer
 * should hold right now. The message never says how much the drawer should hold: the count at close
 * stays blind.
 */
function cashOutNeedsApproval(
  ctx: EngineContext,
  user: UserActor,
  shift: ShiftRow,
  amount: number,
): EngineError | null {
  if (user.role !== 'cashier') return null;
  const limit = getPaymentSettings(ctx.db).cashOutLimit;
  if (limit === 0) return new EngineError('APPROVAL_REQUIRED', 'shifts.cashOutAlwaysApproved');
  if (amount > limit) {
    return new EngineError('APPROVAL_REQUIRED', 'shifts.cashOutOverLimit', {
      amount: formatRupiah(amount),
      limit: formatRupiah(limit),
    });
  }
  const expected = summarise(ctx.db, shift, true).expectedCash ?? 0;
  if (amount > expected) {
    return new EngineError('APPROVAL_REQUIRED', 'shifts.cashOutOverDrawer', { amount: formatRupiah(amount) });
  }
  return null;
}

export function moveCash(
  ctx: EngineContext,
  input: ParsedInput<'shifts.cashMove'>,
  actor: Actor,
): CashMovement {
  // Cash in or out belongs to a drawer, and a drawer to a person's open shift: the command line (the
  // system) holds no drawer, so a cash move from it would count in no shift's expected cash.
  if (actor.kind !== 'user') {
    throw new EngineError('SHIFT_CLOSED', 'shifts.cashMoveNeedsShift');
  }
  const user = requireUser(actor);
  const before = shiftById(ctx.db, requireOpenShift(ctx, user).id);
  if (!before) throw new EngineError('NOT_FOUND', 'shifts.shiftNotFound');
  const asked = input.kind === 'out' ? cashOutNeedsApproval(ctx, user, before, input.amount) : null;
  if (asked !== null && !input.approval) throw asked;
  // Outside the transaction, like every approval: a wrong PIN still counts towards lockout.
  const approver = asked !== null ? requireApproval(ctx, actor, input.approval) : null;
  return ctx.db
    .transaction(() => {
      const open = requireOpenShift(ctx, user);
      const shift = shiftById(ctx.db, open.id);
      if (!shift) throw new EngineError('NOT_FOUND', 'shifts.shiftNotFound');
      // Asked again inside the write lock: a refund may have emptied the drawer since.
      const needs = input.kind === 'out' ? cashOutNeedsApproval(ctx, user, shift, input.amount) : null;
      if (needs !== null && !approver) throw needs;
      const now = ctx.now();
      const made = ctx.db
        .prepare(
          `INSERT INTO cash_movements (shift_id, kind, amount, reason, created_at, user_id, user_name)
           VALUES (?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(shift.id, input.kind, input.amount, input.reason, now.toISOString(), user.userId, user.name);
      audit(ctx.db, ctx.device.device, now, {
        action: input.kind === 'in' ? 'cash.in' : 'cash.out',
        actor,
        approvedBy: approver?.name ?? null,
        subject: `shift ${shift.id}`,
        detail: {
          amount: input.amount,
          reason: input.reason,
          ...(needs ? { approvalReason: needs.message } : {}),
        },
      });
      return {
        id: Number(made.lastInsertRowid),
        kind: input.kind,
        amount: input.amount,
        reason: input.reason,
        createdAt: now.toISOString(),
        userName: user.name,
      };
    })
    .immediate();
}

/** Everything a shift took and gave back, from stored rows. */
function summarise(db: Database, row: ShiftRow, showExpected: boolean): ShiftSummary {
  const id = row.id;
  const sales = db
    .prepare('SELECT count(*) AS count, coalesce(sum(total), 0) AS total FROM sales WHERE shift_id = ?')
    .get(id) as { count: number; total: number };
  const byMethod = db
    .prepare(
      `SELECT p.method, sum(p.amount) AS amount FROM payments p JOIN sales s ON s.id = p.sale_id
       WHERE s.shift_id = ? GROUP BY p.method ORDER BY amount DESC`,
    )
    .all(id) as { method: string; amount: number }[];
  const voids = db
    .prepare('SELECT count(*) AS count, coalesce(sum(amount), 0) AS total FROM sale_voids WHERE shift_id = ?')
    .get(id) as { count: number; total: number };
  // Cash a void gave back: the voided sale's own cash payment, from this shift's drawer.
  const voidedCash = (
    db
      .prepare(
        `SELECT coalesce(sum(p.amount), 0) AS amount FROM sale_voids v JOIN payments p ON p.sale_id = v.sale_id
         WHERE v.shift_id = ? AND p.method = 'cash'`,
      )
      .get(id) as { amount: number }
  ).amount;
  const refunds = db
    .prepare(
      `SELECT count(*) AS count, coalesce(sum(amount), 0) AS total,
              coalesce(sum(CASE WHEN method = 'cash' THEN amount ELSE 0 END), 0) AS cash
       FROM refunds WHERE shift_id = ?`,
    )
    .get(id) as { count: number; total: number; cash: number };
  const movements = db
    .prepare(
      `SELECT id, kind, amount, reason, created_at AS createdAt, user_name AS userName
       FROM cash_movements WHERE shift_id = ? ORDER BY id`,
    )
    .all(id) as CashMovement[];
  const cashIn = movements.filter((m) => m.kind === 'in').reduce((sum, m) => sum + m.amount, 0);
  const cashOut = movements.filter((m) => m.kind === 'out').reduce((sum, m) => sum + m.amount, 0);
  const cashSales = byMethod.find((m) => m.method === 'cash')?.amount ?? 0;
  const expected = row.openingFloat + cashSales - voidedCash - refunds.cash + cashIn - cashOut;
  return {
    shift: toShift(row),
    salesCount: sales.count,
    salesTotal: sales.total,
    byMethod,
    voidsCount: voids.count,
    voidsTotal: voids.total,
    refundsCount: refunds.count,
    refundsTotal: refunds.total,
    cashIn,
    cashOut,
    movements,
    expectedCash: showExpected ? (row.expectedCash ?? expected) : null,
  };
}

function isManager(actor: Actor): boolean {
  return actor.kind === 'system' || (actor.kind === 'user' && actor.role !== 'cashier');
}

export function shiftSummary(
  ctx: EngineContext,
  input: ParsedInput<'shifts.summary'>,
  actor: Actor,
): ShiftSummary {
  let row: ShiftRow | undefined;
  if (input.shiftId !== undefined) {
    row = shiftById(ctx.db, input.shiftId);
    if (!row) throw new EngineError('NOT_FOUND', 'shifts.shiftNoNotFound', { shiftId: input.shiftId });
    // A cashier sees her own shifts only; the day's reports are for managers.
    if (!isManager(actor) && (actor.kind !== 'user' || row.userId !== actor.userId)) {
      throw new EngineError('FORBIDDEN', 'shifts.ownSummaryOnly');
    }
  } else {
    const open = requireOpenShift(ctx, requireUser(actor));
    row = shiftById(ctx.db, open.id);
  }
  if (!row) throw new EngineError('NOT_FOUND', 'shifts.shiftNotFound');
  return summarise(ctx.db, row, row.closedAt !== null || isManager(actor));
}

/**
 * The caller's own open shift, or (managers) someone else's open shift on this till: a cashier
 * who went home without counting her drawer would otherwise hold up the day's Z, and could not be
 * deactivated. The manager counts the drawer and says why in the note; both names are kept.
 */
function shiftToClose(ctx: EngineContext, input: ParsedInput<'shifts.close'>, user: UserActor) {
  if (input.shiftId === undefined) return requireOpenShift(ctx, user);
  const row = shiftById(ctx.db, input.shiftId);
  if (!row || row.device !== ctx.device.device) {
    throw new EngineError('NOT_FOUND', 'shifts.shiftNotOnTill', { shiftId: input.shiftId });
  }
  if (row.closedAt !== null)
    throw new EngineError('CONFLICT', 'shifts.userShiftClosed', { userName: row.userName });
  if (row.userId === user.userId) return row;
  if (user.role === 'cashier') {
    throw new EngineError('FORBIDDEN', 'shifts.onlyManagerClosesOthers');
  }
  if (!input.note) {
    throw new EngineError('INVALID_INPUT', 'shifts.takeoverNoteRequired', {
      userName: row.userName,
      name: user.name,
    });
  }
  return row;
}

export function closeShift(
  ctx: EngineContext,
  input: ParsedInput<'shifts.close'>,
  actor: Actor,
): ShiftSummary {
  const user = requireUser(actor);
  const open = shiftToClose(ctx, input, user);
  const counted = countTotal(input.count);
  const limit = getPaymentSettings(ctx.db).cashVarianceLimit;
  const before = shiftById(ctx.db, open.id);
  if (!before) throw new EngineError('NOT_FOUND', 'shifts.shiftNotFound');
  const expected = summarise(ctx.db, before, true).expectedCash ?? 0;
  const overLimit = Math.abs(counted - expected) > limit && user.role === 'cashier';
  if (overLimit && !input.approval) {
    throw new EngineError('APPROVAL_REQUIRED', 'shifts.varianceOverLimit');
  }
  // Outside the transaction, like every approval: a wrong PIN still counts towards lockout.
  const approver = overLimit ? requireApproval(ctx, actor, input.approval) : null;

  ctx.db
    .transaction(() => {
      const row = shiftById(ctx.db, open.id);
      if (!row || row.closedAt !== null) throw new EngineError('CONFLICT', 'shifts.shiftClosed');
      // Worked out again inside the write lock: a sale may have landed since.
      const expectedNow = summarise(ctx.db, row, true).expectedCash ?? 0;
      if (Math.abs(counted - expectedNow) > limit && user.role === 'cashier' && !approver) {
        throw new EngineError('APPROVAL_REQUIRED', 'shifts.varianceOverLimit');
      }
      const now = ctx.now();
      const detail = Object.fromEntries(
        DENOMINATIONS.map((d) => [String(d), input.count[String(d)] ?? 0]).filter(
          ([, pieces]) => Number(pieces) > 0,
        ),
      );
      ctx.db
        .prepare(
          `UPDATE shifts SET closed_at = ?, closed_by_name = ?, expected_cash = ?, counted_cash = ?, count_detail = ?,
                             variance = ?, close_note = ?, approved_by_id = ?, approved_by_name = ?
           WHERE id = ?`,
        )
        .run(
          now.toISOString(),
          user.name,
          expectedNow,
          counted,
          JSON.stringify(detail),
          counted - expectedNow,
          input.note ?? null,
          approver?.userId ?? null,
          approver?.name ?? null,
          row.id,
        );
      audit(ctx.db, ctx.device.device, now, {
        action: 'shift.close',
        actor,
        approvedBy: approver?.name ?? null,
        subject: `shift ${row.id}`,
        detail: {
          expected: expectedNow,
          counted,
          variance: counted - expectedNow,
          // Closed by a manager for someone who left without closing it.
          ...(row.userId === user.userId ? {} : { closedFor: row.userName }),
        },
      });
    })
    .immediate();
  const closed = shiftById(ctx.db, open.id);
  if (!closed) throw new EngineError('INTERNAL', 'shifts.closedUnreadable');
  return summarise(ctx.db, closed, true);
}

export function listShifts(ctx: EngineContext, input: ParsedInput<'shifts.list'>): Shift[] {
  const day = input.day ?? deviceBusinessDay(ctx);
  const rows = ctx.db
    .prepare(`SELECT ${COLUMNS} FROM shifts WHERE device = ? AND business_day = ? ORDER BY opened_at, id`)
    .all(ctx.device.device, day) as ShiftRow[];
  return rows.map(toShift);
}
