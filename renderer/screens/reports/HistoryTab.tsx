// The Z reports of this till, newest first; each opens exactly as it was stored, to reprint or export.
import { useEffect, useState } from 'react';
import type { DayClose, DayReport } from '../../../shared/contract';
import { formatLongDay } from '../../../shared/time';
import { formatZonedDateTime } from '../../../shared/zoneLabel';
import { call } from '../../api/client';
import { Banner, type Column, DataTable } from '../../components/ui';
import { useLang, useT } from '../../i18n';
import { messageOf } from '../catalog/useCatalogLookups';
import { ReportActions } from './ReportActions';
import { ReportView } from './ReportView';

export function HistoryTab({ timeZone }: { timeZone: string }) {
  const t = useT();
  const lang = useLang((s) => s.lang);
  const [closes, setCloses] = useState<DayClose[] | null>(null);
  const [chosen, setChosen] = useState<{ close: DayClose; report: DayReport } | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    call('reports.zList', {})
      .then(setCloses)
      .catch((err: unknown) => setError(messageOf(err)));
  }, []);

  const open = async (close: DayClose) => {
    try {
      setChosen(await call('reports.zGet', { zNo: close.zNo }));
      setError(null);
    } catch (err) {
      setError(messageOf(err));
    }
  };

  const columns: Column<DayClose>[] = [
    { key: 'zNo', header: t('reports.history.zNo'), kind: 'num', cell: (close) => close.zNo },
    { key: 'day', header: t('reports.history.day'), cell: (close) => formatLongDay(close.businessDay, lang) },
    {
      key: 'closedAt',
      header: t('reports.history.closedAt'),
      cellProps: () => ({ className: 'ui-nowrap' }),
      cell: (close) => formatZonedDateTime(new Date(close.closedAt), timeZone),
    },
    { key: 'closedBy', header: t('reports.history.closedBy'), cell: (close) => close.closedBy },
  ];

  return (
    <div className="reports-tab">
      {error && <Banner tone="error">{error}</Banner>}
      {closes && closes.length === 0 && <p className="muted">{t('reports.history.empty')}</p>}
      {closes && closes.length > 0 && (
        <>
          <p className="muted">{t('reports.history.pick')}</p>
          <div className="reports-history">
            <DataTable
              fill
              testId="z-list"
              columns={columns}
              rows={closes}
              rowKey={(close) => close.zNo}
              rowProps={(close) => ({
                'aria-selected': chosen?.close.zNo === close.zNo,
                'data-testid': 'z-row',
                'data-zno': close.zNo,
              })}
              onRowClick={(close) => void open(close)}
            />
          </div>
        </>
      )}
      {chosen && (
        <>
          <h2 data-testid="z-title">{t('reports.zTitle', { zNo: chosen.close.zNo })}</h2>
          <ReportActions key={chosen.close.zNo} printInput={{ kind: 'z', zNo: chosen.close.zNo }} />
          <ReportView report={chosen.report} timeZone={timeZone} />
        </>
      )}
    </div>
  );
}
