// The day's sales: search by receipt number, amount or product; open one to reprint it, void it
// (same day, before the Z) or refund some of its lines (any day). Voids and refunds need a reason and
// a manager's PIN; the engine decides what is allowed and says why not.
import '../catalog/catalog.css';
import './sales.css';
import { type KeyboardEvent, useCallback, useEffect, useRef, useState } from 'react';
import type { SaleDetail, SaleSummary } from '../../../shared/contract';
import { formatRupiah } from '../../../shared/money';
import { formatZonedDateTime } from '../../../shared/zoneLabel';
import { call } from '../../api/client';
import { useDeviceTimeZone } from '../../api/deviceTimeZone';
import { clockTime } from '../../components/printing/usePrintJobs';
import { useT } from '../../i18n';
import { messageOf } from '../catalog/useCatalogLookups';
import { blockedText } from './blockedText';
import { RefundDialog } from './RefundDialog';
import { SaleBody, StatusBadge } from './SaleDetailPanel';
import { VoidDialog } from './VoidDialog';

/** Up and down move between rows; the row itself opens with Enter. */
function moveBetweenRows(event: KeyboardEvent<HTMLTableSectionElement>) {
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
  const row = (event.target as HTMLElement).closest('tr');
  const next = event.key === 'ArrowDown' ? row?.nextElementSibling : row?.previousElementSibling;
  if (next instanceof HTMLElement) {
    event.preventDefault();
    next.focus();
  }
}

