import ReceiptPrinterEncoder from '@point-of-sale/receipt-printer-encoder';
import { describe, expect, it } from 'vitest';
import { DEFAULT_RESOURCES_DIR } from '../engine';
import { fontSet } from '../fonts/fonts';
import { codePageHolds, holdsChar } from './codePage';
import { createBitmap, fillEdges, flattenOutline, hasInk, type OutlineCommand } from './glyphRaster';
import { FONT_DOTS, LINE_DOTS, lineBitmap, lineSegments } from './textImage';

const fonts = fontSet(DEFAULT_RESOURCES_DIR);

/** A square contour, counter-clockwise (font units, y up) unless `clockwise`. */
function square(x: number, y: number, size: number, clockwise = false): OutlineCommand[] {
  const corners = [
    [x, y],
    [x + size, y],
    [x + size, y + size],
    [x, y + size],
  ];
  if (clockwise) corners.reverse();
  return [
    { command: 'moveTo', args: corners[0] as number[] },
    ...corners.slice(1).map((args) => ({ command: 'lineTo' as const, args })),
    { command: 'closePath', args: [] },
  ];
}

function inkCount(bitmap: { data: Uint8Array }): number {
  return bitmap.data.reduce((sum, v) => sum + v, 0);
}

/** The bounding box of the ink, or null. */
function inkBox(bitmap: { width: number; height: number; data: Uint8Array }) {
  let box: { x0: number; y0: number; x1: number; y1: number } | null = null;
  for (let y = 0; y < bitmap.height; y++) {
    for (let x = 0; x < bitmap.width; x++) {
      if (bitmap.data[y * bitmap.width + x] !== 1) continue;
      box = box
        ? {
            x0: Math.min(box.x0, x),
            y0: Math.min(box.y0, y),
            x1: Math.max(box.x1, x),
            y1: Math.max(box.y1, y),
          }
        : { x0: x, y0: y, x1: x, y1: y };
    }
  }
  return box;
}

describe('glyph rasteriser', () => {
  it('fills a square exactly, dot centres inside', () => {
    const bitmap = createBitmap(20, 20);
    // 10 x 10 font units at 1 dot per unit, baseline at y = 15: rows 5..14, columns 3..12.
    fillEdges(bitmap, flattenOutline(square(0, 0, 10), 1, 1), 3, 15);
    expect(inkCount(bitmap)).toBe(100);
    expect(inkBox(bitmap)).toEqual({ x0: 3, y0: 5, x1: 12, y1: 14 });
  });

  it('uses the nonzero rule: a hole wound the other way stays paper, the same way stays ink', () => {
    const holed = createBitmap(30, 30);
    fillEdges(holed, flattenOutline([...square(0, 0, 20), ...square(5, 5, 10, true)], 1, 1), 0, 25);
    expect(inkCount(holed)).toBe(400 - 100);
    expect(hasInk(holed, 5, 10, 15, 20)).toBe(false);
    const overlapped = createBitmap(30, 30);
    fillEdges(overlapped, flattenOutline([...square(0, 0, 20), ...square(5, 5, 10)], 1, 1), 0, 25);
    expect(inkCount(overlapped)).toBe(400);
  });

  it('flattens curves: a quadratic bump fills under its arc and not above it', () => {
    const bump: OutlineCommand[] = [
      { command: 'moveTo', args: [0, 0] },
      { command: 'quadraticCurveTo', args: [10, 20, 20, 0] },
      { command: 'closePath', args: [] },
    ];
    const bitmap = createBitmap(20, 20);
    fillEdges(bitmap, flattenOutline(bump, 1, 1), 0, 20);
    // The arc peaks at 10 units: the middle column is ink from row 10 down, paper above.
    expect(hasInk(bitmap, 9, 11, 11, 20)).toBe(true);
    expect(hasInk(bitmap, 0, 0, 20, 9)).toBe(false);
    // Near the ends the arc is low: at x < 2 it stays under 3.6 units.
    expect(hasInk(bitmap, 0, 0, 2, 16)).toBe(false);
    expect(hasInk(bitmap, 0, 18, 2, 20)).toBe(true);
  });

  it('draws a glyph with ink inside its bounding box only, and a space with none', () => {
    const font = fonts.font('sans');
    const scale = 40 / font.unitsPerEm;
    const glyph = font.glyphForCodePoint(0x48); // H
    const bitmap = createBitmap(60, 60);
    fillEdges(bitmap, flattenOutline(glyph.path.commands as OutlineCommand[], scale, scale), 10, 50);
    const box = glyph.bbox;
    const expected = {
      x0: 10 + box.minX * scale,
      x1: 10 + box.maxX * scale,
      y0: 50 - box.maxY * scale,
      y1: 50 - box.minY * scale,
    };
    const ink = inkBox(bitmap);
    expect(ink).not.toBeNull();
    expect(ink?.x0).toBeGreaterThanOrEqual(Math.floor(expected.x0));
    expect(ink?.x1).toBeLessThanOrEqual(Math.ceil(expected.x1));
    expect(ink?.y0).toBeGreaterThanOrEqual(Math.floor(expected.y0));
    expect(ink?.y1).toBeLessThanOrEqual(Math.ceil(expected.y1));
    // The crossbar of the H is ink in the middle; above it, between the stems, is paper.
    const midX = Math.round((expected.x0 + expected.x1) / 2);
    const midY = Math.round((expected.y0 + expected.y1) / 2);
    expect(hasInk(bitmap, midX, midY - 2, midX + 1, midY + 3)).toBe(true);
    expect(hasInk(bitmap, midX, Math.ceil(expected.y0) + 1, midX + 1, midY - 5)).toBe(false);

    const space = createBitmap(60, 60);
    fillEdges(
      space,
      flattenOutline(font.glyphForCodePoint(0x20).path.commands as OutlineCommand[], scale, scale),
      10,
      50,
    );
    expect(inkCount(space)).toBe(0);
  });
});

