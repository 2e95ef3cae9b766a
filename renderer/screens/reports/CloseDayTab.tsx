// Closing the business day with the Z report: which shifts are still open, a confirmation, then the
// stored Z report on screen and on the printer. The engine is the one that refuses while a shift is
// open; its Indonesian message is shown as it is.
import { useCallback, useEffect, useState } from 'react';
import type { DayClose, DayReport, Shift } from '../../../shared/contract';
import { formatRupiah } from '../../../shared/money';
import { formatLongDay } from '../../../shared/time';
import { formatZonedDateTime } from '../../../shared/zoneLabel';
import { call } from '../../api/client';
import { varianceTone } from '../../components/shift/shiftFigures';
import { Banner, Dialog } from '../../components/ui';
import { useLang, useT } from '../../i18n';
import { messageOf } from '../catalog/useCatalogLookups';
import { CloseShiftForDialog } from './CloseShiftForDialog';
import { ReportActions, useReportPrint } from './ReportActions';
import { ReportView } from './ReportView';

interface DayState {
  day: string;
  shifts: Shift[];
  x: DayReport;
}

export function CloseDayTab({ timeZone, onClosed }: { timeZone: string; onClosed: () => void }) {
  const t = useT();
  const lang = useLang((s) => s.lang);
  const [state, setState] = useState<DayState | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  /** The engine's answer to the Z (kept while the shifts reload, so the refusal stays readable). */
  const [error, setError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [closed, setClosed] = useState<{ close: DayClose; report: DayReport } | null>(null);
  /** The open shift a manager is counting and closing for someone who left. */
  const [closingFor, setClosingFor] = useState<Shift | null>(null);
  const printer = useReportPrint();

  const load = useCallback(async () => {
    try {
      // The oldest day that still waits for a Z, else today; the X without a day is what that Z
      // will say (after an earlier Z of the same day, only what came since).
      const info = await call('app.info', {});
      const day = info.unclosedDays[0] ?? info.businessDay;
      const [shifts, x] = await Promise.all([call('shifts.list', { day }), call('reports.x', {})]);
      setState({ day, shifts, x });
      setLoadError(null);
    } catch (err) {
      setLoadError(messageOf(err));
    }
  }, []);

  useEffect(() => {
    void load();
  }, [load]);

  const closeDay = async () => {
    if (!state || busy) return;
    setBusy(true);
    try {
      const result = await call('reports.z', { day: state.day });
      setClosed(result);
      setConfirming(false);
      setError(null);
      onClosed();
      // The Z goes to paper at once, like a receipt after a sale; it can be printed again below.
      void printer.print({ kind: 'z', zNo: result.close.zNo });
    } catch (err) {
      setConfirming(false);
      setError(messageOf(err));
      void load();
    } finally {
      setBusy(false);
    }
  };

  if (closed) {
    const { close, report } = closed;
    return (
      <div className="reports-tab">
        <p className="reports-done" role="status" data-testid="z-done">
          {t('reports.close.done', {
            zNo: close.zNo,
            day: formatLongDay(close.businessDay, lang),
            name: close.closedBy,
            time: formatZonedDateTime(new Date(close.closedAt), timeZone),
          })}{' '}
          {t('reports.close.next')}
        </p>
        <h2 data-testid="z-title">{t('reports.zTitle', { zNo: close.zNo })}</h2>
        <ReportActions printInput={{ kind: 'z', zNo: close.zNo }} printer={printer} />
        <ReportView report={report} timeZone={timeZone} />
      </div>
    );
  }

  const open = state?.shifts.filter((s) => s.closedAt === null) ?? [];
  return (
    <div className="reports-tab">
      <p className="muted">{t('reports.close.help')}</p>
      {state && (
        <>
          <dl className="reports-figures">
            <div className="reports-figure reports-figure-strong">
              <dt>{t('reports.close.day')}</dt>
              <dd data-testid="z-day" data-day={state.day}>
                {formatLongDay(state.day, lang)}
              </dd>
            </div>
            <div className="reports-figure">
              <dt>{t('reports.salesTotal')}</dt>
              <dd>{formatRupiah(state.x.salesTotal)}</dd>
            </div>
            <div className="reports-figure">
              <dt>{t('reports.net')}</dt>
              <dd data-testid="z-x-net">{formatRupiah(state.x.net)}</dd>
            </div>
            <div className="reports-figure">
              <dt>{t('reports.cash.expected')}</dt>
              <dd>{formatRupiah(state.x.cash.expected)}</dd>
            </div>
            {(state.x.cash.outsideShifts ?? 0) !== 0 && (
              <div className="reports-figure">
                <dt>{t('reports.cash.outside')}</dt>
                <dd data-testid="z-x-outside">{formatRupiah(state.x.cash.outsideShifts ?? 0)}</dd>
              </div>
            )}
          </dl>
          <section className="reports-block" aria-label={t('reports.close.shifts')}>
            <h3>{t('reports.close.shifts')}</h3>
            {state.shifts.length === 0 ? (
              <p className="muted">{t('reports.close.noShifts')}</p>
            ) : (
              <ul className="reports-shifts" data-testid="z-shifts">
                {state.shifts.map((s) => (
                  <li key={s.id} data-testid="z-shift" data-open={s.closedAt === null} data-name={s.userName}>
                    <strong>{s.userName}</strong> {formatZonedDateTime(new Date(s.openedAt), timeZone)}
                    {' – '}
                    {s.closedAt ? (
                      <>
                        {formatZonedDateTime(new Date(s.closedAt), timeZone)} · {t('reports.col.variance')}{' '}
                        <ShiftVariance variance={s.variance ?? 0} />
                        {s.closedBy && s.closedBy !== s.userName && (
                          <span className="muted"> · {t('reports.closedBy', { name: s.closedBy })}</span>
                        )}
                      </>
                    ) : (
                      <>
                        <span className="reports-open">{t('reports.shiftOpen')}</span>{' '}
                        <button
                          type="button"
                          className="btn btn-small"
                          data-testid="z-close-for"
                          onClick={() => setClosingFor(s)}
                        >
                          {t('reports.closeFor.button')}
                        </button>
                      </>
                    )}
                  </li>
                ))}
              </ul>
            )}
            {state.shifts.length > 0 && (
              <p className={open.length > 0 ? 'reports-warn' : 'muted'} data-testid="z-open-note">
                {open.length > 0
                  ? t('reports.close.open', { names: open.map((s) => s.userName).join(', ') })
                  : t('reports.close.allClosed')}
              </p>
            )}
          </section>
          <div className="reports-actions">
            <button
              type="button"
              className="btn btn-primary btn-big"
              data-testid="z-close"
              onClick={() => {
                setError(null);
                setConfirming(true);
              }}
            >
              {t('reports.close.button')}
            </button>
            <button
              type="button"
              className="btn"
              data-testid="z-reload"
              onClick={() => {
                setError(null);
                void load();
              }}
            >
              {t('reports.refresh')}
            </button>
          </div>
        </>
      )}
      {loadError && <Banner tone="error">{loadError}</Banner>}
      {error && (
        <Banner tone="error" testId="z-error">
          {error}
        </Banner>
      )}
      {closingFor && (
        <CloseShiftForDialog
          shift={closingFor}
          timeZone={timeZone}
          onClose={() => setClosingFor(null)}
          onClosed={() => {
            setClosingFor(null);
            setError(null);
            void load();
          }}
        />
      )}
      {confirming && state && (
        <Dialog
          title={t('reports.close.confirmTitle')}
          onClose={() => setConfirming(false)}
          canClose={!busy}
          footer={
            <>
              <button
                type="button"
                className="btn"
                data-testid="z-confirm-no"
                data-autofocus
                disabled={busy}
                onClick={() => setConfirming(false)}
              >
                {t('reports.close.cancel')}
              </button>
              <button
                type="button"
                className="btn btn-danger"
                data-testid="z-confirm-yes"
                disabled={busy}
                onClick={() => void closeDay()}
              >
                {busy ? t('reports.close.closing') : t('reports.close.yes')}
              </button>
            </>
          }
        >
          <p>{t('reports.close.confirm', { day: formatLongDay(state.day, lang) })}</p>
        </Dialog>
      )}
    </div>
  );
}

/** A closed shift's variance with the word that says which way (short, over, even) and its colour. */
function ShiftVariance({ variance }: { variance: number }) {
  const t = useT();
  const tone = varianceTone(variance);
  return (
    <span
      className={`reports-variance reports-variance-${tone}`}
      data-testid="z-shift-variance"
      data-tone={tone}
    >
      {formatRupiah(variance)} ({t(`shift.variance.${tone}`)})
    </span>
  );
}
