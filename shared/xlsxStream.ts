// An .xlsx writer that streams: rows go out compressed as they come, so a sheet of 300,000 lines
// costs a few hundred kilobytes of memory, not the whole workbook. shared/xlsx.ts builds a small
// workbook in one piece; this one is for batch files and merged workbooks, which can be large.
// Synchronous (fflate's Zip with ZipDeflate), pure code: the caller decides where the bytes go.
// No timestamps: the same rows give the same bytes.
import { Zip, ZipDeflate } from 'fflate';
import type { XlsxCell } from './xlsx';

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
/** A zip stores local-time fields: a date made from local fields gives the same bytes in every zone. */
const MTIME = new Date(2026, 0, 1, 0, 0, 0);
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

function zipFile(path: string): ZipDeflate {
  const file = new ZipDeflate(path, { level: 6 });
  file.mtime = MTIME;
  return file;
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

export class XlsxStreamWriter {
  private readonly zip: Zip;
  private readonly encoder = new TextEncoder();
  private readonly names: string[];
  private current: { file: ZipDeflate; index: number; row: number; buffer: string } | null = null;
  private nextSheet = 0;
  private failure: Error | null = null;

  /** `sink` receives the workbook's bytes in order; the sheets are then written one after another. */
  constructor(
    private readonly sheets: readonly XlsxStreamSheet[],
    sink: (chunk: Uint8Array) => void,
  ) {
    if (sheets.length === 0) throw new Error('Buku kerja perlu paling sedikit satu lembar');
    this.names = sheetNames(sheets);
    this.zip = new Zip((error, data) => {
      if (error) this.failure = error;
      else if (data.length > 0) sink(data);
    });
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

  private check(): void {
    if (this.failure) throw this.failure;
  }

  private whole(path: string, xml: string): void {
    const file = zipFile(path);
    this.zip.add(file);
    file.push(this.encoder.encode(xml), true);
    this.check();
  }

  /** Starts the next sheet (in the order given); its first row is the bold, frozen header. */
  startSheet(): void {
    if (this.current) this.endSheet();
    const index = this.nextSheet++;
    const sheet = this.sheets[index];
    if (!sheet) throw new Error('Semua lembar sudah ditulis');
    const file = zipFile(`xl/worksheets/sheet${index + 1}.xml`);
    this.zip.add(file);
    const cols = sheet.widths?.length
      ? `<cols>${sheet.widths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join('')}</cols>`
      : '';
    this.current = {
      file,
      index,
      row: 0,
      buffer: `${XML_HEAD}<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews><sheetFormatPr defaultRowHeight="15"/>${cols}<sheetData>`,
    };
  }

  row(cells: readonly XlsxCell[]): void {
    const sheet = this.current;
    if (!sheet) throw new Error('Mulai lembar dulu (startSheet)');
    const r = ++sheet.row;
    const style = r === 1 ? ' s="1"' : '';
    let xml = `<row r="${r}">`;
    cells.forEach((cell, c) => {
      if (cell === null || cell === '') return;
      const ref = `${columnName(c)}${r}`;
      xml +=
        typeof cell === 'number'
          ? `<c r="${ref}"${style}><v>${cell}</v></c>`
          : `<c r="${ref}"${style} t="inlineStr"><is><t xml:space="preserve">${escapeXml(cell)}</t></is></c>`;
    });
    sheet.buffer += `${xml}</row>`;
    if (sheet.buffer.length >= FLUSH_CHARS) {
      sheet.file.push(this.encoder.encode(sheet.buffer));
      sheet.buffer = '';
      this.check();
    }
  }

  endSheet(): void {
    const sheet = this.current;
    if (!sheet) return;
    sheet.file.push(this.encoder.encode(`${sheet.buffer}</sheetData></worksheet>`), true);
    this.current = null;
    this.check();
  }

  /** Ends the last sheet and the zip; every sheet named at the start must have been written. */
  finish(): void {
    this.endSheet();
    while (this.nextSheet < this.sheets.length) {
      this.startSheet();
      this.endSheet();
    }
    this.zip.end();
    this.check();
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
