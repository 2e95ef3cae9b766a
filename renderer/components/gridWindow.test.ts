import { describe, expect, it } from 'vitest';
import { columnsFor, type GridGeometry, gridWindow, rowAt, rowsFor } from './gridWindow';

// 5,000 tiles, 4 per row: 1,250 rows of 128 px with 10 px between them (a pitch of 138 px).
const GRID: GridGeometry = { count: 5_000, columns: 4, rowHeight: 128, gap: 10 };
const PITCH = 138;

describe('columnsFor', () => {
  it('counts the columns CSS auto-fill makes: as many minimum-width tiles as fit with their gaps', () => {
    expect(columnsFor(170, 170, 10)).toBe(1);
    expect(columnsFor(349, 170, 10)).toBe(1); // 170 + 10 + 170 = 350 needed for two
    expect(columnsFor(350, 170, 10)).toBe(2);
    expect(columnsFor(870, 170, 10)).toBe(4); // the till at 1366x768
    expect(columnsFor(890, 170, 10)).toBe(5);
  });

  it('is never below one, even before the box is measured', () => {
    expect(columnsFor(0, 170, 10)).toBe(1);
    expect(columnsFor(100, 170, 10)).toBe(1);
    expect(columnsFor(Number.NaN, 170, 10)).toBe(1);
  });
});

describe('rowsFor and rowAt', () => {
  it('rounds a last partial row up', () => {
    expect(rowsFor(5_000, 4)).toBe(1_250);
    expect(rowsFor(5_001, 4)).toBe(1_251);
    expect(rowsFor(3, 4)).toBe(1);
    expect(rowsFor(0, 4)).toBe(0);
  });

  it('names the row under the top edge, counting the gap with the row above it', () => {
    expect(rowAt(0, GRID)).toBe(0);
    expect(rowAt(PITCH - 1, GRID)).toBe(0); // in the gap under row 0
    expect(rowAt(PITCH, GRID)).toBe(1);
    expect(rowAt(100 * PITCH + 50, GRID)).toBe(100);
    expect(rowAt(-20, GRID)).toBe(0); // an elastic overscroll above the top
  });
});

describe('gridWindow', () => {
  it('at the top: the rows on screen plus the overscan below, nothing above', () => {
    // 580 px of viewport touch ceil(580 / 138) + 1 = 6 rows; 3 more below.
    const w = gridWindow(GRID, 0, 580, 3);
    expect(w).toEqual({
      start: 0,
      end: 36,
      firstRow: 0,
      endRow: 9,
      padTop: 0,
      padBottom: (1_250 - 9) * PITCH,
    });
  });

  it('in the middle: overscan on both sides, the padding standing in for every other row', () => {
    const w = gridWindow(GRID, rowAt(500 * PITCH + 70, GRID), 580, 3);
    expect(w.firstRow).toBe(497);
    expect(w.endRow).toBe(509);
    expect(w.start).toBe(497 * 4);
    expect(w.end).toBe(509 * 4);
    expect(w.padTop).toBe(497 * PITCH);
    // Padding plus the rendered rows is exactly the whole list's height.
    const rendered = (w.endRow - w.firstRow) * PITCH - GRID.gap;
    expect(w.padTop + rendered + w.padBottom).toBe(1_250 * PITCH - GRID.gap);
  });

  it('renders far fewer tiles than the list holds, wherever it is scrolled', () => {
    for (const scrollTop of [0, 1_000, 50_000, 100_000, 1_250 * PITCH]) {
      const w = gridWindow(GRID, rowAt(scrollTop, GRID), 580, 3);
      expect(w.end - w.start).toBeLessThanOrEqual(12 * 4);
      expect(w.end).toBeGreaterThan(w.start);
    }
  });

  it('at the bottom: the last tile is rendered, with no padding under it', () => {
    const bottom = 1_250 * PITCH - GRID.gap - 580; // the largest scrollTop
    const w = gridWindow(GRID, rowAt(bottom, GRID), 580, 3);
    expect(w.end).toBe(5_000);
    expect(w.endRow).toBe(1_250);
    expect(w.padBottom).toBe(0);
  });

  it('a last row that is not full: the window ends at the last tile', () => {
    const w = gridWindow({ ...GRID, count: 5_001 }, 10_000, 580, 3);
    expect(w.end).toBe(5_001);
    expect(w.endRow).toBe(1_251);
  });

  it('a scroll position past the end (the list just got shorter) shows the last screenful', () => {
    const w = gridWindow({ ...GRID, count: 40 }, 900, 580, 3);
    expect(w.endRow).toBe(10);
    expect(w.end).toBe(40);
    expect(w.firstRow).toBeLessThan(w.endRow);
    expect(w.padBottom).toBe(0);
  });

  it('a list shorter than the screen renders whole', () => {
    expect(gridWindow({ ...GRID, count: 7 }, 0, 580, 3)).toEqual({
      start: 0,
      end: 7,
      firstRow: 0,
      endRow: 2,
      padTop: 0,
      padBottom: 0,
    });
  });

  it('follows the column count: the same scroll position in 6 columns renders rows of 6', () => {
    const w = gridWindow({ ...GRID, columns: 6 }, 100, 580, 2);
    expect(w.start).toBe(98 * 6);
    expect(w.end).toBe(108 * 6); // 6 rows touched from row 100, plus 2
    expect((w.end - w.start) % 6).toBe(0);
  });

  it('with no overscan: exactly the rows the viewport touches', () => {
    const w = gridWindow(GRID, 10, 276, 0); // 276 px = 2 rows: touches 3 when not aligned
    expect([w.firstRow, w.endRow]).toEqual([10, 13]);
  });

  it('an empty list or an unmeasured viewport never renders negative ranges', () => {
    expect(gridWindow({ ...GRID, count: 0 }, 0, 580, 3)).toEqual({
      start: 0,
      end: 0,
      firstRow: 0,
      endRow: 0,
      padTop: 0,
      padBottom: 0,
    });
    const unmeasured = gridWindow(GRID, 0, 0, 3);
    expect(unmeasured.start).toBe(0);
    expect(unmeasured.end).toBe(4 * 4); // one row plus the overscan
  });
});
