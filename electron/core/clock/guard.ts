// The clock guard (docs/clock.md). Business time comes from the laptop's clock, and a clock that
// jumps is caught, not trusted: a command that stamps business time is refused with CLOCK_SUSPECT
// when the clock reads more than 10 minutes before the newest time written ("behind"), or more
// than 36 hours after the last activity while a shift is open ("ahead"). Fixing the clock clears
// it (the check simply passes again); otherwise a manager accepts the clock with a PIN and the
// guard compares against what is written from then on.
//
// The marks live in `clock_marks` (migration 016), kept by triggers in the same transaction as the
// rows that carry business time; reading them is one row, so the check costs next to nothing.
import type { ClockProblem, ClockStatus, CommandName, ParsedInput } from '../../../shared/contract';
import { CLOCK_AHEAD_LIMIT_HOURS, CLOCK_BEHIND_TOLERANCE_MINUTES } from '../../../shared/contract';
import { formatZonedDateTime } from '../../../shared/zoneLabel';
import { audit } from '../audit/audit';
import { requireApproval } from '../auth/approval';
import type { Actor, EngineContext } from '../context';
import { EngineError } from '../errors';

export const BEHIND_TOLERANCE_MS = CLOCK_BEHIND_TOLERANCE_MINUTES * 60_000;
export const AHEAD_LIMIT_MS = CLOCK_AHEAD_LIMIT_HOURS * 3_600_000;

/**
 * Commands that write business time (the receipt's date, a shift's hours, the Z report's close,
 * the stock ledger): the engine checks the clock before running them. Reading, printing, settings
 * and the catalogue go on whatever the clock says.
 */
export const CLOCK_GUARDED: ReadonlySet<CommandName> = new Set<CommandName>([
  'sales.commit',
  'sales.commitCash',
  'sales.void',
  'sales.refund',
  'shifts.open',
  'shifts.cashMove',
  'shifts.close',
  'reports.z',
  'stock.receive',
  'stock.adjust',
  'stock.transfer',
  'stock.eventClose',
]);

type Ctx = Pick<EngineContext, 'db' | 'device' | 'now'>;

interface Marks {
  newestAt: string | null;
  lastActivityAt: string | null;
  acceptedAt: string | null;
  acceptedBy: string | null;
}

function readMarks(ctx: Ctx): Marks {
  const row = ctx.db
    .prepare(
      `SELECT newest_at AS newestAt, last_activity_at AS lastActivityAt, accepted_at AS acceptedAt,
              accepted_by AS acceptedBy
       FROM clock_marks WHERE id = 1`,
    )
    .get() as Marks | undefined;
  return row ?? { newestAt: null, lastActivityAt: null, acceptedAt: null, acceptedBy: null };
}

function anyShiftOpen(ctx: Ctx): boolean {
  return (
    ctx.db
      .prepare('SELECT 1 FROM shifts WHERE device = ? AND closed_at IS NULL LIMIT 1')
      .get(ctx.device.device) !== undefined
  );
}

/** What the guard sees now. */
export function clockStatus(ctx: Ctx): ClockStatus {
  const now = ctx.now();
  const marks = readMarks(ctx);
  const shiftOpen = anyShiftOpen(ctx);
  let problem: ClockProblem | null = null;
  if (marks.newestAt && now.getTime() < Date.parse(marks.newestAt) - BEHIND_TOLERANCE_MS) problem = 'behind';
  else if (
    shiftOpen &&
    marks.lastActivityAt &&
    now.getTime() > Date.parse(marks.lastActivityAt) + AHEAD_LIMIT_MS
  )
    problem = 'ahead';
  return {
    now: now.toISOString(),
    newestAt: marks.newestAt,
    lastActivityAt: marks.lastActivityAt,
    shiftOpen,
    problem,
    timeZone: ctx.device.timeZone,
    accepted: marks.acceptedAt && marks.acceptedBy ? { at: marks.acceptedAt, by: marks.acceptedBy } : null,
  };
}

/**
 * The refusal, naming both times in the device's zone (`28/11/2026 14.05`, with `WITA` added when
 * the laptop keeps another zone).
 */
export function clockRefusal(status: ClockStatus): EngineError {
  const at = (iso: string) => formatZonedDateTime(new Date(iso), status.timeZone);
  const now = at(status.now);
  if (status.problem === 'ahead' && status.lastActivityAt) {
    return new EngineError('CLOCK_SUSPECT', 'clock.jumpedAhead', {
      now,
      lastActivityAt: at(status.lastActivityAt),
    });
  }
  return new EngineError('CLOCK_SUSPECT', 'clock.wentBack', {
    now,
    newestAt: at(status.newestAt ?? status.now),
  });
}

/** Called by the engine before a guarded command; throws CLOCK_SUSPECT when the clock is not trusted. */
export function guardClock(ctx: Ctx, name: CommandName): void {
  if (!CLOCK_GUARDED.has(name)) return;
  const status = clockStatus(ctx);
  if (status.problem) throw clockRefusal(status);
}

/**
 * `clock.confirm`: a manager or admin accepts the clock as it reads now. The PIN is always asked,
 * even when a manager is the one signed in (whoever is at the till may not be whoever signed in),
 * and checked the usual way (wrong PINs count towards lockout). With nothing wrong there is
 * nothing to accept and nothing is written. The acceptance is audited with both times and who
 * approved, and the marks start again from the clock's reading.
 */
export function confirmClock(
  ctx: EngineContext,
  input: ParsedInput<'clock.confirm'>,
  actor: Actor,
): ClockStatus {
  if (!input.approval) {
    throw new EngineError('APPROVAL_REQUIRED', 'clock.confirmNeedsPin');
  }
  // Asked as if by nobody in particular, so requireApproval checks the PIN and the role every time.
  const approver = requireApproval(ctx, { kind: 'anonymous' }, input.approval);
  return ctx.db
    .transaction(() => {
      const before = clockStatus(ctx);
      if (!before.problem) return before;
      const now = ctx.now().toISOString();
      const at = (iso: string | null) =>
        iso ? formatZonedDateTime(new Date(iso), ctx.device.timeZone) : '-';
      ctx.db
        .prepare(
          `INSERT INTO clock_marks (id, newest_at, last_activity_at, accepted_at, accepted_by)
           VALUES (1, @now, @now, @now, @by)
           ON CONFLICT (id) DO UPDATE SET newest_at = @now, last_activity_at = @now, accepted_at = @now,
                                          accepted_by = @by`,
        )
        .run({ now, by: approver.name });
      audit(ctx.db, ctx.device.device, new Date(now), {
        action: 'clock.confirm',
        actor,
        approvedBy: approver.name,
        // `28/11/2026 10.00 → 27/11/2026 10.00`: the time the till trusted, then the clock accepted.
        subject: `${at(before.problem === 'behind' ? before.newestAt : before.lastActivityAt)} → ${at(now)}`,
        detail: {
          problem: before.problem,
          clockAt: now,
          newestAt: before.newestAt,
          lastActivityAt: before.lastActivityAt,
        },
      });
      return clockStatus(ctx);
    })
    .immediate();
}
