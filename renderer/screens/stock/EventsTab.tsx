// Bazaars and exhibitions: create one with its dates, send stock out to it, sell there, count what
// comes back at the end, and read the report per product and per producing unit.
import { useEffect, useState } from 'react';
import type { EventReport, Location, StockSettings } from '../../../shared/contract';
import { formatRupiah } from '../../../shared/money';
import { formatQty } from '../../../shared/quantity';
import { call } from '../../api/client';
import { Banner, type Column, DataTable, FormRow, QtyField, qtyOf, readQty } from '../../components/ui';
import { useT } from '../../i18n';
import { Feedback, type Outcome } from './Feedback';
import { LocationSelect } from './LocationSelect';
import { productColumn } from './lineColumns';
import { activeLocations, messageOf } from './useStockData';

interface EventsTabProps {
  locations: readonly Location[];
  settings: StockSettings | null;
  onSendOut: (eventId: number) => void;
  onChanged: () => void;
}

type Panel = { kind: 'close' | 'report'; eventId: number } | null;

export function EventsTab({ locations, settings, onSendOut, onChanged }: EventsTabProps) {
  const t = useT();
  const [draft, setDraft] = useState({ code: '', name: '', startsOn: '', endsOn: '' });
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [panel, setPanel] = useState<Panel>(null);
  const events = locations.filter((location) => location.kind === 'event');
  const places = activeLocations(locations).filter((location) => location.kind !== 'event');
  const home = places.find((location) => location.isDefault) ?? places[0];

  const run = (promise: Promise<unknown>, done: string) =>
    promise
      .then(() => {
        setOutcome({ kind: 'done', text: done });
        onChanged();
      })
      .catch((err: unknown) => setOutcome({ kind: 'error', text: messageOf(err) }));

  const create = () =>
    void run(
      call('locations.save', {
        code: draft.code,
        name: draft.name,
        kind: 'event',
        // Empty dates go as missing, so the engine answers with its clear "needs dates" message.
        ...(draft.startsOn ? { startsOn: draft.startsOn } : {}),
        ...(draft.endsOn ? { endsOn: draft.endsOn } : {}),
      }).then(() => setDraft({ code: '', name: '', startsOn: '', endsOn: '' })),
      t('stock.event.created', { name: draft.name }),
    );

  const sellAt = (location: Location) =>
    void run(call('stock.saveSettings', { sellingLocationId: location.id }), t('stock.settings.saved'));

  const columns: Column<Location>[] = [
    { key: 'code', header: t('stock.col.code'), kind: 'code', cell: (event) => event.code },
    {
      key: 'name',
      header: t('stock.col.name'),
      // The dates under the name, so the buttons keep their room.
      cell: (event) => (
        <>
          {event.name}
          <br />
          <span className="ui-sub ui-code-text">
            {event.startsOn} – {event.endsOn}
          </span>
        </>
      ),
    },
    {
      key: 'status',
      header: t('stock.col.status'),
      cell: (event) =>
        event.closedAt
          ? t('stock.event.closed')
          : event.isDefault
            ? t('stock.event.sellingHere')
            : t('stock.event.open'),
    },
    {
      key: 'actions',
      header: '',
      headerLabel: t('stock.col.actions'),
      kind: 'action',
      cell: (event) => (
        <div className="stock-row-actions">
          {!event.closedAt && (
            <>
              <button
                type="button"
                className="btn btn-small"
                data-testid="event-send"
                onClick={() => onSendOut(event.id)}
              >
                {t('stock.event.send')}
              </button>
              {settings && !event.isDefault && (
                <button
                  type="button"
                  className="btn btn-small"
                  data-testid="event-sell-here"
                  onClick={() => sellAt(event)}
                >
                  {t('stock.event.sellHere')}
                </button>
              )}
              {event.isDefault && home && (
                <button
                  type="button"
                  className="btn btn-small"
                  data-testid="event-stop-selling"
                  onClick={() => sellAt(home)}
                >
                  {t('stock.event.stopSelling', { name: home.name })}
                </button>
              )}
              <button
                type="button"
                className="btn btn-small"
                data-testid="event-close"
                onClick={() => setPanel({ kind: 'close', eventId: event.id })}
              >
                {t('stock.event.close')}
              </button>
            </>
          )}
          <button
            type="button"
            className="btn btn-small"
            data-testid="event-report"
            onClick={() => setPanel({ kind: 'report', eventId: event.id })}
          >
            {t('stock.event.report')}
          </button>
        </div>
      ),
    },
  ];

  return (
    <section className="stock-panel" aria-label={t('stock.tab.events')}>
      <h3>{t('stock.event.new')}</h3>
      <div className="stock-toolbar">
        <FormRow label={t('stock.col.code')} required>
          <input
            data-testid="event-code"
            maxLength={16}
            value={draft.code}
            onChange={(event) => setDraft({ ...draft, code: event.target.value.toUpperCase() })}
          />
        </FormRow>
        <FormRow label={t('stock.col.name')} required className="stock-grow">
          <input
            data-testid="event-name"
            maxLength={80}
            value={draft.name}
            onChange={(event) => setDraft({ ...draft, name: event.target.value })}
          />
        </FormRow>
        <FormRow label={t('stock.event.startsOn')} required>
          <input
            type="date"
            data-testid="event-starts"
            value={draft.startsOn}
            onChange={(event) => setDraft({ ...draft, startsOn: event.target.value })}
          />
        </FormRow>
        <FormRow label={t('stock.event.endsOn')} required>
          <input
            type="date"
            data-testid="event-ends"
            value={draft.endsOn}
            onChange={(event) => setDraft({ ...draft, endsOn: event.target.value })}
          />
        </FormRow>
        <button type="button" className="btn btn-primary" data-testid="event-create" onClick={create}>
          {t('stock.event.create')}
        </button>
      </div>
      <Feedback outcome={outcome} />

      <h3>{t('stock.event.list')}</h3>
      <DataTable
        columns={columns}
        rows={events}
        rowKey={(event) => event.id}
        rowProps={(event) => ({ 'data-testid': 'event-row', 'data-code': event.code })}
        empty={t('stock.event.none')}
        testId="event-list"
      />

      {panel?.kind === 'close' && (
        <ClosePanel
          key={panel.eventId}
          eventId={panel.eventId}
          places={places}
          defaultHome={home?.id ?? null}
          onClosed={() => {
            setPanel({ kind: 'report', eventId: panel.eventId });
            onChanged();
          }}
        />
      )}
      {panel?.kind === 'report' && <ReportPanel key={panel.eventId} eventId={panel.eventId} />}
    </section>
  );
}

