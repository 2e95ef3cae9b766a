// Windowing for the till's product grid: which rows of tiles are in the page for a scroll position.
// Pure arithmetic on pixels, so it is tested without a browser (gridWindow.test.ts); ProductGrid
// measures the box and the scroll position and renders what this says.

export interface GridGeometry {
  /** Tiles in the whole list. */
  count: number;
  /** Tiles per row. */
  columns: number;
  /** Height of one row of tiles, in CSS pixels. */
  rowHeight: number;
  /** Space between two rows (the CSS grid's row gap). */
  gap: number;
}

export interface GridWindow {
  /** Index of the first tile rendered, and one past the last. */
  start: number;
  end: number;
  /** First row rendered, and one past the last. */
  firstRow: number;
  endRow: number;
  /** Empty space above the first rendered row and below the last, so the scrollbar is the whole list's. */
  padTop: number;
  padBottom: number;
}

/**
 * Tiles per row in a box `width` pixels wide, as CSS's `repeat(auto-fill, minmax(minTile, 1fr))`
 * with `gap` between columns counts them: as many as fit at their minimum width, at least one.
 */
export function columnsFor(width: number, minTile: number, gap: number): number {
  if (!(width > 0)) return 1;
  return Math.max(1, Math.floor((width + gap) / (minTile + gap)));
}

export function rowsFor(count: number, columns: number): number {
  return count > 0 ? Math.ceil(count / Math.max(1, columns)) : 0;
}

/** The row under the top edge of the viewport when it is scrolled `scrollTop` pixels down. */
export function rowAt(scrollTop: number, geometry: Pick<GridGeometry, 'rowHeight' | 'gap'>): number {
  return Math.max(0, Math.floor(scrollTop / (geometry.rowHeight + geometry.gap)));
}

/**
 * The rows to render for a viewport `viewportHeight` tall whose top edge is on row `topRow`: the
 * rows it shows plus `overscan` rows above and below (drawn before they scroll in, so a fast
 * scroll does not show empty space). A `topRow` past the end (the list just got shorter) is read
 * as the last screenful.
 */
export function gridWindow(
  geometry: GridGeometry,
  topRow: number,
  viewportHeight: number,
  overscan: number,
): GridWindow {
  const { count, columns, rowHeight, gap } = geometry;
  const pitch = rowHeight + gap;
  const rows = rowsFor(count, columns);
  // Rows the viewport can touch at once: one more than fit, as the top row is usually cut.
  const shown = Math.max(1, Math.ceil(Math.max(0, viewportHeight) / pitch) + 1);
  const top = Math.min(Math.max(0, topRow), Math.max(0, rows - shown + 1));
  const firstRow = Math.max(0, top - overscan);
  const endRow = Math.min(rows, top + shown + overscan);
  return {
    start: firstRow * columns,
    end: Math.min(count, endRow * columns),
    firstRow,
    endRow,
    padTop: firstRow * pitch,
    padBottom: (rows - endRow) * pitch,
  };
}
