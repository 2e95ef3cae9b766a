// The ESC/POS renderer: a laid-out document becomes printer bytes through
// @point-of-sale/receipt-printer-encoder. Text lines are printed exactly as laid out (the same
// strings the HTML preview shows); logo and QR go as raster images, the barcode as the printer's own.
// A line the printer's code page cannot hold (Arabic, emoji, ...) is drawn with the bundled fonts
// and printed as a raster image line in the same columns, so the paper never shows `?`.
import ReceiptPrinterEncoder from '@point-of-sale/receipt-printer-encoder';
import type { Printer } from '../../../shared/contract';
import type { PrintDoc } from '../../../shared/receipt/model';
import { qrModules } from '../../../shared/receipt/qr';
import { printable } from '../../../shared/receipt/text';
import type { FontSet } from '../fonts/fonts';
import { codePageHolds, FORMAT_ONLY } from './codePage';
import { bitmapToRgba } from './glyphRaster';
import type { RgbaImage } from './logo';
import { lineBitmap } from './textImage';

export type EscPosProfile = Pick<
  Printer,
  'columns' | 'codePage' | 'qrMode' | 'feedLines' | 'cut' | 'drawerKick'
>;

/** Quiet zone around a rasterised QR, in modules. */
const QR_QUIET = 2;

/** A QR as black-on-white pixels, each module `scale` dots wide, sized to about half the paper. */
export function qrImage(data: string, printableWidth: number): RgbaImage {
  const rows = qrModules(data);
  const modules = rows.length + QR_QUIET * 2;
  const scale = Math.max(2, Math.floor(Math.min(printableWidth * 0.55, 264) / modules));
  const size = modules * scale;
  const pixels = new Uint8ClampedArray(size * size * 4).fill(255);
  rows.forEach((row, y) => {
    row.forEach((dark, x) => {
      if (!dark) return;
      for (let dy = 0; dy < scale; dy++) {
        for (let dx = 0; dx < scale; dx++) {
          const at = (((y + QR_QUIET) * scale + dy) * size + (x + QR_QUIET) * scale + dx) * 4;
          pixels[at] = 0;
          pixels[at + 1] = 0;
          pixels[at + 2] = 0;
        }
      }
    });
  });
  return { width: size, height: size, data: pixels };
}

/** At most `max` dots wide, keeping the aspect ratio (the encoder pads to whole bytes). */
function fitWidth(image: RgbaImage, max: number): { width: number; height: number } {
  const width = Math.min(image.width, max);
  return { width, height: Math.max(1, Math.round((image.height * width) / image.width)) };
}

/** ESC p 0 t1 t2: a pulse on the drawer connector's pin 2 (2 ms units: 100 ms on, 500 ms off). */
export const DRAWER_PULSE = [0x1b, 0x70, 0x00, 50, 250] as const;

/**
 * Opening the drawer without a sale: ESC @ (so a half-sent job before leaves no mode behind), then
 * the pulse. Nothing is printed and no paper is fed.
 */
export function drawerKickBytes(): Uint8Array {
  return Uint8Array.from([0x1b, 0x40, ...DRAWER_PULSE]);
}

export interface EscPosAssets {
  logo: RgbaImage | null;
  /**
   * The fonts image lines are drawn with. Without them a line the code page cannot hold prints as
   * text, with the encoder's `?` (only tests of plain receipts leave them out).
   */
  fonts?: FontSet | null;
}

export function renderEscPos(doc: PrintDoc, profile: EscPosProfile, assets: EscPosAssets): Uint8Array {
  const encoder = new ReceiptPrinterEncoder({
    language: 'esc-pos',
    columns: doc.columns,
    // LF alone: some cheap units also feed on CR and would double every line.
    newline: '\n',
    feedBeforeCut: profile.feedLines,
    // GS v 0 raster images: the command cheap 58 mm units understand best.
    imageMode: 'raster',
    // Images and codes end at the start of a line already; an extra feed would add a blank line
    // the preview does not show.
    feedAfterBlock: false,
  });
  encoder.initialize().codepage(profile.codePage);
  const separate = () => {
    if (profile.cut) encoder.cut('partial');
    else encoder.newline(Math.max(1, profile.feedLines));
  };
  for (const block of doc.blocks) {
    switch (block.type) {
      case 'text': {
        // Layout already cleaned the text; cleaning again costs nothing and keeps 0xA0/0xFF off the paper
        // even for a document built elsewhere (a report with Intl-formatted amounts).
        const text = printable(block.text);
        if (assets.fonts && !codePageHolds(text, profile.codePage)) {
          const width = encoder.printableWidth;
          const image = bitmapToRgba(
            lineBitmap(text, assets.fonts, {
              columns: doc.columns,
              width,
              bold: block.bold ?? false,
              tall: block.tall ?? false,
            }),
          );
          encoder.image(image, { width: image.width, height: image.height });
          break;
        }
        if (block.bold) encoder.bold(true);
        if (block.tall) encoder.height(2);
        encoder.line(text.replace(FORMAT_ONLY, ''));
        if (block.tall) encoder.height(1);
        if (block.bold) encoder.bold(false);
        break;
      }
      case 'logo':
        if (assets.logo) {
          const size = fitWidth(assets.logo, Math.floor(encoder.printableWidth * 0.6));
          encoder
            .align('center')
            .image(assets.logo, { ...size, algorithm: 'threshold' })
            .align('left');
        }
        break;
      case 'qr':
        if (profile.qrMode === 'native') {
          encoder.align('center').qrcode(block.data, { model: 2, size: 6, errorlevel: 'm' }).align('left');
        } else {
          const image = qrImage(block.data, encoder.printableWidth);
          encoder.align('center').image(image, { width: image.width, height: image.height }).align('left');
        }
        break;
      case 'barcode':
        encoder
          .align('center')
          .barcode(block.data, block.symbology, { height: 80, width: 2, text: 'below' })
          .align('left');
        break;
      case 'cut':
        separate();
        break;
    }
  }
  // Raw, so no blank line is fed with it.
  if (doc.openDrawer && profile.drawerKick) encoder.raw([...DRAWER_PULSE]);
  separate();
  return encoder.encode();
}