function useEventReport(eventId: number) {
  const [report, setReport] = useState<EventReport | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    call('stock.eventReport', { locationId: eventId })
      .then(setReport)
      .catch((err: unknown) => setError(messageOf(err)));
  }, [eventId]);
  return { report, error };
}

interface ClosePanelProps {
  eventId: number;
  places: readonly Location[];
  defaultHome: number | null;
  onClosed: () => void;
}

/** What is expected back is pre-filled; the manager types what was actually counted. */
function ClosePanel({ eventId, places, defaultHome, onClosed }: ClosePanelProps) {
  const t = useT();
  const { report, error } = useEventReport(eventId);
  const [counts, setCounts] = useState<Record<number, string>>({});
  const [home, setHome] = useState<number | null>(defaultHome);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [saving, setSaving] = useState(false);
  // After a close was tried, every count that cannot be read says why in place.
  const [tried, setTried] = useState(false);
  const rows = report?.products.filter((row) => row.onHandMilli !== 0 || row.sentMilli !== 0) ?? [];

  useEffect(() => {
    if (!report) return;
    setCounts(
      Object.fromEntries(
        report.products.map((row) => [
          row.productId,
          formatQty(Math.max(row.onHandMilli, 0), row.soldByWeight),
        ]),
      ),
    );
  }, [report]);

  const submit = () => {
    if (home === null) return;
    setTried(true);
    const parsed = [];
    for (const row of rows) {
      const qty = readQty(counts[row.productId] ?? '', { soldByWeight: row.soldByWeight, zero: true });
      if (!qty.ok) {
        setOutcome({ kind: 'error', text: `${row.name}: ${t(qty.error)}` });
        return;
      }
      parsed.push({ productId: row.productId, qty: qtyOf(qty.value) });
    }
    setSaving(true);
    call('stock.eventClose', { locationId: eventId, returnToLocationId: home, counts: parsed })
      .then(onClosed)
      .catch((err: unknown) => setOutcome({ kind: 'error', text: messageOf(err) }))
      .finally(() => setSaving(false));
  };

  const columns: Column<(typeof rows)[number]>[] = [
    productColumn(t, (row) => row.sku),
    {
      key: 'expected',
      header: t('stock.col.expected'),
      kind: 'num',
      cell: (row) => `${formatQty(row.onHandMilli, row.soldByWeight)} ${row.unit}`,
    },
    {
      key: 'counted',
      header: t('stock.col.counted'),
      cell: (row) => {
        const rules = { soldByWeight: row.soldByWeight, zero: true };
        const read = readQty(counts[row.productId] ?? '', rules);
        return (
          <span className="stock-qty-unit">
            <QtyField
              testId="close-count"
              ariaLabel={t('stock.countOf', { name: row.name })}
              rules={rules}
              value={counts[row.productId] ?? ''}
              error={tried && !read.ok ? t(read.error) : null}
              onChange={(text) => setCounts({ ...counts, [row.productId]: text })}
            />
            <span className="muted">{row.unit}</span>
          </span>
        );
      },
    },
  ];

  return (
    <div className="stock-subpanel" data-testid="close-panel">
      <h3>{t('stock.event.closeTitle', { name: report?.event.name ?? '' })}</h3>
      <p className="muted">{t('stock.event.closeHelp')}</p>
      {error && <Banner tone="error">{error}</Banner>}
      <div className="stock-toolbar">
        <LocationSelect
          label={t('stock.event.returnTo')}
          locations={places}
          value={home}
          onChange={setHome}
          testId="close-return-to"
        />
      </div>
      <DataTable
        columns={columns}
        rows={rows}
        rowKey={(row) => row.productId}
        rowProps={(row) => ({ 'data-testid': 'close-row', 'data-sku': row.sku })}
        testId="close-table"
      />
      <div className="stock-actions">
        <button
          type="button"
          className="btn btn-primary"
          data-testid="close-submit"
          disabled={saving || !report || home === null}
          onClick={submit}
        >
          {t('stock.event.closeSubmit')}
        </button>
      </div>
      <Feedback outcome={outcome} />
    </div>
  );
}

