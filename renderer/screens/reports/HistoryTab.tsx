// The Z reports of this till, newest first; each opens exactly as it was stored, to reprint or export.
import { useEffect, useState } from 'react';
import type { DayClose, DayReport } from '../../../shared/contract';
import { formatLongDay } from '../../../shared/time';
import { formatZonedDateTime } from '../../../shared/zoneLabel';
import { call } from '../../api/client';
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

  return (
    <div className="reports-tab">
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {closes && closes.length === 0 && <p className="muted">{t('reports.history.empty')}</p>}
      {closes && closes.length > 0 && (
        <>
          <p className="muted">{t('reports.history.pick')}</p>
          <div className="reports-table-wrap reports-history">
            <table className="cat-table" data-testid="z-list">
              <thead>
                <tr>
                  <th className="cat-num">{t('reports.history.zNo')}</th>
                  <th>{t('reports.history.day')}</th>
                  <th>{t('reports.history.closedAt')}</th>
                  <th>{t('reports.history.closedBy')}</th>
                </tr>
              </thead>
              <tbody>
                {closes.map((close) => (
                  <tr
                    key={close.zNo}
                    tabIndex={0}
                    aria-selected={chosen?.close.zNo === close.zNo}
                    data-testid="z-row"
                    data-zno={close.zNo}
                    onClick={() => void open(close)}
                    onKeyDown={(e) => {
                      if (e.key === 'Enter' || e.key === ' ') {
                        e.preventDefault();
                        void open(close);
                      }
                    }}
                  >
                    <td className="cat-num">{close.zNo}</td>
                    <td>{formatLongDay(close.businessDay, lang)}</td>
                    <td>{formatZonedDateTime(new Date(close.closedAt), timeZone)}</td>
                    <td>{close.closedBy}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
      {chosen && (
        <>
          <h2 data-testid="z-title">{t('reports.zTitle', { zNo: chosen.close.zNo })}</h2>
          <ReportActions
            key={chosen.close.zNo}
            report={chosen.report}
            timeZone={timeZone}
            printInput={{ kind: 'z', zNo: chosen.close.zNo }}
          />
          <ReportView report={chosen.report} timeZone={timeZone} />
        </>
      )}
    </div>
  );
}
