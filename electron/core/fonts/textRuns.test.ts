import { describe, expect, it } from 'vitest';
import { DEFAULT_RESOURCES_DIR } from '../engine';
import { fontSet } from './fonts';
import { MISSING_GLYPH, textRuns } from './textRuns';

const fonts = fontSet(DEFAULT_RESOURCES_DIR);
const plain = (text: string, bold = false) => textRuns(text, fonts, bold).map((r) => [r.text, r.role, r.rtl]);

describe('textRuns', () => {
  it('keeps a Latin line as one run in the sans face', () => {
    expect(plain('Bawang Goreng 250 g (Rp 15.000)')).toEqual([
      ['Bawang Goreng 250 g (Rp 15.000)', 'sans', false],
    ]);
    expect(plain('Bawang', true)).toEqual([['Bawang', 'sansBold', false]]);
  });

  it('gives Arabic its own right-to-left run in the Arabic face, between the Latin words', () => {
    expect(plain('Kaligrafi الله Ukiran Kayu')).toEqual([
      ['Kaligrafi ', 'sans', false],
      ['الله', 'arabic', true],
      [' Ukiran Kayu', 'sans', false],
    ]);
  });

  it('puts two Arabic words in reading order: the first word is drawn rightmost', () => {
    // Logical "محمد علي" inside a Latin line: the whole Arabic stretch is one right-to-left run, which
    // fontkit reverses as it lays it out, so the run keeps its logical text.
    expect(plain('Nama: محمد علي')).toEqual([
      ['Nama: ', 'sans', false],
      ['محمد علي', 'arabic', true],
    ]);
  });

  it('keeps numbers inside Arabic left to right, after (left of) the words they follow', () => {
    // Visual order, left to right: the number, then the Arabic word with the space that joined
    // them (fontkit draws the run reversed, so that space lands between the two).
    expect(plain('Surah سورة 112')).toEqual([
      ['Surah ', 'sans', false],
      ['112', 'sans', false],
      ['سورة ', 'arabic', true],
    ]);
  });

  it('draws emoji, with their variation selectors, in the emoji face', () => {
    expect(plain('Ikan 🐟 Sambal 🌶️')).toEqual([
      ['Ikan ', 'sans', false],
      ['🐟', 'emoji', false],
      [' Sambal ', 'sans', false],
      ['🌶️', 'emoji', false],
    ]);
  });

  it('shows a character no font has as a visible substitute', () => {
    expect(plain('Teh 茶')).toEqual([[`Teh ${MISSING_GLYPH}`, 'sans', false]]);
  });

  it('has nothing to draw for an empty line', () => {
    expect(textRuns('', fonts)).toEqual([]);
  });
});
