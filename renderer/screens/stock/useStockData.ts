// Locations and stock settings, loaded once for all tabs and reloaded after a change.
import { useCallback, useEffect, useState } from 'react';
import type { Location, StockSettings } from '../../../shared/contract';
import { DEFAULT_TIME_ZONE } from '../../../shared/time';
import { ApiError, call } from '../../api/client';
import { t } from '../../i18n';

export function messageOf(err: unknown): string {
  return err instanceof ApiError ? err.message : t('api.unreachable');
}

export interface StockData {
  /** Every location, closed events included. */
  locations: readonly Location[];
  settings: StockSettings | null;
  /** The device's zone, for showing ledger times as the booth sees them. */
  timeZone: string;
  error: string | null;
  reload: () => void;
}

export function useStockData(): StockData {
  const [locations, setLocations] = useState<readonly Location[]>([]);
  const [settings, setSettings] = useState<StockSettings | null>(null);
  const [timeZone, setTimeZone] = useState(DEFAULT_TIME_ZONE);
  const [error, setError] = useState<string | null>(null);
  const reload = useCallback(() => {
    Promise.all([
      call('locations.list', { includeInactive: true }),
      call('stock.getSettings', {}),
      call('app.info', {}),
    ])
      .then(([list, current, info]) => {
        setLocations(list);
        setSettings(current);
        setTimeZone(info.timeZone);
        setError(null);
      })
      .catch((err: unknown) => setError(messageOf(err)));
  }, []);
  useEffect(reload, [reload]);
  return { locations, settings, timeZone, error, reload };
}

/** Locations goods may move in or out of (closed events and switched-off places are not). */
export function activeLocations(locations: readonly Location[]): Location[] {
  return locations.filter((location) => location.active);
}
