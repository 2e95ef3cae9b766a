// RFC 4180 CSV, read and written the same way by the engine (demo catalogue, batch files, tests)
// and the renderer (import and export files). The one CSV writer of the app: every CSV file goes
// through csvRecord or writeCsv. Pure string code: no Node or DOM APIs.

/** A cell: text, a number (written as it is, for sums), or empty. */
export type CsvCell = string | number | null;

/**
 * Text a spreadsheet would take for a formula (OWASP "CSV injection"): a cell starting with `=`,
 * `+`, `-`, `@`, tab or carriage return. Leading `'`s are looked through, so that text which
 * already starts with `'` before one of those gets one more and reads back unchanged.
 */
const FORMULA_START = /^'*[=+\-@\t\r]/;
const GUARDED = /^'+[=+\-@\t\r]/;

/** `=1+1` becomes `'=1+1`: a spreadsheet shows the text instead of running it. */
export function guardFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** The reverse of guardFormula: `'=1+1` (as written, or as a spreadsheet saved it) reads `=1+1`. */
export function unguardFormula(text: string): string {
  return GUARDED.test(text) ? text.slice(1) : text;
}

export type CsvDelimiter = ',' | ';' | '\t';

/**
 * Spreadsheets in an Indonesian locale save CSV with `;` (the comma is the decimal sign there), so
 * the delimiter is the one that occurs most in the first line, outside quotes; `,` on a tie.
 */
export function detectDelimiter(text: string): CsvDelimiter {
  const counts: Record<CsvDelimiter, number> = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && (ch === ',' || ch === ';' || ch === '\t')) counts[ch]++;
  }
  if (counts[';'] > counts[','] && counts[';'] >= counts['\t']) return ';';
  if (counts['\t'] > counts[',']) return '\t';
  return ',';
}

/**
 * Quoted fields, doubled quotes, delimiters and newlines inside quotes, CRLF or LF, a leading BOM.
 * Returns records of strings; a trailing empty line is dropped. Record i is spreadsheet row i+1.
 * A cell the writer guarded against formulas (`'=1+1`) reads back as it was (`=1+1`).
 */
export function parseCsv(text: string, delimiter: CsvDelimiter = detectDelimiter(text)): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text; // spreadsheet apps add a BOM
  for (let i = 0; i < src.length; i++) {
    const ch = src[i];
    if (quoted) {
      if (ch === '"') {
        if (src[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += ch;
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === delimiter) {
      row.push(unguardFormula(field));
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && src[i + 1] === '\n') i++;
      row.push(unguardFormula(field));
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length > 0) {
    row.push(unguardFormula(field));
    rows.push(row);
  }
  return rows;
}

/** Rows as objects keyed by the (trimmed) header line; blank lines are skipped. */
export function parseCsvRecords(text: string): Record<string, string>[] {
  const [header, ...rows] = parseCsv(text);
  if (!header) return [];
  return rows
    .filter((cells) => cells.some((cell) => cell.trim() !== ''))
    .map((cells) => Object.fromEntries(header.map((name, i) => [name.trim(), (cells[i] ?? '').trim()])));
}

/** One field: numbers as they are; text guarded against formulas, then quoted when it must be. */
export function csvCell(cell: CsvCell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return String(cell);
  const text = guardFormula(cell);
  return /[",;\t\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One CSV record with its CRLF; the first record of a file carries the BOM Excel needs for UTF-8. */
export function csvRecord(cells: readonly CsvCell[], first = false): string {
  return `${first ? '\ufeff' : ''}${cells.map(csvCell).join(',')}\r\n`;
}

/**
 * CSV text with a BOM and CRLF line ends, which is what Excel needs to read UTF-8 names correctly.
 * Fields holding a delimiter, quote, newline or edge space are quoted; text that a spreadsheet
 * would run as a formula starts with `'`. Same rows, same bytes.
 */
export function writeCsv(rows: readonly (readonly CsvCell[])[]): string {
  return rows.map((cells, i) => csvRecord(cells, i === 0)).join('');
}
