// Levels at one location with low-stock and expiry warnings; the low-stock level is set here too.
import { useCallback, useEffect, useState } from 'react';
import type { Location, StockLevel } from '../../../shared/contract';
import { formatQty } from '../../../shared/quantity';
import { call } from '../../api/client';
import { useT } from '../../i18n';
import { LocationSelect } from './LocationSelect';
import { parseQty, qtyOf } from './parseQty';
import { messageOf } from './useStockData';

const PAGE = 100;

interface LevelsTabProps {
  locations: readonly Location[];
  sellingLocationId: number | null;
  onShowLedger: (row: StockLevel, locationId: number) => void;
}

export function LevelsTab({ locations, sellingLocationId, onShowLedger }: LevelsTabProps) {
  const t = useT();
  const [locationId, setLocationId] = useState<number | null>(sellingLocationId);
  const [query, setQuery] = useState('');
  const [lowOnly, setLowOnly] = useState(false);
  const [offset, setOffset] = useState(0);
  const [data, setData] = useState<{ rows: readonly StockLevel[]; total: number } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [editing, setEditing] = useState<number | null>(null);

  useEffect(() => {
    if (locationId === null && sellingLocationId !== null) setLocationId(sellingLocationId);
  }, [locationId, sellingLocationId]);

  const load = useCallback(() => {
    if (locationId === null) return;
    call('stock.levels', { locationId, query: query.trim(), lowOnly, limit: PAGE, offset })
      .then((result) => {
        setData(result);
        setError(null);
      })
      .catch((err: unknown) => setError(messageOf(err)));
  }, [locationId, query, lowOnly, offset]);

  useEffect(() => {
    const timer = setTimeout(load, 150);
    return () => clearTimeout(timer);
  }, [load]);

  const total = data?.total ?? 0;

  return (
    <section className="stock-panel" aria-label={t('stock.tab.levels')}>
      <div className="stock-toolbar">
        <LocationSelect
          label={t('stock.location')}
          locations={locations}
          value={locationId}
          onChange={(id) => {
            setLocationId(id);
            setOffset(0);
          }}
          testId="levels-location"
        />
        <label className="stock-field stock-grow">
          <span>{t('stock.search')}</span>
          <input
            type="search"
            data-testid="levels-search"
            placeholder={t('stock.productSearch')}
            maxLength={100}
            value={query}
            onChange={(event) => {
              setQuery(event.target.value);
              setOffset(0);
            }}
          />
        </label>
        <label className="stock-check">
          <input
            type="checkbox"
            data-testid="levels-low-only"
            checked={lowOnly}
            onChange={(event) => {
              setLowOnly(event.target.checked);
              setOffset(0);
            }}
          />
          {t('stock.lowOnly')}
        </label>
      </div>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <table className="stock-table">
        <thead>
          <tr>
            <th>{t('stock.col.product')}</th>
            <th>{t('stock.col.producer')}</th>
            <th className="num">{t('stock.col.level')}</th>
            <th className="num">{t('stock.col.low')}</th>
            <th>{t('stock.col.expiry')}</th>
            <th aria-label={t('stock.col.actions')} />
          </tr>
        </thead>
        <tbody>
          {data?.rows.map((row) => (
            <tr
              key={row.productId}
              data-testid="level-row"
              data-sku={row.sku}
              className={row.low || row.qtyMilli < 0 ? 'stock-warn' : undefined}
            >
              <td>
                <strong>{row.name}</strong> <span className="muted">{row.sku}</span>
              </td>
              <td>{row.producerName}</td>
              <td className="num" data-testid="level-qty">
                {formatQty(row.qtyMilli, row.soldByWeight)} {row.unit}
                {row.low && (
                  <span className="stock-badge" data-testid="low-badge">
                    {t('stock.lowBadge')}
                  </span>
                )}
              </td>
              <td className="num">
                {editing === row.productId ? (
                  <ThresholdEditor row={row} onDone={() => setEditing(null)} onSaved={load} />
                ) : (
                  <button
                    type="button"
                    className="btn btn-small"
                    data-testid="threshold-edit"
                    onClick={() => setEditing(row.productId)}
                  >
                    {row.lowStockMilli === null
                      ? t('stock.setLow')
                      : formatQty(row.lowStockMilli, row.soldByWeight)}
                  </button>
                )}
              </td>
              <td>
                {row.nextExpiry && (
                  <span className={row.expired ? 'stock-badge stock-badge-danger' : undefined}>
                    {row.expired ? t('stock.expiredOn', { date: row.nextExpiry }) : row.nextExpiry}
                  </span>
                )}
              </td>
              <td>
                <button
                  type="button"
                  className="btn btn-small"
                  data-testid="show-ledger"
                  onClick={() => locationId !== null && onShowLedger(row, locationId)}
                >
                  {t('stock.ledger')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {data && data.rows.length === 0 && <p className="muted">{t('stock.noRows')}</p>}
      <div className="stock-pager">
        <button
          type="button"
          className="btn btn-small"
          disabled={offset === 0}
          onClick={() => setOffset(Math.max(0, offset - PAGE))}
        >
          {t('stock.prev')}
        </button>
        <span className="muted">
          {t('stock.range', {
            from: total === 0 ? 0 : offset + 1,
            to: Math.min(offset + PAGE, total),
            total,
          })}
        </span>
        <button
          type="button"
          className="btn btn-small"
          disabled={offset + PAGE >= total}
          onClick={() => setOffset(offset + PAGE)}
        >
          {t('stock.next')}
        </button>
      </div>
    </section>
  );
}

function ThresholdEditor({
  row,
  onDone,
  onSaved,
}: {
  row: StockLevel;
  onDone: () => void;
  onSaved: () => void;
}) {
  const t = useT();
  const [text, setText] = useState(
    row.lowStockMilli === null ? '' : formatQty(row.lowStockMilli, row.soldByWeight),
  );
  const [error, setError] = useState<string | null>(null);
  const save = () => {
    let lowQty: number | null = null;
    if (text.trim() !== '') {
      const parsed = parseQty(text, { soldByWeight: row.soldByWeight, zero: true });
      if (!parsed.ok) {
        setError(t(parsed.error));
        return;
      }
      lowQty = qtyOf(parsed.qtyMilli);
    }
    call('stock.setThreshold', { productId: row.productId, lowQty })
      .then(() => {
        onSaved();
        onDone();
      })
      .catch((err: unknown) => setError(messageOf(err)));
  };
  return (
    <span className="stock-inline">
      <input
        className="stock-qty"
        data-testid="threshold-input"
        aria-label={t('stock.col.low')}
        inputMode="decimal"
        value={text}
        onChange={(event) => setText(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter') save();
          if (event.key === 'Escape') onDone();
        }}
      />
      <button type="button" className="btn btn-small btn-primary" data-testid="threshold-save" onClick={save}>
        {t('stock.save')}
      </button>
      {error && <span className="stock-error-inline">{error}</span>}
    </span>
  );
}
