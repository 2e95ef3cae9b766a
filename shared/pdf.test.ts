// The PDF writer checked the way a reader opens a file: header, every xref offset landing on its
// object, stream lengths, the page tree, and the text drawn where it should be.
import { describe, expect, it } from 'vitest';
import { PAGE, type PdfDocument, pdfTextWidth, winAnsiCodes, writePdf } from './pdf';

const latin1 = (bytes: Uint8Array) => new TextDecoder('latin1').decode(bytes);

/** Parses what a reader needs first and fails on anything out of place. */
function open(bytes: Uint8Array) {
  const file = latin1(bytes);
  expect(file.startsWith('%PDF-1.4\n')).toBe(true);
  expect(file.endsWith('%%EOF\n')).toBe(true);
  const startxref = Number(/startxref\n(\d+)\n%%EOF\n$/.exec(file)?.[1]);
  expect(file.slice(startxref, startxref + 5)).toBe('xref\n');
  const head = /^xref\n0 (\d+)\n/.exec(file.slice(startxref));
  const size = Number(head?.[1]);
  const entries = file
    .slice(startxref + (head?.[0].length ?? 0))
    .split('\n')
    .slice(0, size);
  expect(entries[0]).toBe('0000000000 65535 f ');
  const objects = new Map<number, string>();
  for (let id = 1; id < size; id++) {
    const entry = entries[id] ?? '';
    // Each entry is exactly 20 bytes with its end of line, as the spec requires.
    expect(entry).toMatch(/^\d{10} 00000 n $/);
    const offset = Number(entry.slice(0, 10));
    expect(file.startsWith(`${id} 0 obj\n`, offset)).toBe(true);
    const end = file.indexOf('\nendobj\n', offset);
    objects.set(id, file.slice(offset + `${id} 0 obj\n`.length, end));
  }
  expect(file).toContain(`trailer\n<< /Size ${size} /Root 1 0 R /Info 5 0 R >>`);

  const pageTree = objects.get(2) ?? '';
  const kids = [...pageTree.matchAll(/(\d+) 0 R/g)].map((m) => Number(m[1]));
  expect(pageTree).toContain(`/Count ${kids.length}`);
  const pages = kids.map((kid) => {
    const page = objects.get(kid) ?? '';
    expect(page).toContain('/Type /Page ');
    expect(page).toContain(`/MediaBox [0 0 ${PAGE.width} ${PAGE.height}]`);
    const contentId = Number(/\/Contents (\d+) 0 R/.exec(page)?.[1]);
    const stream = objects.get(contentId) ?? '';
    const length = Number(/^<< \/Length (\d+) >>\nstream\n/.exec(stream)?.[1]);
    const body = stream.slice(stream.indexOf('stream\n') + 7, stream.lastIndexOf('\nendstream'));
    expect(body.length).toBe(length);
    return body;
  });
  return { file, objects, pages };
}

/** The strings a page draws, decoded, with where each starts. */
function drawn(page: string): { text: string; x: number; y: number; bold: boolean }[] {
  const out: { text: string; x: number; y: number; bold: boolean }[] = [];
  for (const m of page.matchAll(/BT \/(F\d) [\d.]+ Tf ([\d.]+) ([\d.]+) Td \(((?:\\.|[^\\)])*)\) Tj ET/g)) {
    const text = (m[4] ?? '')
      .replace(/\\([0-7]{3})/g, (_w, octal: string) => String.fromCharCode(Number.parseInt(octal, 8)))
      .replace(/\\(.)/g, '$1');
    out.push({ text, x: Number(m[2]), y: Number(m[3]), bold: m[1] === 'F2' });
  }
  return out;
}

