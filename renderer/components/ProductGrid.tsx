import { memo } from 'react';
import type { Product } from '../../shared/contract';
import { formatRupiah } from '../../shared/money';
import { useT } from '../i18n';
import { useProductImages } from './useProductImages';

/** Pictures are fetched for the first tiles only: the rest are a scroll away and rarely tapped. */
const PICTURED_TILES = 60;

interface ProductGridProps {
  products: readonly Product[];
  onPick: (product: Product) => void;
}

/** Memoised: it only redraws when the products or the pictures change, not on every key typed. */
export const ProductGrid = memo(function ProductGrid({ products, onPick }: ProductGridProps) {
  const images = useProductImages(products.slice(0, PICTURED_TILES).map((p) => p.id));
  return (
    <ul className="product-grid">
      {products.map((product) => (
        <li key={product.id}>
          <ProductTile product={product} image={images.get(product.id) ?? null} onPick={onPick} />
        </li>
      ))}
    </ul>
  );
});

interface ProductTileProps {
  product: Product;
  image: string | null;
  onPick: (product: Product) => void;
}

function ProductTile({ product, image, onPick }: ProductTileProps) {
  const t = useT();
  return (
    <button
      type="button"
      className={image ? 'product-tile with-image' : 'product-tile'}
      data-testid="product-tile"
      data-sku={product.sku}
      onClick={() => onPick(product)}
    >
      {image && <img className="tile-image" data-testid="tile-image" src={image} alt="" />}
      <span className="tile-name">{product.name}</span>
      <span className="tile-price">
        {formatRupiah(product.price)}
        {product.soldByWeight && <span className="tile-unit">{t('product.perKg')}</span>}
      </span>
      <span className="tile-producer">{product.producerName}</span>
    </button>
  );
}