describe('image lines', () => {
  it.each([
    [32, 384],
    [42, 504],
    [48, 576],
  ])('at %i columns are exactly the printable width (%i dots) and one line high', (columns, dots) => {
    const encoder = new ReceiptPrinterEncoder({ language: 'esc-pos', columns });
    expect(encoder.printableWidth).toBe(dots);
    // Far more text than fits: narrowed, never wider than the paper.
    const long = `${'الله'.repeat(12)} ${'🐟'.repeat(12)}`;
    for (const text of ['Kaligrafi الله Ukiran Kayu', long, `Ikan 🐟${' '.repeat(columns - 13)}35.000`]) {
      const bitmap = lineBitmap(text, fonts, { columns, width: dots });
      expect([bitmap.width, bitmap.height]).toEqual([dots, LINE_DOTS]);
      expect(hasInk(bitmap)).toBe(true);
    }
    const tall = lineBitmap('TOTAL الله', fonts, { columns, width: dots, tall: true });
    expect(tall.height).toBe(LINE_DOTS * 2);
  });

  it('keeps columns: a name starts at the left edge and an amount ends at the right edge', () => {
    // The layout counts the fish as one column: 6 + 20 spaces + 6 = 32.
    const text = `Ikan 🐟${' '.repeat(32 - 12)}35.000`;
    expect(lineSegments(text).map((s) => [s.text, s.start, s.end])).toEqual([
      ['Ikan 🐟', 0, 6],
      ['35.000', 26, 32],
    ]);
    const box = inkBox(lineBitmap(text, fonts, { columns: 32, width: 384 }));
    expect(box?.x0).toBeLessThanOrEqual(3);
    expect(box?.x1).toBeGreaterThanOrEqual(384 - 4);
    // Nothing between the name and the amount.
    const bitmap = lineBitmap(text, fonts, { columns: 32, width: 384 });
    expect(hasInk(bitmap, 9 * 12, 0, 25 * 12, LINE_DOTS)).toBe(false);
  });

  it('indents by columns and centres a centred line', () => {
    const indented = inkBox(lineBitmap('  Karya WBP الله', fonts, { columns: 32, width: 384 }));
    expect(indented?.x0).toBeGreaterThanOrEqual(2 * 12);
    expect(indented?.x0).toBeLessThan(3 * 12);
    const text = 'الله';
    const centred = inkBox(lineBitmap(`${' '.repeat(14)}${text}`, fonts, { columns: 32, width: 384 }));
    const middle = ((centred?.x0 ?? 0) + (centred?.x1 ?? 0)) / 2;
    expect(Math.abs(middle - 192)).toBeLessThan(12);
  });

  it('draws text about as tall as the printer font and bold heavier than regular', () => {
    const box = inkBox(lineBitmap('HHHH', fonts, { columns: 32, width: 384 }));
    const capHeight = (box?.y1 ?? 0) - (box?.y0 ?? 0) + 1;
    expect(capHeight).toBeGreaterThanOrEqual(Math.round(FONT_DOTS * 0.65));
    expect(capHeight).toBeLessThanOrEqual(20);
    const regular = inkCount(lineBitmap('Ikan الله', fonts, { columns: 32, width: 384 }));
    const bold = inkCount(lineBitmap('Ikan الله', fonts, { columns: 32, width: 384, bold: true }));
    expect(bold).toBeGreaterThan(regular * 1.15);
  });

  it('draws a character no bundled font has as a visible substitute, not as nothing', () => {
    const bitmap = lineBitmap('茶', fonts, { columns: 32, width: 384 });
    expect(hasInk(bitmap, 0, 0, 24, LINE_DOTS)).toBe(true);
  });

  it('has nothing to draw for a blank line', () => {
    expect(hasInk(lineBitmap('    ', fonts, { columns: 32, width: 384 }))).toBe(false);
  });
});

describe('code pages', () => {
  it('hold ASCII and their own accented letters, not Arabic, emoji, Cyrillic or CJK', () => {
    expect(codePageHolds('Bawang Goreng Rp 15.000 (100 g) #1 ~', 'cp437')).toBe(true);
    expect(codePageHolds('Café Crème Brûlée', 'cp437')).toBe(true);
    expect(codePageHolds('Café', 'windows1252')).toBe(true);
    for (const text of ['Kaligrafi الله', 'Ikan 🐟', 'Кирилл', 'Teh 茶']) {
      for (const page of ['cp437', 'cp850', 'cp858', 'windows1252'] as const) {
        expect(codePageHolds(text, page)).toBe(false);
      }
    }
  });

  it('know which page has the euro sign', () => {
    expect(holdsChar('€', 'cp437')).toBe(false);
    expect(holdsChar('€', 'cp858')).toBe(true);
    expect(holdsChar('€', 'windows1252')).toBe(true);
  });

  it('never count a control byte as a character: CP437 puts ☺ at 0x01', () => {
    expect(holdsChar('☺', 'cp437')).toBe(false);
  });

  it('ignore joiners and variation selectors, which a text line drops', () => {
    expect(codePageHolds('Kopi\u200d Susu\ufe0f', 'cp437')).toBe(true);
    // The supplementary variation selectors too (U+E0100-E01EF, as textRuns counts them).
    expect(codePageHolds('Kopi\u{E0100} Susu\u{E01EF}', 'cp437')).toBe(true);
  });
});