type ProductRow = EventReport['products'][number];
type ProducerRow = EventReport['producers'][number];

function ReportPanel({ eventId }: { eventId: number }) {
  const t = useT();
  const { report, error } = useEventReport(eventId);
  if (error) return <Banner tone="error">{error}</Banner>;
  if (!report) return null;
  const products: Column<ProductRow>[] = [
    productColumn(t, (row) => row.producerCode),
    {
      key: 'sent',
      header: t('stock.col.sent'),
      kind: 'num',
      cell: (row) => formatQty(row.sentMilli, row.soldByWeight),
    },
    {
      key: 'sold',
      header: t('stock.col.sold'),
      kind: 'num',
      cell: (row) => formatQty(row.soldMilli, row.soldByWeight),
    },
    {
      key: 'returned',
      header: t('stock.col.returned'),
      kind: 'num',
      cell: (row) => formatQty(row.returnedMilli, row.soldByWeight),
    },
    {
      key: 'onHand',
      header: t('stock.col.onHand'),
      kind: 'num',
      cell: (row) => formatQty(row.onHandMilli, row.soldByWeight),
    },
    {
      key: 'shortfall',
      header: t('stock.col.shortfall'),
      kind: 'num',
      cellProps: () => ({ 'data-testid': 'report-shortfall' }),
      cell: (row) => `${formatQty(row.shortfallMilli, row.soldByWeight)} ${row.unit}`,
    },
    {
      key: 'soldAmount',
      header: t('stock.col.soldAmount'),
      kind: 'num',
      cell: (row) => formatRupiah(row.soldAmount),
    },
    {
      key: 'shortfallValue',
      header: t('stock.col.shortfallValue'),
      kind: 'num',
      cell: (row) => formatRupiah(row.shortfallValue),
    },
  ];
  // Quantities only add up within one unit of sale (pieces and kilograms do not mix).
  const sum = (row: ProducerRow, milli: number) => {
    const unit = unitOf(report, row.producerCode);
    return unit ? `${formatQty(milli, unit.soldByWeight)} ${unit.unit}` : '–';
  };
  const producers: Column<ProducerRow>[] = [
    {
      key: 'producer',
      header: t('stock.col.producer'),
      cell: (row) => (
        <>
          {row.producerName} <span className="muted ui-code-text">{row.producerCode}</span>
        </>
      ),
    },
    { key: 'sent', header: t('stock.col.sent'), kind: 'num', cell: (row) => sum(row, row.sentMilli) },
    { key: 'sold', header: t('stock.col.sold'), kind: 'num', cell: (row) => sum(row, row.soldMilli) },
    {
      key: 'returned',
      header: t('stock.col.returned'),
      kind: 'num',
      cell: (row) => sum(row, row.returnedMilli),
    },
    {
      key: 'shortfall',
      header: t('stock.col.shortfall'),
      kind: 'num',
      cell: (row) => sum(row, row.shortfallMilli),
    },
    {
      key: 'soldAmount',
      header: t('stock.col.soldAmount'),
      kind: 'num',
      cell: (row) => formatRupiah(row.soldAmount),
    },
    {
      key: 'shortfallValue',
      header: t('stock.col.shortfallValue'),
      kind: 'num',
      cell: (row) => formatRupiah(row.shortfallValue),
    },
  ];
  return (
    <div className="stock-subpanel" data-testid="event-report-panel">
      <h3>{t('stock.event.reportTitle', { name: report.event.name })}</h3>
      <p className="muted">
        {report.event.closedAt ? t('stock.event.reportClosed') : t('stock.event.reportOpen')}
      </p>
      <DataTable
        columns={products}
        rows={report.products}
        rowKey={(row) => row.productId}
        rowProps={(row) => ({
          'data-testid': 'report-row',
          'data-sku': row.sku,
          className: row.shortfallMilli > 0 ? 'stock-warn' : undefined,
        })}
        testId="event-report-products"
      />
      <h4>{t('stock.event.byProducer')}</h4>
      <DataTable
        columns={producers}
        rows={report.producers}
        rowKey={(row) => row.producerCode}
        rowProps={(row) => ({ 'data-testid': 'report-producer', 'data-code': row.producerCode })}
        testId="event-report-producers"
      />
    </div>
  );
}

/** The one unit of sale all of a producer's products in the report share, if they do. */
function unitOf(report: EventReport, producerCode: string): { unit: string; soldByWeight: boolean } | null {
  const rows = report.products.filter((row) => row.producerCode === producerCode);
  const first = rows[0];
  return first && rows.every((row) => row.unit === first.unit) ? first : null;
}
