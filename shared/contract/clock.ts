// The clock guard (docs/clock.md): a laptop clock that jumps back, or far ahead while a shift is
// open, is not trusted with business time. Commands that stamp business time are refused with
// CLOCK_SUSPECT until the clock is fixed or a manager accepts it with a PIN.
import { z } from 'zod';
import { defineCommands, none } from './common';
import { managerApproval } from './payments';

/** A clock reading more than this before the newest time written is "behind". */
export const CLOCK_BEHIND_TOLERANCE_MINUTES = 10;
/** A clock reading more than this after the last activity, with a shift open, is "ahead". */
export const CLOCK_AHEAD_LIMIT_HOURS = 36;

/** `behind`: the clock went back past the newest time written; `ahead`: it jumped far forward. */
export const CLOCK_PROBLEMS = ['behind', 'ahead'] as const;
export type ClockProblem = (typeof CLOCK_PROBLEMS)[number];

export const clockStatusSchema = z.object({
  /** The engine's clock now (ISO instant). */
  now: z.string(),
  /** The newest business time written since the clock was last accepted; null on a fresh till. */
  newestAt: z.string().nullable(),
  /** The time stamped by the latest business write. */
  lastActivityAt: z.string().nullable(),
  /** Whether a shift is open on this till (the "ahead" check applies only then). */
  shiftOpen: z.boolean(),
  problem: z.enum(CLOCK_PROBLEMS).nullable(),
  /** The device's zone, in which the screen shows the times. */
  timeZone: z.string(),
  /** The last time a manager accepted the clock, and who; null when never. */
  accepted: z.object({ at: z.string(), by: z.string() }).nullable(),
});
export type ClockStatus = z.infer<typeof clockStatusSchema>;

export const clockCommands = defineCommands({
  'clock.status': {
    summary:
      "Whether the till's clock is trusted: now, the newest time written, the last activity, the problem",
    access: 'public',
    input: none,
    output: clockStatusSchema,
  },
  'clock.confirm': {
    summary:
      "A manager or admin accepts the till's clock as it is now, with their PIN (always asked); selling goes on",
    access: 'cashier',
    input: z.object({ approval: managerApproval.optional() }).strict(),
    output: clockStatusSchema,
  },
});