describe('writePdf', () => {
  const doc: PdfDocument = {
    title: 'Laporan (uji)',
    footer: 'Karya POS',
    blocks: [
      { type: 'title', text: 'LAPORAN Z 3 · BTH1' },
      { type: 'text', text: 'Sabtu, 28 November 2026' },
      { type: 'heading', text: 'Per unit' },
      {
        type: 'table',
        columns: [
          { header: 'Unit', width: 30 },
          { header: 'Rupiah', width: 16, align: 'right' },
        ],
        rows: [
          { cells: ['Lapas Perempuan Kelas III Palu', '120.000'] },
          { cells: ['Rutan (Palu) \\ cabang', '-500'] },
          { cells: ['Jumlah', '202.500'], bold: true },
        ],
      },
    ],
  };

  it('writes a file a reader can open: header, xref offsets, page tree, stream lengths, %%EOF', () => {
    const { objects, pages } = open(writePdf(doc));
    expect(pages).toHaveLength(1);
    expect(objects.get(3)).toContain('/BaseFont /Helvetica /Encoding /WinAnsiEncoding');
    expect(objects.get(4)).toContain('/BaseFont /Helvetica-Bold');
    expect(objects.get(5)).toContain('/Title (Laporan \\(uji\\))');
  });

  it('draws the text, escapes brackets and backslashes, and right-aligns amounts to one edge', () => {
    const [page = ''] = open(writePdf(doc)).pages;
    const texts = drawn(page);
    expect(texts.map((t) => t.text)).toEqual([
      'LAPORAN Z 3 \u00b7 BTH1',
      'Sabtu, 28 November 2026',
      'Per unit',
      'Unit',
      'Rupiah',
      'Lapas Perempuan Kelas III Palu',
      '120.000',
      'Rutan (Palu) \\ cabang',
      '-500',
      'Jumlah',
      '202.500',
      'Karya POS  \u00b7  Halaman 1/1',
    ]);
    const amounts = texts.filter((t) => /^-?[\d.]+$/.test(t.text) || t.text === 'Rupiah');
    const rightEdges = amounts.map((t) => t.x + pdfTextWidth(t.text, 9, t.bold));
    for (const edge of rightEdges) expect(edge).toBeCloseTo(rightEdges[0] ?? 0, 1);
    expect(rightEdges[0]).toBeCloseTo(PAGE.width - PAGE.margin - 4, 1);
    expect(texts.find((t) => t.text === 'Jumlah')?.bold).toBe(true);
    // Lines go down the page.
    const ys = texts.slice(0, -1).map((t) => t.y);
    expect([...ys].sort((a, b) => b - a)).toEqual(ys);
  });

  it('carries a long table over pages, with the header on each and page numbers in the footer', () => {
    const rows = Array.from({ length: 150 }, (_, i) => ({ cells: [`Produk ${i + 1}`, String(i * 1000)] }));
    const { pages } = open(
      writePdf({
        title: 't',
        blocks: [
          {
            type: 'table',
            columns: [
              { header: 'Produk', width: 3 },
              { header: 'Rp', width: 1 },
            ],
            rows,
          },
        ],
      }),
    );
    expect(pages.length).toBeGreaterThanOrEqual(2);
    const all = pages.map(drawn);
    all.forEach((texts, i) => {
      expect(texts[0]?.text).toBe('Produk');
      expect(texts.at(-1)?.text).toBe(`Halaman ${i + 1}/${pages.length}`);
      // Nothing drawn below the footer's line or above the top margin.
      for (const t of texts.slice(0, -1)) {
        expect(t.y).toBeGreaterThan(PAGE.margin + 20);
        expect(t.y).toBeLessThan(PAGE.height - PAGE.margin);
      }
    });
    const rowTexts = all.flat().filter((t) => t.text.startsWith('Produk '));
    expect(rowTexts.map((t) => t.text)).toEqual(rows.map((r) => r.cells[0]));
  });

  it('cuts a cell too wide for its column with an ellipsis', () => {
    const [page = ''] = open(
      writePdf({
        title: 't',
        blocks: [
          {
            type: 'table',
            columns: [
              { header: 'A', width: 4 },
              { header: 'B', width: 20 },
            ],
            rows: [{ cells: ['Kaligrafi ukir kayu eboni motif Asmaul Husna', 'x'] }],
          },
        ],
      }),
    ).pages;
    const cut = drawn(page).find((t) => t.text.startsWith('Ka'));
    expect(cut?.text.endsWith('\u0085')).toBe(true);
    // The drawn byte 0x85 is the ellipsis; measured as such it fits the column less its padding.
    const width = pdfTextWidth((cut?.text ?? '').replace('\u0085', '…'), 9);
    expect(width).toBeLessThanOrEqual(((PAGE.width - 2 * PAGE.margin) * 4) / 24 - 8);
    expect(width).toBeGreaterThan(((PAGE.width - 2 * PAGE.margin) * 4) / 24 - 8 - 10);
  });

  it('gives the same bytes for the same document', () => {
    expect(writePdf(doc)).toEqual(writePdf(doc));
  });
});

describe('WinAnsi text', () => {
  it('keeps Latin-1 and the Windows quotes and dashes, strips accents it cannot show, drops controls', () => {
    expect(winAnsiCodes('Rp\u00a01.000 – “Kopi” café')).toEqual([
      ...[...'Rp 1.000 '].map((c) => c.charCodeAt(0)),
      0x96,
      0x20,
      0x93,
      ...[...'Kopi'].map((c) => c.charCodeAt(0)),
      0x94,
      0x20,
      ...[...'caf'].map((c) => c.charCodeAt(0)),
      0xe9,
    ]);
    expect(String.fromCharCode(...winAnsiCodes('Şükrü ł 漢\u0007'))).toBe('S\u00fckr\u00fc ? ?');
  });

  it('measures with Helvetica widths', () => {
    expect(pdfTextWidth('202.500', 10)).toBeCloseTo((556 * 6 + 278) / 100, 5);
    expect(pdfTextWidth('Wi', 10, true)).toBeCloseTo((944 + 278) / 100, 5);
  });
});
