import type { Printer } from '../../../../shared/contract';
import { PROBLEM_MESSAGES, probeStatus, type StatusLink, StatusTimeout } from '../status';
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
      throw new PrintError(
        `Printer tidak menjawab pemeriksaan status dalam ${seconds(timeoutMs)} detik. Periksa printer menyala dan tersambung. ` +
          'Bila printer ini memang tidak mendukung pemeriksaan status, matikan "Periksa status" di pengaturan printer.',
      );
    }
    throw error;
  }
  const [problem] = report.blocking;
  if (problem) throw new PrintError(PROBLEM_MESSAGES[problem]);
  const [warning] = report.warnings;
  return warning ? { warning: PROBLEM_MESSAGES[warning] } : {};
}
