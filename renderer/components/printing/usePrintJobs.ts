// The print queue as the screens see it: polled while shown, refreshed at once after an action.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { CommandOutput } from '../../../shared/contract';
import { formatZonedTime, laptopTimeZone } from '../../../shared/zoneLabel';
import { ApiError, call } from '../../api/client';
import { t } from '../../i18n';
import { useSession } from '../../stores/session';

export type JobList = CommandOutput<'printing.jobs'>;

export function errorText(error: unknown): string {
  return error instanceof ApiError ? error.message : t('api.unreachable');
}

export function usePrintJobs(filter: { receiptNo?: string; limit?: number }, intervalMs: number) {
  const [data, setData] = useState<JobList | null>(null);
  const [error, setError] = useState<string | null>(null);
  const { receiptNo, limit } = filter;
  const alive = useRef(true);

  const refresh = useCallback(async () => {
    // The lock ended the session: asking now would be refused and sign the locked till out.
    if (useSession.getState().locked) return;
    try {
      const input: { receiptNo?: string; limit?: number } = {};
      if (receiptNo !== undefined) input.receiptNo = receiptNo;
      if (limit !== undefined) input.limit = limit;
      const list = await call('printing.jobs', input);
      if (alive.current) {
        setData(list);
        setError(null);
      }
    } catch (err) {
      if (alive.current) setError(errorText(err));
    }
  }, [receiptNo, limit]);

  useEffect(() => {
    alive.current = true;
    void refresh();
    const timer = setInterval(() => void refresh(), intervalMs);
    return () => {
      alive.current = false;
      clearInterval(timer);
    };
  }, [refresh, intervalMs]);

  return { data, error, refresh };
}

/**
 * `10.05`: the time of an ISO instant in the till's `timeZone` (the browser's own when unknown),
 * `10.05 WITA` when the browser's zone is another.
 */
export function clockTime(iso: string, timeZone?: string): string {
  return formatZonedTime(new Date(iso), timeZone ?? laptopTimeZone());
}
