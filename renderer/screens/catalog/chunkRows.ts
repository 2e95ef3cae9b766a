// How staged import rows are cut into engine calls.

/** Rows per engine call: small enough to keep each call short, big enough to be quick overall. */
export const CHUNK_ROWS = 1000;
/** And at most this many characters of cells, well under the loopback door's 1 MB request limit. */
export const CHUNK_CHARS = 400_000;

/** Splits rows into chunks of at most CHUNK_ROWS rows and about CHUNK_CHARS characters. */
export function chunkRows<T extends { cells: readonly string[] }>(rows: readonly T[]): T[][] {
  const chunks: T[][] = [];
  let chunk: T[] = [];
  let chars = 0;
  for (const row of rows) {
    const size = row.cells.reduce((sum, cell) => sum + cell.length + 8, 24);
    if (chunk.length > 0 && (chunk.length >= CHUNK_ROWS || chars + size > CHUNK_CHARS)) {
      chunks.push(chunk);
      chunk = [];
      chars = 0;
    }
    chunk.push(row);
    chars += size;
  }
  if (chunk.length > 0) chunks.push(chunk);
  return chunks;
}
