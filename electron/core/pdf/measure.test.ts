// The PDF writer's measuring: the quick ways (plain lines as word sums, widths kept in thousandths
// of the size) must give exactly what laying out the whole line gives, which is what pdfkit draws.
import type { Font } from 'fontkit';
import { describe, expect, it } from 'vitest';
import { DEFAULT_RESOURCES_DIR } from '../engine';
import { type FontRole, fontSet } from '../fonts/fonts';
import { isPlainLtr, textRuns } from '../fonts/textRuns';
import { layoutUnits, Measure, plainLineUnits, words } from './measure';

const fonts = fontSet(DEFAULT_RESOURCES_DIR);

/** What the writer measured before: every run of textRuns laid out whole, added up. */
function wholeWidth(text: string, size: number, bold: boolean): number {
  const advance = textRuns(text, fonts, bold).reduce((sum, run) => {
    const font: Font = fonts.font(run.role);
    return sum + (font.layout(run.text, []).advanceWidth * 1000) / font.unitsPerEm;
  }, 0);
  return (advance * size) / 1000;
}

/** The writer's wrapping as it was: each longer line measured whole. */
function wrapWhole(text: string, width: number, size: number, bold: boolean): string[] {
  const indent = /^[ \t]*/.exec(text)?.[0] ?? '';
  const graphemes = new Intl.Segmenter('und', { granularity: 'grapheme' });
  const lines: string[] = [];
  let line = indent;
  for (const word of words(text)) {
    const next = line === indent ? `${indent}${word}` : `${line} ${word}`;
    if (wholeWidth(next, size, bold) <= width) {
      line = next;
      continue;
    }
    if (line !== indent) lines.push(line);
    line = indent;
    for (const { segment } of graphemes.segment(word)) {
      if (line !== indent && wholeWidth(line + segment, size, bold) > width) {
        lines.push(line);
        line = `${indent}${segment}`;
      } else line += segment;
    }
  }
  if (line !== indent) lines.push(line);
  return lines.length > 0 ? lines : [''];
}

const PLAIN = [
  'Bawang Goreng 250 g (Rp 15.000)',
  'BTH1-20261205-0001  10.30',
  '   Kasir Sri Wahyuni · Bayar: Tunai 50.000; QRIS 20.000',
  'AVATAR Tabé, “office” — Straße Ångström ΑΒΓ Привет… ‘Yy’ • 5‰',
  'Meja makan kayu jati berukir motif bunga cengkeh dengan empat kursi dan taplak tenun Donggala asli',
  'Supercalifragilisticexpialidocious-tanpa-spasi-sama-sekali-sampai-ujung-kolom',
];

describe('isPlainLtr', () => {
  it('is true for Latin, Greek and Cyrillic the sans face draws, false for anything else', () => {
    for (const text of PLAIN) expect(isPlainLtr(text, fonts)).toBe(true);
    expect(isPlainLtr('Kaligrafi الله Ukiran', fonts)).toBe(false);
    expect(isPlainLtr('Ikan 🐟', fonts)).toBe(false);
    expect(isPlainLtr('Teh 茶', fonts)).toBe(false);
    expect(isPlainLtr('ﬁsh', fonts)).toBe(false);
    expect(isPlainLtr('שלום', fonts)).toBe(false);
    // A left-to-right mark is above U+0590: the bidi algorithm decides.
    expect(isPlainLtr('abc\u200e', fonts)).toBe(false);
    // A control character no face draws becomes the visible stand-in, so not plain.
    expect(isPlainLtr('a\u0001b', fonts)).toBe(false);
  });

  it('gives the runs the full algorithm gives: one left-to-right run in the sans face', () => {
    expect(textRuns('Cafe\u0301 Ångström', fonts)).toEqual([
      { text: 'Cafe\u0301 Ångström', role: 'sans', rtl: false },
    ]);
    expect(textRuns('Cafe\u0301', fonts, true)).toEqual([
      { text: 'Cafe\u0301', role: 'sansBold', rtl: false },
    ]);
  });
});

describe('plain lines measured as word sums', () => {
  it('has no kerning across a space in Noto Sans: every pair of printable ASCII and common punctuation around a space adds up', () => {
    for (const role of ['sans', 'sansBold'] as FontRole[]) {
      const font = fonts.font(role);
      const space = layoutUnits(font, ' ');
      const chars = [
        ...Array.from({ length: 94 }, (_, i) => String.fromCharCode(0x21 + i)),
        ...'·–—‘’“”…•ÀÉÅßñ',
      ];
      const mismatches: string[] = [];
      for (const a of chars)
        for (const b of chars) {
          const whole = font.layout(`${a} ${b}`, []).advanceWidth;
          if (whole !== layoutUnits(font, a) + space + layoutUnits(font, b)) mismatches.push(`${a} ${b}`);
        }
      expect(mismatches, role).toEqual([]);
    }
  });

  it('equals the whole line laid out, to the last bit, at every size', () => {
    const measure = new Measure(fonts);
    for (const bold of [false, true]) {
      const font = fonts.font(bold ? 'sansBold' : 'sans');
      for (const text of PLAIN) {
        expect(plainLineUnits(font, text)).toBe(font.layout(text, []).advanceWidth);
        for (const size of [5, 7.5, 9, 15])
          expect(measure.width(text, size, bold)).toBe(wholeWidth(text, size, bold));
      }
    }
  });

  it('measures an Arabic or mixed line as before: its runs laid out whole', () => {
    const measure = new Measure(fonts);
    for (const text of [
      'Kaligrafi الله Ukiran Kayu',
      'Nama: محمد علي',
      'Surah سورة 112',
      'Ikan 🐟 Sambal 🌶️',
    ]) {
      expect(measure.width(text, 9, false)).toBe(wholeWidth(text, 9, false));
      expect(measure.runs(text, false).map((r) => [r.text, r.role, r.rtl])).toEqual(
        textRuns(text, fonts).map((r) => [r.text, r.role, r.rtl]),
      );
    }
    // The Arabic is shaped: a joined word is narrower than its letters alone.
    const joined = measure.width('الله', 10, false);
    const apart = [...'الله'].reduce((sum, ch) => sum + measure.width(ch, 10, false), 0);
    expect(joined).toBeLessThan(apart);
  });

  it('wraps exactly where measuring each line whole wraps, plain or not', () => {
    const measure = new Measure(fonts);
    const texts = [
      ...PLAIN,
      'Kaligrafi الله Ukiran Kayu dari Lapas Palu dengan bingkai jati ukir السلام عليكم Donggala',
      'Ikan 🐟 Sambal 🌶️ Teh 茶 hijau kemasan 250 g dari kebun binaan',
    ];
    for (const text of texts)
      for (const bold of [false, true])
        for (const width of [20, 60, 95.3, 150, 400]) {
          expect(measure.wrap(text, width, 9, bold), `${text} @${width}`).toEqual(
            wrapWhole(text, width, 9, bold),
          );
        }
  });
});
