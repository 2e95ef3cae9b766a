// The ledger, newest first: every receipt, sale, transfer and correction, never edited.
import { Fragment, type ReactNode, useEffect, useState } from 'react';
import type { Location, StockMove } from '../../../shared/contract';
import { formatQty } from '../../../shared/quantity';
import { formatZonedDateTime } from '../../../shared/zoneLabel';
import { call } from '../../api/client';
import { Banner, type Column, DataTable, FormRow } from '../../components/ui';
import { type MessageKey, useT } from '../../i18n';
import { ProductPicker } from './ProductPicker';
import { messageOf } from './useStockData';

const PAGE = 50;

export interface LedgerFilter {
  product: { id: number; sku: string; name: string } | null;
  locationId: number | null;
}

interface LedgerTabProps {
  locations: readonly Location[];
  filter: LedgerFilter;
  onFilter: (filter: LedgerFilter) => void;
  timeZone: string;
}

export function LedgerTab({ locations, filter, onFilter, timeZone }: LedgerTabProps) {
  const t = useT();
  const [offset, setOffset] = useState(0);
  const [data, setData] = useState<{ rows: readonly StockMove[]; total: number } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const productId = filter.product?.id;
  const { locationId } = filter;

  useEffect(() => {
    let live = true;
    call('stock.moves', {
      ...(productId !== undefined ? { productId } : {}),
      ...(locationId !== null ? { locationId } : {}),
      limit: PAGE,
      offset,
    })
      .then((result) => {
        if (!live) return;
        setData(result);
        setError(null);
      })
      .catch((err: unknown) => live && setError(messageOf(err)));
    return () => {
      live = false;
    };
  }, [productId, locationId, offset]);

  const total = data?.total ?? 0;
  const columns: Column<StockMove>[] = [
    {
      key: 'when',
      header: t('stock.col.when'),
      cellProps: () => ({ className: 'ui-nowrap' }),
      cell: (move) => formatZonedDateTime(new Date(move.createdAt), timeZone),
    },
    { key: 'kind', header: t('stock.col.kind'), cell: (move) => t(`stock.kind.${move.kind}` as MessageKey) },
    {
      key: 'product',
      header: t('stock.col.product'),
      cell: (move) => (
        <>
          {move.productName} <span className="muted ui-code-text">{move.sku}</span>
        </>
      ),
    },
    { key: 'location', header: t('stock.location'), kind: 'code', cell: (move) => move.locationCode },
    {
      key: 'qty',
      header: t('stock.col.qty'),
      kind: 'num',
      cellProps: (move) => ({
        'data-testid': 'ledger-qty',
        className: move.qtyMilli < 0 ? 'stock-out' : undefined,
      }),
      cell: (move) =>
        `${move.qtyMilli > 0 ? '+' : ''}${formatQty(move.qtyMilli, move.soldByWeight)} ${move.unit}`,
    },
    { key: 'detail', header: t('stock.col.detail'), cell: (move) => moveDetails(move, t) },
    { key: 'user', header: t('stock.col.user'), cell: (move) => move.userName ?? t('stock.system') },
  ];

  return (
    <section className="stock-panel" aria-label={t('stock.tab.ledger')}>
      <div className="stock-toolbar">
        {filter.product ? (
          <div className="stock-field stock-grow">
            <span>{t('stock.col.product')}</span>
            <div className="stock-picked" data-testid="ledger-product">
              <span>
                <strong>{filter.product.name}</strong> <span className="muted">{filter.product.sku}</span>
              </span>
              <button
                type="button"
                className="btn btn-small"
                onClick={() => {
                  onFilter({ ...filter, product: null });
                  setOffset(0);
                }}
              >
                {t('stock.allProducts')}
              </button>
            </div>
          </div>
        ) : (
          <div className="stock-grow">
            <ProductPicker
              label={t('stock.col.product')}
              value={null}
              onChange={(product) => {
                onFilter({ ...filter, product });
                setOffset(0);
              }}
              testId="ledger-picker"
            />
          </div>
        )}
        <FormRow label={t('stock.location')}>
          <select
            data-testid="ledger-location"
            value={locationId ?? ''}
            onChange={(event) => {
              onFilter({
                ...filter,
                locationId: event.target.value === '' ? null : Number(event.target.value),
              });
              setOffset(0);
            }}
          >
            <option value="">{t('stock.allLocations')}</option>
            {locations.map((location) => (
              <option key={location.id} value={location.id}>
                {location.code} · {location.name}
              </option>
            ))}
          </select>
        </FormRow>
      </div>
      {error && <Banner tone="error">{error}</Banner>}
      <DataTable
        columns={columns}
        rows={data?.rows ?? []}
        rowKey={(move) => move.id}
        rowProps={(move) => ({ 'data-testid': 'ledger-row', 'data-kind': move.kind, 'data-sku': move.sku })}
      />
      {data && data.rows.length === 0 && <p className="muted">{t('stock.noMoves')}</p>}
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

/** The receipt, reference, unit, reason and batch of a move; codes such as LPS-PALU never split. */
function moveDetails(
  move: StockMove,
  t: (key: MessageKey, params?: Record<string, string>) => string,
): ReactNode {
  const parts: { key: string; text: string; code: boolean }[] = [];
  if (move.receiptNo) parts.push({ key: 'receipt', text: move.receiptNo, code: true });
  if (move.reference)
    parts.push({ key: 'reference', text: move.reference, code: !/\s/.test(move.reference) });
  if (move.producerCode) parts.push({ key: 'producer', text: move.producerCode, code: true });
  if (move.reason) parts.push({ key: 'reason', text: move.reason, code: false });
  if (move.batchCode) {
    parts.push({
      key: 'batch',
      text: move.expiresOn
        ? t('stock.batchWithExpiry', { code: move.batchCode, date: move.expiresOn })
        : t('stock.batch', { code: move.batchCode }),
      code: false,
    });
  }
  return parts.map((part, i) => (
    <Fragment key={part.key}>
      {i > 0 && ' · '}
      {part.code ? <span className="ui-code-text">{part.text}</span> : part.text}
    </Fragment>
  ));
}
