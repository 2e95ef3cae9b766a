// Levels at one location with low-stock and expiry warnings; the low-stock level is set here too.
import { useCallback, useEffect, useState } from 'react';
import type { Location, StockLevel } from '../../../shared/contract';
import { formatQty } from '../../../shared/quantity';
import { call } from '../../api/client';
import { Banner, type Column, DataTable, FormRow, QtyField, qtyOf, readQty } from '../../components/ui';
import { useT } from '../../i18n';
import { LocationSelect } from './LocationSelect';
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
  const columns: Column<StockLevel>[] = [
    {
      key: 'product',
      header: t('stock.col.product'),
      cell: (row) => (
        <>
          <strong>{row.name}</strong> <span className="muted ui-code-text">{row.sku}</span>
        </>
      ),
    },
    { key: 'producer', header: t('stock.col.producer'), cell: (row) => row.producerName },
    {
      key: 'level',
      header: t('stock.col.level'),
      kind: 'num',
      cellProps: () => ({ 'data-testid': 'level-qty' }),
      cell: (row) => (
        <>
          {formatQty(row.qtyMilli, row.soldByWeight)} {row.unit}
          {row.low && (
            <span className="stock-badge" data-testid="low-badge">
              {t('stock.lowBadge')}
            </span>
          )}
        </>
      ),
    },
    {
      key: 'low',
      header: t('stock.col.low'),
      kind: 'num',
      cell: (row) =>
        editing === row.productId ? (
          <ThresholdEditor row={row} onDone={() => setEditing(null)} onSaved={load} />
        ) : (
          <button
            type="button"
            className="btn btn-small"
            data-testid="threshold-edit"
            onClick={() => setEditing(row.productId)}
          >
            {row.lowStockMilli === null ? t('stock.setLow') : formatQty(row.lowStockMilli, row.soldByWeight)}
          </button>
        ),
    },
    {
      key: 'expiry',
      header: t('stock.col.expiry'),
      cell: (row) =>
        row.nextExpiry && (
          <span className={row.expired ? 'stock-badge stock-badge-danger' : 'ui-code-text'}>
            {row.expired ? t('stock.expiredOn', { date: row.nextExpiry }) : row.nextExpiry}
          </span>
        ),
    },
    {
      key: 'actions',
      header: '',
      headerLabel: t('stock.col.actions'),
      kind: 'action',
      cell: (row) => (
        <button
          type="button"
          className="btn btn-small"
          data-testid="show-ledger"
          onClick={() => locationId !== null && onShowLedger(row, locationId)}
        >
          {t('stock.ledger')}
        </button>
      ),
    },
  ];

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
        <FormRow label={t('stock.search')} className="stock-grow">
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
        </FormRow>
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
      {error && <Banner tone="error">{error}</Banner>}
      <DataTable
        columns={columns}
        rows={data?.rows ?? []}
        rowKey={(row) => row.productId}
        rowProps={(row) => ({
          'data-testid': 'level-row',
          'data-sku': row.sku,
          className: row.low || row.qtyMilli < 0 ? 'stock-warn' : undefined,
        })}
      />
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
  const rules = { soldByWeight: row.soldByWeight, zero: true };
  const save = () => {
    let lowQty: number | null = null;
    if (text.trim() !== '') {
      const parsed = readQty(text, rules);
      if (!parsed.ok) {
        setError(t(parsed.error));
        return;
      }
      lowQty = qtyOf(parsed.value);
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
      <QtyField
        testId="threshold-input"
        ariaLabel={t('stock.col.low')}
        rules={rules}
        value={text}
        error={error}
        onChange={(next) => {
          setError(null);
          setText(next);
        }}
        onEnter={save}
        onEscape={onDone}
      />
      <button type="button" className="btn btn-small btn-primary" data-testid="threshold-save" onClick={save}>
        {t('stock.save')}
      </button>
    </span>
  );
}
