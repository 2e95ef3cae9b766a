// The fonts the app draws text with where the operating system's fonts cannot be counted on: PDFs
// (embedded, subset) and receipt lines printed as images. They ship beside the app in
// resources/fonts (SIL Open Font License, fonts/OFL.txt): Noto Sans for Latin, Greek and Cyrillic,
// Noto Sans Arabic, and the monochrome Noto Emoji (a thermal printer and a PDF both need outlines,
// not colour bitmaps).
import { join } from 'node:path';
import * as fontkit from 'fontkit';

export type FontRole = 'sans' | 'sansBold' | 'arabic' | 'arabicBold' | 'emoji';

export const FONT_FILES: Readonly<Record<FontRole, string>> = {
  sans: 'NotoSans-Regular.ttf',
  sansBold: 'NotoSans-Bold.ttf',
  arabic: 'NotoSansArabic-Regular.ttf',
  arabicBold: 'NotoSansArabic-Bold.ttf',
  emoji: 'NotoEmoji-Regular.ttf',
};

/** Tried in this order for each character: the first font that has it draws it. */
export const FALLBACK_ORDER: Readonly<Record<'regular' | 'bold', readonly FontRole[]>> = {
  regular: ['sans', 'arabic', 'emoji'],
  bold: ['sansBold', 'arabicBold', 'emoji'],
};

export interface FontSet {
  /** The parsed font (for measuring, shaping and outlines). */
  font(role: FontRole): fontkit.Font;
  /** Its file on disk (what a PDF library embeds). */
  path(role: FontRole): string;
}

const sets = new Map<string, FontSet>();

/**
 * The fonts in `<resourcesDir>/fonts`, parsed on first use and kept: the files are read-only and a
 * PDF or receipt should not pay for parsing 2.5 MB of fonts each time.
 */
export function fontSet(resourcesDir: string): FontSet {
  const known = sets.get(resourcesDir);
  if (known) return known;
  const parsed = new Map<FontRole, fontkit.Font>();
  const path = (role: FontRole) => join(resourcesDir, 'fonts', FONT_FILES[role]);
  const set: FontSet = {
    path,
    font(role) {
      let font = parsed.get(role);
      if (!font) {
        const opened = fontkit.openSync(path(role));
        // A .ttc collection would need a name; ours are single fonts.
        if (!('layout' in opened)) throw new Error(`${FONT_FILES[role]} is a font collection`);
        font = opened;
        parsed.set(role, font);
      }
      return font;
    },
  };
  sets.set(resourcesDir, set);
  return set;
}
