// Bazaars and exhibitions: create one with its dates, send stock out to it, sell there, count what
// comes back at the end, and read the report per product and per producing unit.
import { useEffect, useState } from 'react';
import type { EventReport, Location, StockSettings } from '../../../shared/contract';
import { formatRupiah } from '../../../shared/money';
import { formatQty } from '../../../shared/quantity';
import { call } from '../../api/client';
import { qtyOf, readQty } from '../../components/ui';
import { useT } from '../../i18n';
import { Feedback, type Outcome } from './Feedback';
import { LocationSelect } from './LocationSelect';
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

  return (
    <section className="stock-panel" aria-label={t('stock.tab.events')}>
      <h3>{t('stock.event.new')}</h3>
      <div className="stock-toolbar">
        <label className="stock-field">
          <span>{t('stock.col.code')}</span>
          <input
            data-testid="event-code"
            maxLength={16}
            value={draft.code}
            onChange={(event) => setDraft({ ...draft, code: event.target.value.toUpperCase() })}
          />
        </label>
        <label className="stock-field stock-grow">
          <span>{t('stock.col.name')}</span>
          <input
            data-testid="event-name"
            maxLength={80}
            value={draft.name}
            onChange={(event) => setDraft({ ...draft, name: event.target.value })}
          />
        </label>
        <label className="stock-field">
          <span>{t('stock.event.startsOn')}</span>
          <input
            type="date"
            data-testid="event-starts"
            value={draft.startsOn}
            onChange={(event) => setDraft({ ...draft, startsOn: event.target.value })}
          />
        </label>
        <label className="stock-field">
          <span>{t('stock.event.endsOn')}</span>
          <input
            type="date"
            data-testid="event-ends"
            value={draft.endsOn}
            onChange={(event) => setDraft({ ...draft, endsOn: event.target.value })}
          />
        </label>
        <button type="button" className="btn btn-primary" data-testid="event-create" onClick={create}>
          {t('stock.event.create')}
        </button>
      </div>
      <Feedback outcome={outcome} />

      <h3>{t('stock.event.list')}</h3>
      {events.length === 0 && <p className="muted">{t('stock.event.none')}</p>}
      <ul className="stock-events">
        {events.map((event) => (
          <li key={event.id} data-testid="event-row" data-code={event.code}>
            <div>
              <strong>{event.name}</strong> <span className="muted">{event.code}</span>
              <div className="muted">
                {event.startsOn} – {event.endsOn} ·{' '}
                {event.closedAt
                  ? t('stock.event.closed')
                  : event.isDefault
                    ? t('stock.event.sellingHere')
                    : t('stock.event.open')}
              </div>
            </div>
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
                      onClick={() =>
                        void run(
                          call('stock.saveSettings', { sellingLocationId: event.id }),
                          t('stock.settings.saved'),
                        )
                      }
                    >
                      {t('stock.event.sellHere')}
                    </button>
                  )}
                  {event.isDefault && home && (
                    <button
                      type="button"
                      className="btn btn-small"
                      data-testid="event-stop-selling"
                      onClick={() =>
                        void run(
                          call('stock.saveSettings', { sellingLocationId: home.id }),
                          t('stock.settings.saved'),
                        )
                      }
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
          </li>
        ))}
      </ul>

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

  return (
    <div className="stock-subpanel" data-testid="close-panel">
      <h3>{t('stock.event.closeTitle', { name: report?.event.name ?? '' })}</h3>
      <p className="muted">{t('stock.event.closeHelp')}</p>
      {error && <p className="error">{error}</p>}
      <LocationSelect
        label={t('stock.event.returnTo')}
        locations={places}
        value={home}
        onChange={setHome}
        testId="close-return-to"
      />
      <table className="stock-table">
        <thead>
          <tr>
            <th>{t('stock.col.product')}</th>
            <th className="num">{t('stock.col.expected')}</th>
            <th>{t('stock.col.counted')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.productId} data-testid="close-row" data-sku={row.sku}>
              <td>
                <strong>{row.name}</strong> <span className="muted">{row.sku}</span>
              </td>
              <td className="num">
                {formatQty(row.onHandMilli, row.soldByWeight)} {row.unit}
              </td>
              <td>
                <input
                  className="stock-qty"
                  data-testid="close-count"
                  aria-label={t('stock.col.counted')}
                  inputMode="decimal"
                  value={counts[row.productId] ?? ''}
                  onChange={(event) => setCounts({ ...counts, [row.productId]: event.target.value })}
                />{' '}
                {row.unit}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
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

function ReportPanel({ eventId }: { eventId: number }) {
  const t = useT();
  const { report, error } = useEventReport(eventId);
  if (error) return <p className="error">{error}</p>;
  if (!report) return null;
  const qty = (milli: number, soldByWeight: boolean) => formatQty(milli, soldByWeight);
  return (
    <div className="stock-subpanel" data-testid="event-report-panel">
      <h3>{t('stock.event.reportTitle', { name: report.event.name })}</h3>
      <p className="muted">
        {report.event.closedAt ? t('stock.event.reportClosed') : t('stock.event.reportOpen')}
      </p>
      <table className="stock-table">
        <thead>
          <tr>
            <th>{t('stock.col.product')}</th>
            <th className="num">{t('stock.col.sent')}</th>
            <th className="num">{t('stock.col.sold')}</th>
            <th className="num">{t('stock.col.returned')}</th>
            <th className="num">{t('stock.col.onHand')}</th>
            <th className="num">{t('stock.col.shortfall')}</th>
            <th className="num">{t('stock.col.soldAmount')}</th>
            <th className="num">{t('stock.col.shortfallValue')}</th>
          </tr>
        </thead>
        <tbody>
          {report.products.map((row) => (
            <tr
              key={row.productId}
              data-testid="report-row"
              data-sku={row.sku}
              className={row.shortfallMilli > 0 ? 'stock-warn' : undefined}
            >
              <td>
                <strong>{row.name}</strong> <span className="muted">{row.producerCode}</span>
              </td>
              <td className="num">{qty(row.sentMilli, row.soldByWeight)}</td>
              <td className="num">{qty(row.soldMilli, row.soldByWeight)}</td>
              <td className="num">{qty(row.returnedMilli, row.soldByWeight)}</td>
              <td className="num">{qty(row.onHandMilli, row.soldByWeight)}</td>
              <td className="num" data-testid="report-shortfall">
                {qty(row.shortfallMilli, row.soldByWeight)} {row.unit}
              </td>
              <td className="num">{formatRupiah(row.soldAmount)}</td>
              <td className="num">{formatRupiah(row.shortfallValue)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h4>{t('stock.event.byProducer')}</h4>
      <table className="stock-table">
        <thead>
          <tr>
            <th>{t('stock.col.producer')}</th>
            <th className="num">{t('stock.col.sent')}</th>
            <th className="num">{t('stock.col.sold')}</th>
            <th className="num">{t('stock.col.returned')}</th>
            <th className="num">{t('stock.col.shortfall')}</th>
            <th className="num">{t('stock.col.soldAmount')}</th>
            <th className="num">{t('stock.col.shortfallValue')}</th>
          </tr>
        </thead>
        <tbody>
          {report.producers.map((row) => {
            const unit = unitOf(report, row.producerCode);
            // Quantities only add up within one unit of sale (pieces and kilograms do not mix).
            const sum = (milli: number) =>
              unit ? `${formatQty(milli, unit.soldByWeight)} ${unit.unit}` : '–';
            return (
              <tr key={row.producerCode} data-testid="report-producer" data-code={row.producerCode}>
                <td>
                  {row.producerName} <span className="muted">{row.producerCode}</span>
                </td>
                <td className="num">{sum(row.sentMilli)}</td>
                <td className="num">{sum(row.soldMilli)}</td>
                <td className="num">{sum(row.returnedMilli)}</td>
                <td className="num">{sum(row.shortfallMilli)}</td>
                <td className="num">{formatRupiah(row.soldAmount)}</td>
                <td className="num">{formatRupiah(row.shortfallValue)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/** The one unit of sale all of a producer's products in the report share, if they do. */
function unitOf(report: EventReport, producerCode: string): { unit: string; soldByWeight: boolean } | null {
  const rows = report.products.filter((row) => row.producerCode === producerCode);
  const first = rows[0];
  return first && rows.every((row) => row.unit === first.unit) ? first : null;
}