export function SalesScreen() {
  const t = useT();
  const timeZone = useDeviceTimeZone();
  const [day, setDay] = useState('');
  const [query, setQuery] = useState('');
  const [sales, setSales] = useState<SaleSummary[]>([]);
  const [detail, setDetail] = useState<SaleDetail | null>(null);
  const [dialog, setDialog] = useState<'void' | 'refund' | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [actionError, setActionError] = useState<string | null>(null);
  const searchBox = useRef<HTMLInputElement>(null);
  // Only the newest search may fill the list: a slow answer must not replace a later one.
  const latest = useRef(0);

  const search = useCallback(async (which: string, text: string) => {
    const asked = ++latest.current;
    try {
      const found = await call('sales.search', {
        ...(which ? { day: which } : {}),
        ...(text.trim() ? { query: text.trim() } : {}),
      });
      if (asked !== latest.current) return;
      setDay(found.day);
      setSales(found.sales);
      setError(null);
    } catch (err) {
      if (asked === latest.current) setError(messageOf(err));
    }
  }, []);

  useEffect(() => {
    void search('', '');
    searchBox.current?.focus();
  }, [search]);

  const open = async (receiptNo: string) => {
    try {
      setDetail(await call('sales.detail', { receiptNo }));
      setNotice(null);
      setActionError(null);
    } catch (err) {
      setError(messageOf(err));
    }
  };

  const reprint = async () => {
    if (!detail) return;
    setActionError(null);
    try {
      await call('printing.reprint', { receiptNo: detail.sale.receiptNo });
      setNotice(t('sales.reprinted'));
    } catch (err) {
      setNotice(null);
      setActionError(messageOf(err));
    }
  };

  const changed = (next: SaleDetail, message: string) => {
    setDetail(next);
    setDialog(null);
    setActionError(null);
    setNotice(message);
    void search(day, query);
  };

  const when = (sale: SaleSummary) =>
    sale.businessDay === day
      ? clockTime(sale.createdAt, timeZone)
      : formatZonedDateTime(new Date(sale.createdAt), timeZone);

  return (
    <main className="cat sales-screen">
      <div className="cat-body cat-split">
        <section className="cat-panel" aria-label={t('sales.title')}>
          <form
            className="cat-toolbar"
            onSubmit={(e) => {
              e.preventDefault();
              void search(day, query);
            }}
          >
            <input
              ref={searchBox}
              className="cat-grow"
              type="search"
              aria-label={t('sales.searchHint')}
              data-testid="sales-search"
              placeholder={t('sales.searchHint')}
              value={query}
              onChange={(e) => setQuery(e.target.value)}
            />
            <input
              type="date"
              aria-label={t('sales.day')}
              data-testid="sales-day"
              value={day}
              onChange={(e) => {
                setDay(e.target.value);
                if (e.target.value) void search(e.target.value, query);
              }}
            />
            <button type="submit" className="btn" data-testid="sales-search-go">
              {t('sales.search')}
            </button>
          </form>
          {error && (
            <p className="error" role="alert" data-testid="sales-error">
              {error}
            </p>
          )}
          <div className="cat-table-wrap">
            <table className="cat-table sales-table" data-testid="sales-list">
              <thead>
                <tr>
                  <th>{t('sales.receipt')}</th>
                  <th>{t('sales.time')}</th>
                  <th>{t('sales.cashier')}</th>
                  <th className="cat-num">{t('sales.total')}</th>
                  <th>{t('sales.status')}</th>
                </tr>
              </thead>
              <tbody onKeyDown={moveBetweenRows}>
                {sales.map((sale) => (
                  <tr
                    key={sale.id}
                    tabIndex={0}
                    data-testid="sales-row"
                    data-receipt={sale.receiptNo}
                    aria-selected={detail?.sale.id === sale.id}
                    onClick={() => void open(sale.receiptNo)}
                    onKeyDown={(e) => {
                      if (e.key === 'Enter' || e.key === ' ') {
                        e.preventDefault();
                        void open(sale.receiptNo);
                      }
                    }}
                  >
                    <td>
                      <span className="cat-mono">{sale.receiptNo}</span>
                      <span className="cat-sub sales-preview">{sale.preview}</span>
                    </td>
                    <td className="cat-num">{when(sale)}</td>
                    <td>{sale.cashierName ?? '-'}</td>
                    <td className="cat-num">{formatRupiah(sale.total)}</td>
                    <td>
                      <StatusBadge status={sale.status} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            {sales.length === 0 && (
              <p className="cat-empty" data-testid="sales-none">
                {t('sales.none')}
              </p>
            )}
          </div>
        </section>
        {detail && (
          <section
            className="cat-panel cat-editor"
            aria-label={detail.sale.receiptNo}
            data-testid="sale-detail"
          >
            <div className="cat-editor-head">
              <h2>
                <span className="cat-mono">{detail.sale.receiptNo}</span>{' '}
                <StatusBadge status={detail.status} />
              </h2>
              <button type="button" className="btn btn-small btn-quiet" onClick={() => setDetail(null)}>
                {t('dialog.close')}
              </button>
            </div>
            <SaleBody detail={detail} timeZone={timeZone} />
            {notice && (
              <p className="cat-done" role="status" data-testid="sales-notice">
                {notice}
              </p>
            )}
            {actionError && (
              <p className="error" role="alert" data-testid="sale-action-error">
                {actionError}
              </p>
            )}
            <div className="cat-actions">
              <button type="button" className="btn" data-testid="sale-reprint" onClick={() => void reprint()}>
                {t('sales.reprint')}
              </button>
              <button
                type="button"
                className="btn"
                data-testid="sale-refund"
                disabled={detail.refundBlocked !== null}
                aria-describedby={detail.refundBlocked ? 'sale-blocked' : undefined}
                onClick={() => setDialog('refund')}
              >
                {t('sales.refund')}
              </button>
              <button
                type="button"
                className="btn btn-danger"
                data-testid="sale-void"
                disabled={detail.voidBlocked !== null}
                aria-describedby={detail.voidBlocked ? 'sale-blocked' : undefined}
                onClick={() => setDialog('void')}
              >
                {t('sales.void')}
              </button>
            </div>
            {blockedText(detail) && (
              <p className="muted" id="sale-blocked" data-testid="sale-blocked">
                {blockedText(detail)}
              </p>
            )}
          </section>
        )}
      </div>
      {dialog === 'void' && detail && (
        <VoidDialog
          detail={detail}
          onClose={() => setDialog(null)}
          onDone={(next) => changed(next, t('sales.voided'))}
        />
      )}
      {dialog === 'refund' && detail && (
        <RefundDialog
          detail={detail}
          onClose={() => setDialog(null)}
          onDone={(next, refundNo) => changed(next, t('sales.refunded', { refundNo }))}
        />
      )}
    </main>
  );
}
