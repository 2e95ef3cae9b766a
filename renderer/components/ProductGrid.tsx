import { type CSSProperties, memo, useCallback, useLayoutEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import type { Product } from '../../shared/contract';
import { formatRupiah } from '../../shared/money';
import { useT } from '../i18n';
import { columnsFor, gridWindow, rowAt } from './gridWindow';
import { useProductImages } from './useProductImages';

/**
 * Up to this many tiles are all in the page; a longer list (a catalogue of thousands) is windowed:
 * only the rows on screen, plus a few, are rendered. Below it windowing buys nothing (a couple of
 * hundred memoised tiles draw in a few milliseconds) and would cost something real: every tile is
 * a button in the page, so the browser's find-in-page, Tab and tests that click a tile by its SKU
 * (the demo catalogue and a booth's usual few dozen products) reach any of them without scrolling.
 */
export const RENDER_ALL_UP_TO = 200;

// The windowed grid's geometry. The CSS (.product-grid.windowed in styles.css) takes the row height
// from --tile-row and the column count from the style below, so the page and the arithmetic agree.
const TILE_MIN_WIDTH = 170;
const TILE_GAP = 10;
const ROW_HEIGHT = 128;
const GRID_PAD_BOTTOM = 16;
/** Rows drawn above and below the screen, so a quick scroll does not show empty space. */
const OVERSCAN_ROWS = 3;
const PITCH = { rowHeight: ROW_HEIGHT, gap: TILE_GAP };

interface ProductGridProps {
  products: readonly Product[];
  onPick: (product: Product) => void;
}

/** Memoised: it only redraws when the products or the pictures change, not on every key typed. */
export const ProductGrid = memo(function ProductGrid({ products, onPick }: ProductGridProps) {
  return products.length > RENDER_ALL_UP_TO ? (
    <WindowedGrid products={products} onPick={onPick} />
  ) : (
    <WholeGrid products={products} onPick={onPick} />
  );
});

function WholeGrid({ products, onPick }: ProductGridProps) {
  const images = useProductImages(products.map((p) => p.id));
  return (
    <ul className="product-grid" data-testid="product-grid">
      {products.map((product) => (
        <li key={product.id}>
          <ProductTile product={product} image={images.get(product.id) ?? null} onPick={onPick} />
        </li>
      ))}
    </ul>
  );
}

/**
 * Thousands of tiles: a scrolling viewport holding a grid of fixed-height rows, of which only the
 * window around the scroll position is rendered; padding above and below stands in for the rest,
 * so the scrollbar is the whole list's. The column count comes from the viewport's width
 * (ResizeObserver), as CSS auto-fill would count it.
 */
function WindowedGrid({ products, onPick }: ProductGridProps) {
  const viewport = useRef<HTMLDivElement>(null);
  const [box, setBox] = useState({ width: 0, height: 0 });
  const [topRow, setTopRow] = useState(0);
  const topRowRef = useRef(topRow);
  topRowRef.current = topRow;

  const columns = columnsFor(box.width, TILE_MIN_WIDTH, TILE_GAP);
  const range = gridWindow({ count: products.length, columns, ...PITCH }, topRow, box.height, OVERSCAN_ROWS);
  const shown = products.slice(range.start, range.end);
  // Pictures for the tiles in the page, whichever part of the list that is.
  const images = useProductImages(shown.map((p) => p.id));

  useLayoutEffect(() => {
    const element = viewport.current;
    if (!element) return;
    const measure = () => {
      const width = element.clientWidth;
      const height = element.clientHeight;
      setBox((old) => (old.width === width && old.height === height ? old : { width, height }));
      setTopRow(rowAt(element.scrollTop, PITCH));
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  // Another list (a search, a category chip) starts at its top, as a fresh page would.
  useLayoutEffect(() => {
    const element = viewport.current;
    if (!element || products.length === 0) return;
    element.scrollTop = 0;
    setTopRow(0);
  }, [products]);

  const onScroll = useCallback(() => {
    const element = viewport.current;
    if (!element) return;
    const row = rowAt(element.scrollTop, PITCH);
    if (row === topRowRef.current) return;
    // Rendered now, inside this frame, not in a task after it has been painted: with the rows drawn
    // ahead (OVERSCAN_ROWS), a quick scroll shows no empty space.
    flushSync(() => setTopRow(row));
  }, []);

  const style = {
    '--tile-row': `${ROW_HEIGHT}px`,
    gridTemplateColumns: `repeat(${columns}, minmax(0, 1fr))`,
    paddingTop: range.padTop,
    paddingBottom: range.padBottom + GRID_PAD_BOTTOM,
  } as CSSProperties;

  return (
    <div className="product-grid-viewport" ref={viewport} onScroll={onScroll} data-testid="product-grid">
      <ul className="product-grid windowed" style={style}>
        {shown.map((product, i) => (
          // Where the tile sits in the whole list, for a screen reader that sees only the window.
          <li key={product.id} aria-setsize={products.length} aria-posinset={range.start + i + 1}>
            <ProductTile product={product} image={images.get(product.id) ?? null} onPick={onPick} />
          </li>
        ))}
      </ul>
    </div>
  );
}

interface ProductTileProps {
  product: Product;
  image: string | null;
  onPick: (product: Product) => void;
}

/** Memoised too: a scroll that moves the window by a row draws that row's tiles, not all of them. */
const ProductTile = memo(function ProductTile({ product, image, onPick }: ProductTileProps) {
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
});
