// One sheet of an .xlsx workbook as rows of strings, and an .xlsx writer (one sheet or several).
//
// Why not a spreadsheet library: the maintained ones (read-excel-file, write-excel-file) unzip and
// zip through fflate's *asynchronous* API, which starts Web Workers from blob: URLs for files over
// a few hundred KB. The app's Content-Security-Policy (script-src 'self') forbids those workers, so
// a 50,000-row file would fail or hang. Here fflate's synchronous API does the zip work (we run it
// in our own worker), and the little OOXML we need is read with plain string scanning, which also
// works inside a Web Worker (no DOMParser there). Pure code: runs in Node, a page or a worker.
import { unzipSync, zipSync } from 'fflate';

export type XlsxCell = string | number | null;

export interface XlsxRow {
  /** The spreadsheet's own row number (1 = first row), so reports match what the user sees. */
  row: number;
  cells: string[];
}

export class XlsxError extends Error {
  override name = 'XlsxError';
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeXml(text: string): string {
  return text
    .replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (whole, name: string) => {
      if (name.startsWith('#x')) return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
      if (name.startsWith('#')) return String.fromCodePoint(Number.parseInt(name.slice(1), 10));
      return ENTITIES[name] ?? whole;
    })
    .replace(/_x([0-9A-Fa-f]{4})_/g, (_whole, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
}

function attr(tag: string, name: string): string | undefined {
  const match = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(tag);
  return match ? decodeXml(match[1] ?? match[2] ?? '') : undefined;
}

/** Text of every <t> inside `xml`, leaving out phonetic runs (<rPh>) that Excel adds for Japanese. */
function textRuns(xml: string): string {
  let text = '';
  const withoutPhonetic = xml.replace(/<rPh\b[\s\S]*?<\/rPh>/g, '');
  for (const match of withoutPhonetic.matchAll(/<t\b[^>]*?(?:\/>|>([\s\S]*?)<\/t>)/g)) {
    text += decodeXml(match[1] ?? '');
  }
  return text;
}

/** A1-style column letters to a 0-based index: A → 0, Z → 25, AA → 26. */
function columnIndex(ref: string): number {
  let index = 0;
  for (const ch of ref) {
    const code = ch.charCodeAt(0);
    if (code < 65 || code > 90) break;
    index = index * 26 + (code - 64);
  }
  return index - 1;
}

/** Numbers as a person would type them: 2990000000019, not 2.990000000019E+12. */
function numberText(raw: string): string {
  const value = Number(raw);
  if (!Number.isFinite(value)) return raw.trim();
  if (Number.isInteger(value) && Math.abs(value) < 1e21) return value.toFixed(0);
  return String(value);
}

function resolveTarget(target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = `xl/${target}`.split('/');
  const out: string[] = [];
  for (const part of parts) {
    if (part === '..') out.pop();
    else if (part !== '.') out.push(part);
  }
  return out.join('/');
}

function text(files: Record<string, Uint8Array>, path: string): string | undefined {
  const bytes = files[path];
  return bytes ? new TextDecoder('utf-8').decode(bytes) : undefined;
}

/** True when the bytes start like a zip archive (an .xlsx is one); CSV text never does. */
export function looksLikeXlsx(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/**
 * Reads the first worksheet, or the one named `sheetName`. Every cell comes back as text: numbers
 * without exponent, booleans as 1/0, formulas as their cached value. Empty rows are left out; rows
 * keep their sheet row number.
 */
export function readXlsxRows(bytes: Uint8Array, sheetName?: string): XlsxRow[] {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, { filter: (file) => /\.(xml|rels)$/i.test(file.name) });
  } catch {
    throw new XlsxError('Berkas XLSX rusak atau bukan XLSX');
  }
  const workbook = text(files, 'xl/workbook.xml');
  const rels = text(files, 'xl/_rels/workbook.xml.rels') ?? '';
  if (!workbook) throw new XlsxError('Berkas XLSX tidak berisi buku kerja (xl/workbook.xml)');

  const targets = new Map<string, { type: string; target: string }>();
  for (const match of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = attr(match[0], 'Id');
    const target = attr(match[0], 'Target');
    if (id && target) targets.set(id, { type: attr(match[0], 'Type') ?? '', target: resolveTarget(target) });
  }
  // The first sheet, or the one named `sheetName` (a workbook of reports has several).
  const firstSheet =
    sheetName === undefined
      ? /<sheet\b[^>]*>/.exec(workbook)?.[0]
      : [...workbook.matchAll(/<sheet\b[^>]*>/g)].find((m) => attr(m[0], 'name') === sheetName)?.[0];
  if (sheetName !== undefined && !firstSheet) throw new XlsxError(`Lembar "${sheetName}" tidak ada`);
  const sheetRel = firstSheet ? /\s[\w]+:id\s*=\s*"([^"]*)"/.exec(firstSheet)?.[1] : undefined;
  const sheetPath = (sheetRel && targets.get(sheetRel)?.target) ?? 'xl/worksheets/sheet1.xml';
  const sheet = text(files, sheetPath);
  if (sheet === undefined) throw new XlsxError('Lembar pertama berkas XLSX tidak ditemukan');

  const stringsPath =
    [...targets.values()].find((t) => t.type.endsWith('/sharedStrings'))?.target ?? 'xl/sharedStrings.xml';
  const shared: string[] = [];
  for (const match of (text(files, stringsPath) ?? '').matchAll(/<si\b[^>]*?(?:\/>|>([\s\S]*?)<\/si>)/g)) {
    shared.push(textRuns(match[1] ?? ''));
  }

  const rows: XlsxRow[] = [];
  let lastRow = 0;
  for (const rowMatch of sheet.matchAll(/<row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/row>)/g)) {
    const rowNo = Number(attr(rowMatch[1] ?? '', 'r') ?? lastRow + 1);
    lastRow = rowNo;
    const cells: string[] = [];
    let lastCol = -1;
    for (const cell of (rowMatch[2] ?? '').matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const head = cell[1] ?? '';
      const body = cell[2] ?? '';
      const ref = attr(head, 'r');
      const col = ref ? columnIndex(ref) : lastCol + 1;
      lastCol = col;
      const type = attr(head, 't') ?? 'n';
      const raw = /<v\b[^>]*>([\s\S]*?)<\/v>/.exec(body)?.[1];
      let value = '';
      if (type === 'inlineStr') value = textRuns(/<is\b[^>]*>([\s\S]*?)<\/is>/.exec(body)?.[1] ?? '');
      else if (raw === undefined) value = '';
      else if (type === 's') value = shared[Number(raw)] ?? '';
      else if (type === 'b') value = raw.trim() === '1' ? '1' : '0';
      else if (type === 'n') value = numberText(decodeXml(raw));
      else value = decodeXml(raw); // str (formula text), e (error), d (ISO date)
      while (cells.length < col) cells.push('');
      cells[col] = value;
    }
    if (cells.some((cell) => cell.trim() !== '')) rows.push({ row: rowNo, cells });
  }
  return rows;
}

