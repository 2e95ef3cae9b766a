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
import { Banner, type Column, DataTable, FormRow } from '../../components/ui';
import { useT } from '../../i18n';
import { messageOf } from '../catalog/useCatalogLookups';
import { blockedText } from './blockedText';
import { RefundDialog } from './RefundDialog';
import { SaleBody, StatusBadge } from './SaleDetailPanel';
import { VoidDialog } from './VoidDialog';

/** Up and down move between rows; a row opens with Enter (the table's own) or Space. */
function rowKeys(event: KeyboardEvent<HTMLElement>, open: (receiptNo: string) => void) {
  const row = event.target instanceof HTMLTableRowElement ? event.target : null;
  if (!row) return;
  if (event.key === ' ' && row.dataset.receipt) {
    event.preventDefault();
    open(row.dataset.receipt);
    return;
  }
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
  const next = event.key === 'ArrowDown' ? row.nextElementSibling : row.previousElementSibling;
  if (next instanceof HTMLElement && next.tabIndex >= 0) {
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

  const columns: Column<SaleSummary>[] = [
    { key: 'receipt', header: t('sales.receipt'), kind: 'code', cell: (sale) => sale.receiptNo },
    { key: 'time', header: t('sales.time'), kind: 'num', cell: when },
    { key: 'items', header: t('sales.items'), cell: (sale) => sale.preview },
    { key: 'cashier', header: t('sales.cashier'), cell: (sale) => sale.cashierName ?? '-' },
    { key: 'total', header: t('sales.total'), kind: 'num', cell: (sale) => formatRupiah(sale.total) },
    { key: 'status', header: t('sales.status'), cell: (sale) => <StatusBadge status={sale.status} /> },
  ];
  // Beside an open sale the list keeps what finds one again; its products and cashier are in the detail.
  const shown = detail
    ? columns.filter((column) => column.key !== 'items' && column.key !== 'cashier')
    : columns;

  return (
    <main className="cat sales-screen">
      <div className="cat-body cat-split">
        <section className="cat-panel" aria-label={t('sales.title')}>
          <form
            className="cat-toolbar"
            noValidate
            onSubmit={(e) => {
              e.preventDefault();
              void search(day, query);
            }}
          >
            <FormRow label={t('sales.searchLabel')} className="cat-grow">
              <input
                ref={searchBox}
                type="search"
                data-testid="sales-search"
                placeholder={t('sales.searchHint')}
                value={query}
                onChange={(e) => setQuery(e.target.value)}
              />
            </FormRow>
            <FormRow label={t('sales.day')}>
              <input
                type="date"
                data-testid="sales-day"
                value={day}
                onChange={(e) => {
                  setDay(e.target.value);
                  if (e.target.value) void search(e.target.value, query);
                }}
              />
            </FormRow>
            <button type="submit" className="btn" data-testid="sales-search-go">
              {t('sales.search')}
            </button>
          </form>
          {error && (
            <Banner tone="error" testId="sales-error">
              {error}
            </Banner>
          )}
          {/* biome-ignore lint/a11y/noStaticElementInteractions: arrow keys move between the table's focusable rows */}
          <div className="sales-list" onKeyDown={(e) => rowKeys(e, (receiptNo) => void open(receiptNo))}>
            <DataTable
              columns={shown}
              rows={sales}
              rowKey={(sale) => sale.id}
              rowProps={(sale) => ({
                'data-testid': 'sales-row',
                'data-receipt': sale.receiptNo,
                'aria-selected': detail?.sale.id === sale.id,
              })}
              onRowClick={(sale) => void open(sale.receiptNo)}
              empty={<span data-testid="sales-none">{t('sales.none')}</span>}
              testId="sales-list"
              fill
            />
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
              <Banner tone="success" testId="sales-notice">
                {notice}
              </Banner>
            )}
            {actionError && (
              <Banner tone="error" testId="sale-action-error">
                {actionError}
              </Banner>
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
