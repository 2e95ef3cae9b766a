// The lines of a receipt or a transfer: the product, the quantity typed for it (refused in place
// once a save was tried), any columns of the form's own, and a button that takes the line off.
import type { Product } from '../../../shared/contract';
import { type Column, QtyField, readQty } from '../../components/ui';
import type { useT } from '../../i18n';

export interface QtyLine {
  product: Product;
  qty: string;
}

interface LineColumnsOptions<L extends QtyLine> {
  t: ReturnType<typeof useT>;
  /** data-testid of the quantity fields: `receive-qty`, `transfer-qty`. */
  qtyTestId: string;
  /** After a save was tried, every line that cannot be sent says why, empty ones too. */
  tried: boolean;
  onQty: (productId: number, qty: string) => void;
  onRemove: (productId: number) => void;
  /** The form's own columns, between the quantity and the remove button. */
  extra?: readonly Column<L>[];
}

/** The product's name in bold, then a code beside it (its SKU, or the unit that made it). */
export function productColumn<R extends { name: string }>(
  t: ReturnType<typeof useT>,
  code: (row: R) => string,
): Column<R> {
  return {
    key: 'product',
    header: t('stock.col.product'),
    cell: (row) => (
      <>
        <strong>{row.name}</strong> <span className="muted ui-code-text">{code(row)}</span>
      </>
    ),
  };
}

export function lineColumns<L extends QtyLine>({
  t,
  qtyTestId,
  tried,
  onQty,
  onRemove,
  extra = [],
}: LineColumnsOptions<L>): Column<L>[] {
  return [
    {
      key: 'product',
      header: t('stock.col.product'),
      cell: (line) => (
        <>
          <strong>{line.product.name}</strong> <span className="muted">{line.product.unit}</span>
        </>
      ),
    },
    {
      key: 'qty',
      header: t('stock.col.qty'),
      cell: (line) => {
        const rules = { soldByWeight: line.product.soldByWeight };
        const read = readQty(line.qty, rules);
        return (
          <QtyField
            testId={qtyTestId}
            ariaLabel={t('stock.col.qty')}
            rules={rules}
            value={line.qty}
            error={tried && !read.ok ? t(read.error) : null}
            onChange={(qty) => onQty(line.product.id, qty)}
          />
        );
      },
    },
    ...extra,
    {
      key: 'actions',
      header: '',
      headerLabel: t('stock.col.actions'),
      kind: 'action',
      cell: (line) => (
        <button
          type="button"
          className="btn btn-small btn-danger"
          aria-label={t('stock.removeLine', { name: line.product.name })}
          onClick={() => onRemove(line.product.id)}
        >
          ×
        </button>
      ),
    },
  ];
}
