import { describe, expect, it } from 'vitest';
import { CHUNK_CHARS, CHUNK_ROWS, chunkRows } from './chunkRows';

describe('chunkRows', () => {
  it('sends at most 1,000 rows per call and keeps every row, in order', () => {
    const rows = Array.from({ length: 2_500 }, (_, i) => ({ row: i + 2, cells: ['A', 'B'] }));
    const chunks = chunkRows(rows);
    expect(chunks.map((c) => c.length)).toEqual([CHUNK_ROWS, CHUNK_ROWS, 500]);
    expect(chunks.flat()).toEqual(rows);
  });

  it('makes smaller chunks of long rows, so a request stays under the door’s size limit', () => {
    const rows = Array.from({ length: 1_000 }, (_, i) => ({ row: i + 2, cells: ['x'.repeat(1_900)] }));
    const chunks = chunkRows(rows);
    expect(chunks.length).toBeGreaterThan(4);
    for (const chunk of chunks) {
      expect(chunk.reduce((n, r) => n + (r.cells[0]?.length ?? 0), 0)).toBeLessThanOrEqual(CHUNK_CHARS);
    }
    expect(chunks.flat()).toHaveLength(1_000);
  });
});
