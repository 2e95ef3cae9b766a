// Reads a text file line by line in fixed-size pieces while hashing it, so a sales.jsonl of
// 100,000 sales is checked in one pass and a few megabytes of memory.
import { createHash } from 'node:crypto';
import { closeSync, openSync, readSync } from 'node:fs';

const CHUNK = 1024 * 1024;

export interface ReadResult {
  bytes: number;
  sha256: string;
  lines: number;
}

/** Calls `onLine` for every non-empty line (1-based numbers); returns the file's size and hash. */
export function readLines(path: string, onLine: (line: string, lineNo: number) => void): ReadResult {
  const fd = openSync(path, 'r');
  try {
    const hash = createHash('sha256');
    const decoder = new TextDecoder('utf-8');
    const buffer = Buffer.alloc(CHUNK);
    let bytes = 0;
    let lineNo = 0;
    let rest = '';
    const emit = (line: string) => {
      lineNo++;
      const text = line.endsWith('\r') ? line.slice(0, -1) : line;
      if (text !== '') onLine(text, lineNo);
    };
    for (;;) {
      const read = readSync(fd, buffer, 0, CHUNK, null);
      if (read === 0) break;
      const piece = buffer.subarray(0, read);
      hash.update(piece);
      bytes += read;
      rest += decoder.decode(piece, { stream: true });
      let at = rest.indexOf('\n');
      let from = 0;
      while (at >= 0) {
        emit(rest.slice(from, at));
        from = at + 1;
        at = rest.indexOf('\n', from);
      }
      rest = rest.slice(from);
    }
    rest += decoder.decode();
    if (rest !== '') emit(rest);
    return { bytes, sha256: hash.digest('hex'), lines: lineNo };
  } finally {
    closeSync(fd);
  }
}
