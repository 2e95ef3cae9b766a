// The lists every catalogue tab picks from (categories, units, producing units, workshops) and the
// device's time zone for dates. Reloaded after any tab changes one of them.
import { useCallback, useEffect, useState } from 'react';
import type { Category, Producer, SaleUnit, Workshop } from '../../../shared/contract';
import { DEFAULT_TIME_ZONE } from '../../../shared/time';
import { ApiError, call } from '../../api/client';
import { t } from '../../i18n';

export interface CatalogLookups {
  categories: Category[];
  units: SaleUnit[];
  producers: Producer[];
  workshops: Workshop[];
  timeZone: string;
  error: string | null;
  reload: () => void;
}

export function messageOf(error: unknown): string {
  return error instanceof ApiError ? error.message : t('api.unreachable');
}

export function useCatalogLookups(): CatalogLookups {
  const [data, setData] = useState<Omit<CatalogLookups, 'reload' | 'error'>>({
    categories: [],
    units: [],
    producers: [],
    workshops: [],
    timeZone: DEFAULT_TIME_ZONE,
  });
  const [error, setError] = useState<string | null>(null);
  const reload = useCallback(() => {
    Promise.all([
      call('categories.list', {}),
      call('units.list', {}),
      call('producers.list', { includeInactive: true }),
      call('workshops.list', { includeInactive: true }),
      call('app.info', {}),
    ])
      .then(([categories, units, producers, workshops, info]) => {
        setData({ categories, units, producers, workshops, timeZone: info.timeZone });
        setError(null);
      })
      .catch((err: unknown) => setError(messageOf(err)));
  }, []);
  useEffect(reload, [reload]);
  return { ...data, error, reload };
}
