import type { Product } from '../../shared/contract';
import { formatRupiah } from '../../shared/money';
import { useT } from '../i18n';

interface ProductGridProps {
  products: readonly Product[];
  onPick: (product: Product) => void;
}

export function ProductGrid({ products, onPick }: ProductGridProps) {
  return (
    <ul className="product-grid">
      {products.map((product) => (
        <li key={product.id}>
          <ProductTile product={product} onPick={onPick} />
        </li>
      ))}
    </ul>
  );
}

function ProductTile({ product, onPick }: { product: Product; onPick: (product: Product) => void }) {
  const t = useT();
  return (
    <button
      type="button"
      className="product-tile"
      data-testid="product-tile"
      data-sku={product.sku}
      onClick={() => onPick(product)}
    >
      <span className="tile-name">{product.name}</span>
      <span className="tile-price">
        {formatRupiah(product.price)}
        {product.soldByWeight && <span className="tile-unit">{t('product.perKg')}</span>}
      </span>
      <span className="tile-producer">{product.producerName}</span>
    </button>
  );
}
