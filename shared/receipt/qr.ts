// QR modules for receipts: the ESC/POS renderer rasterises them (cheap 58 mm printers often lack
// the native QR command) and the HTML renderer draws them as SVG, so both show the same code.
import { encodeQR } from '@paulmillr/qr';

/** Rows of modules, true = dark, without a quiet zone (renderers add their own margin). */
export function qrModules(data: string): boolean[][] {
  return encodeQR(data, 'raw', { ecc: 'medium', border: 0 });
}