function escapeXml(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** XML 1.0 cannot hold control characters other than tab, newline and carriage return. */
function dropControlCharacters(value: string): string {
  let out = '';
  for (const ch of value) {
    const code = ch.charCodeAt(0);
    if (code >= 0x20 || code === 0x09 || code === 0x0a || code === 0x0d) out += ch;
  }
  return out;
}

function columnName(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

export interface XlsxSheet {
  name: string;
  /** First row is written bold and frozen, as a header. */
  rows: readonly (readonly XlsxCell[])[];
  /** Column widths in characters. */
  widths?: readonly number[];
}

function sheetXml(sheet: XlsxSheet): string {
  const body = sheet.rows
    .map((cells, r) => {
      const style = r === 0 ? ' s="1"' : '';
      const xml = cells
        .map((cell, c) => {
          if (cell === null || cell === '') return '';
          const ref = `${columnName(c)}${r + 1}`;
          return typeof cell === 'number'
            ? `<c r="${ref}"${style}><v>${cell}</v></c>`
            : `<c r="${ref}"${style} t="inlineStr"><is><t xml:space="preserve">${escapeXml(dropControlCharacters(cell))}</t></is></c>`;
        })
        .join('');
      return `<row r="${r + 1}">${xml}</row>`;
    })
    .join('');
  const cols = sheet.widths?.length
    ? `<cols>${sheet.widths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join('')}</cols>`
    : '';
  return `${XML_HEAD}<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews><sheetFormatPr defaultRowHeight="15"/>${cols}<sheetData>${body}</sheetData></worksheet>`;
}

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/**
 * A one-sheet workbook that Excel, LibreOffice and Google Sheets open. Strings are inline, numbers
 * are numbers. No timestamps are written anywhere, so the same rows always give the same bytes.
 */
export function writeXlsx(sheet: XlsxSheet): Uint8Array {
  return writeXlsxBook([sheet]);
}

/** Characters a sheet name may not hold (Excel refuses the file otherwise). */
const BAD_SHEET_NAME = /[[\]:*?/\\]/g;

/**
 * A workbook of several sheets, in order (the first one opens first). Names are cut to Excel's 31
 * characters; a name used twice gets a number, since Excel refuses duplicate names.
 */
export function writeXlsxBook(sheets: readonly XlsxSheet[]): Uint8Array {
  if (sheets.length === 0) throw new XlsxError('Buku kerja perlu paling sedikit satu lembar');
  const enc = new TextEncoder();
  const used = new Set<string>();
  const names = sheets.map((sheet, i) => {
    const base = sheet.name.replace(BAD_SHEET_NAME, ' ').trim().slice(0, 31) || `Lembar ${i + 1}`;
    let name = base;
    for (let n = 2; used.has(name.toLowerCase()); n++) name = `${base.slice(0, 27)} (${n})`;
    used.add(name.toLowerCase());
    return name;
  });
  const xmlHead = XML_HEAD;
  const main = MAIN_NS;
  const relNs = REL_NS;
  const pkgRel = 'http://schemas.openxmlformats.org/package/2006/relationships';
  const sheetType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';
  const sheetOverrides = sheets
    .map((_s, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="${sheetType}"/>`)
    .join('');
  const sheetEntries = names
    .map((name, i) => `<sheet name="${escapeXml(name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
    .join('');
  const sheetRels = sheets
    .map(
      (_s, i) =>
        `<Relationship Id="rId${i + 1}" Type="${relNs}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
    )
    .join('');
  const files: Record<string, string> = {
    '[Content_Types].xml': `${xmlHead}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${sheetOverrides}<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>`,
    '_rels/.rels': `${xmlHead}<Relationships xmlns="${pkgRel}"><Relationship Id="rId1" Type="${relNs}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    'xl/workbook.xml': `${xmlHead}<workbook xmlns="${main}" xmlns:r="${relNs}"><sheets>${sheetEntries}</sheets></workbook>`,
    'xl/_rels/workbook.xml.rels': `${xmlHead}<Relationships xmlns="${pkgRel}">${sheetRels}<Relationship Id="rId${sheets.length + 1}" Type="${relNs}/styles" Target="styles.xml"/></Relationships>`,
    'xl/styles.xml': `${xmlHead}<styleSheet xmlns="${main}"><fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`,
  };
  sheets.forEach((sheet, i) => {
    files[`xl/worksheets/sheet${i + 1}.xml`] = sheetXml(sheet);
  });
  const zippable: Record<string, Uint8Array> = {};
  for (const [path, xml] of Object.entries(files)) zippable[path] = enc.encode(xml);
  // A zip stores local-time fields: a date made from local fields *now* gives the same bytes in
  // every time zone (a fixed instant would not).
  return zipSync(zippable, { level: 6, mtime: new Date(2026, 0, 1, 0, 0, 0) });
}
