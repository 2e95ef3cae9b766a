// An .xlsx writer that streams: rows go out compressed as they come, so a sheet of 300,000 lines
// costs a few hundred kilobytes of memory, not the whole workbook. shared/xlsx.ts builds a small
// workbook in one piece (and runs in the renderer); this one is for batch files and merged
// workbooks, which can be large, and compresses with Node's zlib (zipWriter.ts). Synchronous: the
// caller decides where the bytes go. No timestamps: the same rows give the same bytes.
import type { XlsxCell } from '../../../shared/xlsx';
import { type ZipEntry, ZipWriter } from './zipWriter';

export interface XlsxStreamSheet {
  name: string;
  /** Column widths in characters. */
  widths?: readonly number[];
}

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const SHEET_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';
const FLUSH_CHARS = 64 * 1024;

function escapeXml(value: string): string {
  let out = '';
  for (const ch of value) {
    const code = ch.charCodeAt(0);
    // XML 1.0 cannot hold control characters other than tab, newline and carriage return.
    if (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) continue;
    out += ch === '&' ? '&amp;' : ch === '<' ? '&lt;' : ch === '>' ? '&gt;' : ch === '"' ? '&quot;' : ch;
  }
  return out;
}

function columnName(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/** Excel refuses these characters and names over 31 characters; duplicates get a number. */
function sheetNames(sheets: readonly XlsxStreamSheet[]): string[] {
  const used = new Set<string>();
  return sheets.map((sheet, i) => {
    const base =
      sheet.name
        .replace(/[[\]:*?/\\]/g, ' ')
        .trim()
        .slice(0, 31) || `Lembar ${i + 1}`;
    let name = base;
    for (let n = 2; used.has(name.toLowerCase()); n++) name = `${base.slice(0, 27)} (${n})`;
    used.add(name.toLowerCase());
    return name;
  });
}

/** One sheet being written: rows in order, then end(). The first row is the bold, frozen header. */
export class XlsxSheetStream {
  private buffer: string;
  private rowNo = 0;
  private ended = false;

  constructor(
    private readonly file: ZipEntry,
    widths: readonly number[] | undefined,
  ) {
    const cols = widths?.length
      ? `<cols>${widths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join('')}</cols>`
      : '';
    this.buffer = `${XML_HEAD}<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews><sheetFormatPr defaultRowHeight="15"/>${cols}<sheetData>`;
  }

  row(cells: readonly XlsxCell[]): void {
    if (this.ended) throw new Error('Lembar sudah selesai');
    const r = ++this.rowNo;
    const style = r === 1 ? ' s="1"' : '';
    let xml = `<row r="${r}">`;
    for (let c = 0; c < cells.length; c++) {
      const cell = cells[c];
      if (cell === null || cell === undefined || cell === '') continue;
      const ref = `${columnName(c)}${r}`;
      xml +=
        typeof cell === 'number'
          ? `<c r="${ref}"${style}><v>${cell}</v></c>`
          : `<c r="${ref}"${style} t="inlineStr"><is><t xml:space="preserve">${escapeXml(cell)}</t></is></c>`;
    }
    this.buffer += `${xml}</row>`;
    if (this.buffer.length >= FLUSH_CHARS) {
      this.file.write(this.buffer);
      this.buffer = '';
    }
  }

  end(): void {
    if (this.ended) return;
    this.ended = true;
    this.file.write(`${this.buffer}</sheetData></worksheet>`);
    this.file.end();
    this.buffer = '';
  }
}

export class XlsxStreamWriter {
  private readonly zip: ZipWriter;
  private readonly names: string[];
  private readonly open = new Map<number, XlsxSheetStream>();
  private current: XlsxSheetStream | null = null;
  private nextSheet = 0;

  /**
   * `sheets` in the order the workbook shows them; `sink` receives the workbook's bytes in order.
   * Sheets can be written one after another (startSheet/row) or several at once (sheet(i)): the
   * zip holds them in the order they were started, and the first one streams straight out while
   * the others wait compressed in memory until it ends.
   */
  constructor(
    private readonly sheets: readonly XlsxStreamSheet[],
    sink: (chunk: Uint8Array) => void,
    /** zlib level: 6 by default; a batch export trades some size for speed. */
    level = 6,
  ) {
    if (sheets.length === 0) throw new Error('Buku kerja perlu paling sedikit satu lembar');
    this.names = sheetNames(sheets);
    this.zip = new ZipWriter(sink, level);
    const overrides = sheets
      .map((_s, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="${SHEET_TYPE}"/>`)
      .join('');
    const entries = this.names
      .map((name, i) => `<sheet name="${escapeXml(name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
      .join('');
    const rels = sheets
      .map(
        (_s, i) =>
          `<Relationship Id="rId${i + 1}" Type="${REL_NS}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
      )
      .join('');
    this.whole(
      '[Content_Types].xml',
      `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${overrides}<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>`,
    );
    this.whole(
      '_rels/.rels',
      `${XML_HEAD}<Relationships xmlns="${PKG_REL_NS}"><Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    );
    this.whole(
      'xl/workbook.xml',
      `${XML_HEAD}<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><sheets>${entries}</sheets></workbook>`,
    );
    this.whole(
      'xl/_rels/workbook.xml.rels',
      `${XML_HEAD}<Relationships xmlns="${PKG_REL_NS}">${rels}<Relationship Id="rId${sheets.length + 1}" Type="${REL_NS}/styles" Target="styles.xml"/></Relationships>`,
    );
    this.whole(
      'xl/styles.xml',
      `${XML_HEAD}<styleSheet xmlns="${MAIN_NS}"><fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`,
    );
  }

  private whole(path: string, xml: string): void {
    this.zip.file(path, xml);
  }

  /** Starts sheet `index` (0-based, as given to the constructor) and returns its stream. */
  sheet(index: number): XlsxSheetStream {
    const spec = this.sheets[index];
    if (!spec) throw new Error(`Lembar ${index + 1} tidak ada`);
    if (this.open.has(index)) throw new Error(`Lembar ${index + 1} sudah dimulai`);
    const stream = new XlsxSheetStream(this.zip.add(`xl/worksheets/sheet${index + 1}.xml`), spec.widths);
    this.open.set(index, stream);
    return stream;
  }

  /** Ends the current sheet and starts the next one in order (writing one sheet at a time). */
  startSheet(): void {
    this.current?.end();
    while (this.open.has(this.nextSheet)) this.nextSheet++;
    this.current = this.sheet(this.nextSheet++);
  }

  row(cells: readonly XlsxCell[]): void {
    if (!this.current) throw new Error('Mulai lembar dulu (startSheet)');
    this.current.row(cells);
  }

  /** Ends every sheet (an unstarted one is written empty) and the zip. */
  finish(): void {
    for (let i = 0; i < this.sheets.length; i++) if (!this.open.has(i)) this.sheet(i);
    for (const stream of this.open.values()) stream.end();
    this.zip.finish();
  }
}

/** The whole workbook as bytes, for small workbooks and tests. */
export function xlsxBytes(sheets: readonly (XlsxStreamSheet & { rows: readonly (readonly XlsxCell[])[] })[]) {
  const chunks: Uint8Array[] = [];
  const writer = new XlsxStreamWriter(sheets, (chunk) => chunks.push(chunk));
  for (const sheet of sheets) {
    writer.startSheet();
    for (const row of sheet.rows) writer.row(row);
  }
  writer.finish();
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}
