// QR modules for receipts: the ESC/POS renderer rasterises them (cheap 58 mm printers often lack
// the native QR command) and the HTML renderer draws them as SVG, so both show the same code.
import { encodeQR } from '@paulmillr/qr';

/** Rows of modules, true = dark, without a quiet zone (renderers add their own margin). */
export function qrModules(data: string): boolean[][] {
  return encodeQR(data, 'raw', { ecc: 'medium', border: 0 });
}

/** An SVG path of the dark modules, offset by a quiet zone of `quiet` modules; `box` is the full size. */
export function qrSvgPath(data: string, quiet: number): { path: string; box: number } {
  const rows = qrModules(data);
  let path = '';
  rows.forEach((row, y) => {
    row.forEach((dark, x) => {
      if (dark) path += `M${x + quiet} ${y + quiet}h1v1h-1z`;
    });
  });
  return { path, box: rows.length + quiet * 2 };
}
