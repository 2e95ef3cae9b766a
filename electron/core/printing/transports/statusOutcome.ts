import type { Printer } from '../../../../shared/contract';
import { indonesian } from '../../../../shared/messages';
import { PROBLEM_KEYS, probeStatus, type StatusLink, StatusTimeout } from '../status';
import { PrintError, type SendOutcome, seconds } from './types';

/**
 * Runs the DLE EOT conversation when the printer profile asks for it. A blocking problem (paper
 * out, cover open, offline) stops the job before any byte of it is sent; a warning travels along.
 */
export async function statusOutcome(
  printer: Printer,
  link: StatusLink,
  timeoutMs: number,
): Promise<SendOutcome> {
  if (!printer.statusCheck) return {};
  let report: Awaited<ReturnType<typeof probeStatus>>;
  try {
    report = await probeStatus(link, timeoutMs);
  } catch (error) {
    if (error instanceof StatusTimeout) {
      throw new PrintError('printing.statusNoAnswer', { seconds: seconds(timeoutMs) });
    }
    throw error;
  }
  const [problem] = report.blocking;
  if (problem) throw new PrintError(PROBLEM_KEYS[problem]);
  const [warning] = report.warnings;
  return warning
    ? { warning: indonesian(PROBLEM_KEYS[warning]), warningRef: { key: PROBLEM_KEYS[warning] } }
    : {};
}
