// The PDF writer checked with the tools of a reader's world (Debian's poppler-utils and qpdf):
// the text comes back out (pdftotext), the fonts are embedded as subsets (pdffonts), the file has
// no structural errors (qpdf --check), and a rendered page has ink where the Arabic and the emoji
// are (pdftoppm). A missing tool fails the test and names the package to install.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { PdfDocument } from '../../../shared/pdfModel';
import { pdfFileText, runPdfTool as run } from '../../../tests/support/pdfTools';
import { DEFAULT_RESOURCES_DIR } from '../engine';
import { fontSet } from '../fonts/fonts';
import { writePdf } from './writePdf';

const fonts = fontSet(DEFAULT_RESOURCES_DIR);
const dir = mkdtempSync(join(tmpdir(), 'karya-pdf-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let fileNo = 0;
function save(bytes: Uint8Array): string {
  const file = join(dir, `doc${++fileNo}.pdf`);
  writeFileSync(file, bytes);
  return file;
}

interface Word {
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
  page: number;
}

/** Every word with its box in points from the page's top left (pdftotext -bbox). */
function wordsOf(file: string): Word[] {
  const html = run('pdftotext', ['-bbox', file, '-']).stdout;
  const words: Word[] = [];
  html.split('<page ').forEach((page, p) => {
    for (const m of page.matchAll(
      /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g,
    )) {
      words.push({
        xMin: Number(m[1]),
        yMin: Number(m[2]),
        xMax: Number(m[3]),
        yMax: Number(m[4]),
        text: m[5] ?? '',
        page: p,
      });
    }
  });
  return words;
}

const RTL = /[\u0600-\u06ff]/;

const NAME =
  'Meja makan kayu jati berukir motif bunga cengkeh dengan empat kursi dan taplak tenun Donggala asli';
const doc: PdfDocument = {
  title: 'Laporan Z 3 · Kaligrafi الله Ukiran Kayu 🐟',
  footer: 'Karya POS · Laporan Z 3',
  createdAt: Date.UTC(2026, 11, 5, 2, 30),
  blocks: [
    { type: 'title', text: 'LAPORAN Z 3 · BTH1' },
    { type: 'text', text: 'Sabtu, 5 Desember 2026 · Dibuat 05/12/2026 10.30 WITA · rupiah' },
    { type: 'text', text: 'Salam dari booth: السلام عليكم' },
    { type: 'heading', text: 'Per produk' },
    {
      type: 'table',
      columns: [
        { header: 'Produk', width: 40 },
        // Far too narrow on purpose: a code column grows to fit its codes.
        { header: 'Unit', width: 2, wrap: false },
        { header: 'Qty', width: 6, align: 'right' },
        { header: 'Rupiah', width: 12, align: 'right' },
      ],
      rows: [
        { cells: ['Kaligrafi الله Ukiran Kayu', 'LPS-PALU', '2', '1.250.000'] },
        { cells: ['Ikan 🐟', 'LPS-PARIGI', '3', '45.000'] },
        { cells: ['Sambal 🌶️', 'LPS-PARIGI', '1', '25.000'] },
        { cells: ['Teh 茶 hijau', 'LPS-PALU', '1', '15.000'] },
        { cells: [NAME, 'LPS-PARIGI', '1', '12.500.000'] },
        ...Array.from({ length: 130 }, (_, i) => ({
          cells: [`Produk nomor ${i + 1}`, i % 2 ? 'LPS-PALU' : 'LPS-PARIGI', String(i), `${i + 1}.000`],
        })),
        { cells: ['Jumlah', '', '', '13.920.000'], bold: true },
      ],
    },
  ],
};

describe('writePdf', () => {
  const bytes = writePdf(doc, fonts);
  const file = save(bytes);

  it('writes a file qpdf finds no fault in', () => {
    const check = run('qpdf', ['--check', file]);
    expect(check.stderr).toBe('');
    expect(check.stdout).toContain('No syntax or stream encoding errors found');
    expect(check.status).toBe(0);
  });

  it('embeds every font it draws with, as subsets with a ToUnicode map, and no other font', () => {
    const lines = run('pdffonts', [file])
      .stdout.trim()
      .split('\n')
      .slice(2)
      .map((line) => line.trim().split(/\s+/));
    const names = lines.map((cols) => cols[0] ?? '');
    for (const face of ['NotoSans-Regular', 'NotoSans-Bold', 'NotoSansArabic-Regular', 'NotoEmoji-Regular']) {
      expect(names.some((n) => new RegExp(`^[A-Z]{6}\\+${face}$`).test(n))).toBe(true);
    }
    expect(names).toHaveLength(4);
    for (const cols of lines) {
      // name, "CID", "TrueType", encoding, emb, sub, uni, object, generation
      expect(cols.slice(1, 7)).toEqual(['CID', 'TrueType', 'Identity-H', 'yes', 'yes', 'yes']);
    }
  });

  it('gives back Indonesian, Arabic, emoji and a visible stand-in for what no font has', () => {
    const text = pdfFileText(file);
    expect(text).toContain('LAPORAN Z 3 · BTH1');
    expect(text).toContain('Sabtu, 5 Desember 2026');
    expect(text).toContain('السلام عليكم');
    // poppler moves the spaces around a right-to-left word as it reorders the line.
    expect(text).toMatch(/Kaligrafi\s*الله\s*Ukiran Kayu/);
    expect(text).toContain('Ikan 🐟');
    expect(text).toContain('Sambal 🌶');
    // 茶: no bundled font has CJK, so a replacement character stands where it was, never `?`.
    expect(text).toContain('Teh \ufffd hijau');
    expect(text).not.toContain('?');
  });

  it('puts the title in the document info as Unicode, with the document’s own date', () => {
    // -isodates: the date as stored (UTC), not converted to the machine's zone.
    const info = run('pdfinfo', ['-isodates', file]).stdout;
    expect(info).toContain('Title:           Laporan Z 3 · Kaligrafi الله Ukiran Kayu 🐟');
    expect(info).toContain('Producer:        Karya POS');
    expect(info).toMatch(/CreationDate:\s+2026-12-05T02:30:00Z/);
    const undated = run('pdfinfo', [save(writePdf({ ...doc, createdAt: undefined }, fonts))]).stdout;
    expect(undated).not.toContain('CreationDate');
  });

  it('never cuts a code: each unit code is whole, in a column grown to fit it', () => {
    const words = wordsOf(file);
    const codes = words.filter((w) => w.text.startsWith('LPS-'));
    expect(codes.length).toBe(135);
    expect(new Set(codes.map((w) => w.text))).toEqual(new Set(['LPS-PALU', 'LPS-PARIGI']));
    const layout = pdfFileText(file, '-layout');
    expect(layout).not.toMatch(/LPS-PA(?!LU|RIGI)/);
    expect(layout).not.toContain('…');
    // The codes start at one edge and end before the Qty column.
    const lefts = new Set(codes.map((w) => w.xMin.toFixed(1)));
    expect(lefts.size).toBe(1);
    const qty = words.find((w) => w.text === 'Qty');
    for (const code of codes) expect(code.xMax).toBeLessThan(qty?.xMin ?? 0);
  });

  it('wraps a long name onto more lines inside its column, and right-aligns the amounts to one edge', () => {
    const words = wordsOf(file);
    const first = words.find((w) => w.text === 'Meja');
    const last = words.find((w) => w.text === 'asli');
    const unit = words.find((w) => w.text === 'Unit');
    expect(first && last && unit).toBeTruthy();
    if (!first || !last || !unit) return;
    expect(last.yMin).toBeGreaterThan(first.yMax - 1);
    const nameWords = NAME.split(' ').map((t) => words.find((w) => w.text === t));
    for (const w of nameWords) expect(w?.xMax ?? Number.POSITIVE_INFINITY).toBeLessThan(unit.xMin);
    const amounts = words.filter((w) => w.page === 1 && /^\d{1,3}(\.\d{3})+$/.test(w.text));
    expect(amounts.length).toBeGreaterThan(10);
    const edges = amounts.map((w) => w.xMax);
    for (const edge of edges) expect(edge).toBeCloseTo(edges[0] ?? 0, 0);
  });

  it('carries a long table over pages with its header on each page and page numbers at the foot', () => {
    const pages = Number(/Pages:\s+(\d+)/.exec(run('pdfinfo', [file]).stdout)?.[1]);
    expect(pages).toBeGreaterThanOrEqual(3);
    for (let p = 1; p <= pages; p++) {
      const text = pdfFileText(file, '-f', String(p), '-l', String(p));
      expect(text).toMatch(/^Produk$/m);
      expect(text).toContain('Rupiah');
      expect(text).toContain(`Karya POS · Laporan Z 3 · Halaman ${p}/${pages}`);
    }
    const all = pdfFileText(file);
    const numbers = [...all.matchAll(/Produk nomor (\d+)/g)].map((m) => Number(m[1]));
    expect(numbers).toEqual(Array.from({ length: 130 }, (_, i) => i + 1));
  });

  it('draws the Arabic and the emoji: the rendered page has ink where they are', () => {
    const dpi = 100;
    const prefix = join(dir, 'page1');
    expect(
      run('pdftoppm', ['-gray', '-r', String(dpi), '-f', '1', '-l', '1', '-singlefile', file, prefix]).status,
    ).toBe(0);
    const pgm = readFileSync(`${prefix}.pgm`);
    const head = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(pgm.subarray(0, 40).toString('latin1'));
    expect(head).not.toBeNull();
    const width = Number(head?.[1]);
    const offset = head?.[0].length ?? 0;
    const scale = dpi / 72;
    const ink = (w: Word) => {
      let dark = 0;
      for (let y = Math.floor(w.yMin * scale); y < Math.ceil(w.yMax * scale); y++) {
        for (let x = Math.floor(w.xMin * scale); x < Math.ceil(w.xMax * scale); x++) {
          if ((pgm[offset + y * width + x] ?? 255) < 128) dark++;
        }
      }
      return dark;
    };
    const words = wordsOf(file).filter((w) => w.page === 1);
    const arabic = words.filter((w) => RTL.test(w.text));
    const emoji = words.filter((w) => /\p{Extended_Pictographic}/u.test(w.text));
    expect(arabic.length).toBeGreaterThanOrEqual(3);
    expect(emoji.length).toBe(2);
    for (const w of [...arabic, ...emoji]) expect(ink(w), w.text).toBeGreaterThan(15);
    // And a stretch of the same size in the empty space right of the title has none.
    const title = words.find((w) => w.text === 'BTH1');
    if (!title) throw new Error('no title');
    expect(ink({ ...title, xMin: title.xMax + 40, xMax: title.xMax + 80 })).toBe(0);
  });

  it('gives the same bytes for the same document, whatever was written before it', () => {
    expect(Buffer.from(writePdf(doc, fonts)).equals(Buffer.from(bytes))).toBe(true);
    // Freshly parsed fonts (another key for the same folder) that first draw other Arabic: letters
    // that share a glyph (heh and teh marbuta) must not carry that earlier text into this file.
    const fresh = fontSet(DEFAULT_RESOURCES_DIR.replace(/\/$/, ''));
    writePdf({ title: 'lain', blocks: [{ type: 'text', text: 'ورحمة الله وبركاته، بيت ثابت 🐟' }] }, fresh);
    expect(Buffer.from(writePdf(doc, fresh)).equals(Buffer.from(bytes))).toBe(true);
  });
});
