// Turns ESC/POS bytes back into what a printer would put on paper: text lines (with bold and
// height), raster images, native QR codes, barcodes, cuts and drawer pulses. The virtual printer
// shows jobs with it and the tests read receipts back with it. Commands it does not know are
// listed in `unknown` rather than guessed.

const CP437_HIGH =
  'ÇüéâäàåçêëèïîìÄÅÉæÆôöòûùÿÖÜ¢£¥₧ƒáíóúñÑªº¿⌐¬½¼¡«»░▒▓│┤╡╢╖╕╣║╗╝╜╛┐└┴┬├─┼╞╟╚╔╩╦╠═╬╧╨╤╥╙╘╒╓╫╪┘┌█▄▌▐▀αßΓπΣσµτΦΘΩδ∞φε∩≡±≥≤⌠⌡÷≈°∙·√ⁿ²■\u00a0';
const WINDOWS_1252 = new TextDecoder('windows-1252');

export type Align = 'left' | 'center' | 'right';

export type DecodedItem =
  | { type: 'text'; text: string; bold: boolean; tall: boolean; wide: boolean; align: Align }
  | { type: 'image'; width: number; height: number; rows: boolean[][]; align: Align }
  | { type: 'qr'; data: string; align: Align }
  | { type: 'barcode'; symbology: string; data: string; align: Align }
  | { type: 'cut'; partial: boolean }
  | { type: 'pulse'; pin: number; onMs: number; offMs: number }
  | { type: 'status'; n: number }
  | { type: 'init' };

export interface Decoded {
  items: DecodedItem[];
  /** The printed text lines, in order (images, codes and cuts left out). */
  lines: string[];
  /** Commands the decoder does not know, as hex, so a test can insist there are none. */
  unknown: string[];
}

const BARCODES: Record<number, string> = {
  0: 'upca',
  1: 'upce',
  2: 'ean13',
  3: 'ean8',
  4: 'code39',
  5: 'itf',
  6: 'codabar',
  65: 'upca',
  66: 'upce',
  67: 'ean13',
  68: 'ean8',
  69: 'code39',
  70: 'itf',
  71: 'codabar',
  72: 'code93',
  73: 'code128',
};

/** ESC t n: the code pages the decoder can show. */
function decodeChar(byte: number, codePage: number): string {
  if (byte < 0x80) return String.fromCharCode(byte);
  if (codePage === 16) return WINDOWS_1252.decode(Uint8Array.of(byte));
  return CP437_HIGH[byte - 0x80] ?? '?';
}

function hex(bytes: Uint8Array, from: number, to: number): string {
  return Array.from(bytes.subarray(from, Math.min(to, bytes.length)), (b) =>
    b.toString(16).padStart(2, '0'),
  ).join(' ');
}

/** Bits of a raster row, most significant bit first, 1 = black. */
function rasterRows(bytes: Uint8Array, at: number, widthBytes: number, height: number): boolean[][] {
  const rows: boolean[][] = [];
  for (let y = 0; y < height; y++) {
    const row: boolean[] = [];
    for (let xb = 0; xb < widthBytes; xb++) {
      const byte = bytes[at + y * widthBytes + xb] ?? 0;
      for (let bit = 7; bit >= 0; bit--) row.push(((byte >> bit) & 1) === 1);
    }
    rows.push(row);
  }
  return rows;
}

/** ESC * column images: each column is 1 (8-dot) or 3 (24-dot) bytes, top bit first. */
function columnRows(bytes: Uint8Array, at: number, columns: number, bytesPerColumn: number): boolean[][] {
  const height = bytesPerColumn * 8;
  const rows: boolean[][] = Array.from({ length: height }, () => new Array<boolean>(columns).fill(false));
  for (let x = 0; x < columns; x++) {
    for (let b = 0; b < bytesPerColumn; b++) {
      const byte = bytes[at + x * bytesPerColumn + b] ?? 0;
      for (let bit = 0; bit < 8; bit++) {
        const row = rows[b * 8 + bit];
        if (row) row[x] = ((byte >> (7 - bit)) & 1) === 1;
      }
    }
  }
  return rows;
}

export function decodeEscPos(input: Uint8Array): Decoded {
  const bytes = input;
  const items: DecodedItem[] = [];
  const unknown: string[] = [];
  let codePage = 0;
  let bold = false;
  let tall = false;
  let wide = false;
  let align: Align = 'left';
  let line = '';
  let lineBold = false;
  let lineTall = false;
  let lineWide = false;
  let lineOpen = false;
  let qrData = '';
  // Images stack up in one "line" of column images; they are emitted as they come.

  const flush = () => {
    items.push({ type: 'text', text: line, bold: lineBold, tall: lineTall, wide: lineWide, align });
    line = '';
    lineOpen = false;
    lineBold = lineTall = lineWide = false;
  };
  const addChar = (ch: string) => {
    if (!lineOpen) lineOpen = true;
    line += ch;
    // A line counts as bold/tall when any of its characters is.
    lineBold ||= bold;
    lineTall ||= tall;
    lineWide ||= wide;
  };
  const reset = () => {
    bold = tall = wide = false;
    align = 'left';
    codePage = 0;
  };
  const alignOf = (n: number): Align =>
    n === 1 || n === 49 ? 'center' : n === 2 || n === 50 ? 'right' : 'left';

  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    const n1 = bytes[i + 1] ?? 0;
    const n2 = bytes[i + 2] ?? 0;
    if (b === 0x0a) {
      flush();
      i += 1;
    } else if (b === 0x0d) {
      i += 1; // CR: the printers we target feed on LF only
    } else if (b === 0x09) {
      addChar(' ');
      i += 1;
    } else if (b === 0x0c) {
      if (lineOpen) flush();
      i += 1;
    } else if (b === 0x10 && n1 === 0x04) {
      items.push({ type: 'status', n: n2 });
      i += 3;
    } else if (b === 0x10 && n1 === 0x14) {
      // DLE DC4 fn ...: real-time pulse (fn 1 m t) and friends
      if (n2 === 1) {
        items.push({
          type: 'pulse',
          pin: bytes[i + 3] ?? 0,
          onMs: (bytes[i + 4] ?? 0) * 100,
          offMs: (bytes[i + 4] ?? 0) * 100,
        });
        i += 5;
      } else {
        unknown.push(hex(bytes, i, i + 3));
        i += 3;
      }
    } else if (b === 0x1b) {
      switch (n1) {
        case 0x40: // ESC @ initialise
          if (lineOpen) flush();
          reset();
          items.push({ type: 'init' });
          i += 2;
          break;
        case 0x74: // ESC t n code page
          codePage = n2;
          i += 3;
          break;
        case 0x45: // ESC E n bold
        case 0x47: // ESC G n double strike (prints bold)
          bold = (n2 & 1) === 1;
          i += 3;
          break;
        case 0x21: // ESC ! n print mode
          bold = (n2 & 0x08) !== 0;
          tall = (n2 & 0x10) !== 0;
          wide = (n2 & 0x20) !== 0;
          i += 3;
          break;
        case 0x61: // ESC a n justification
          align = alignOf(n2);
          i += 3;
          break;
        case 0x64: // ESC d n feed n lines
          if (lineOpen || n2 > 0) flush();
          for (let k = 1; k < n2; k++) flush();
          i += 3;
          break;
        case 0x4a: // ESC J n feed n dots
          if (lineOpen) flush();
          i += 3;
          break;
        case 0x70: // ESC p m t1 t2 drawer pulse
          items.push({
            type: 'pulse',
            pin: n2 & 1,
            onMs: (bytes[i + 3] ?? 0) * 2,
            offMs: (bytes[i + 4] ?? 0) * 2,
          });
          i += 5;
          break;
        case 0x2a: {
          // ESC * m nL nH d1...dk column image
          const m = n2;
          const columns = (bytes[i + 3] ?? 0) + (bytes[i + 4] ?? 0) * 256;
          const perColumn = m === 32 || m === 33 ? 3 : 1;
          items.push({
            type: 'image',
            width: columns,
            height: perColumn * 8,
            rows: columnRows(bytes, i + 5, columns, perColumn),
            align,
          });
          i += 5 + columns * perColumn;
          break;
        }
        case 0x32: // ESC 2 default line spacing
          i += 2;
          break;
        case 0x33: // ESC 3 n line spacing
        case 0x4d: // ESC M n font
        case 0x2d: // ESC - n underline
        case 0x20: // ESC SP n character spacing
        case 0x7b: // ESC { n upside down
        case 0x56: // ESC V n rotate
        case 0x52: // ESC R n international set
        case 0x25: // ESC % n user-defined set
        case 0x72: // ESC r n colour
          i += 3;
          break;
        default:
          unknown.push(hex(bytes, i, i + 3));
          i += 2;
      }
    } else if (b === 0x1c) {
      // FS . cancels Kanji mode (cheap Chinese units); FS & selects it; FS p prints a stored logo
      if (n1 === 0x2e || n1 === 0x26) i += 2;
      else {
        unknown.push(hex(bytes, i, i + 3));
        i += 2;
      }
    } else if (b === 0x1d) {
      switch (n1) {
        case 0x21: // GS ! n character size
          wide = (n2 & 0xf0) !== 0;
          tall = (n2 & 0x0f) !== 0;
          i += 3;
          break;
        case 0x42: // GS B n reverse
        case 0x48: // GS H n HRI position
        case 0x66: // GS f n HRI font
        case 0x68: // GS h n barcode height
        case 0x77: // GS w n barcode width
        case 0x62: // GS b n smoothing
          i += 3;
          break;
        case 0x4c: // GS L nL nH left margin
        case 0x57: // GS W nL nH print area width
          i += 4;
          break;
        case 0x56: {
          // GS V m [n] cut
          if (lineOpen) flush();
          const partial = n2 === 1 || n2 === 49 || n2 === 66;
          items.push({ type: 'cut', partial });
          i += n2 === 65 || n2 === 66 ? 4 : 3;
          break;
        }
        case 0x76: {
          // GS v 0 m xL xH yL yH data: raster image
          if (n2 !== 0x30) {
            unknown.push(hex(bytes, i, i + 8));
            i += 3;
            break;
          }
          const widthBytes = (bytes[i + 4] ?? 0) + (bytes[i + 5] ?? 0) * 256;
          const height = (bytes[i + 6] ?? 0) + (bytes[i + 7] ?? 0) * 256;
          items.push({
            type: 'image',
            width: widthBytes * 8,
            height,
            rows: rasterRows(bytes, i + 8, widthBytes, height),
            align,
          });
          i += 8 + widthBytes * height;
          break;
        }
        case 0x6b: {
          // GS k m data: barcode, NUL-terminated (m 0-6) or length-prefixed (m 65-73)
          const m = n2;
          let data = '';
          if (m <= 6) {
            let j = i + 3;
            while (j < bytes.length && bytes[j] !== 0) data += String.fromCharCode(bytes[j++] ?? 0);
            i = j + 1;
          } else {
            const length = bytes[i + 3] ?? 0;
            for (let j = 0; j < length; j++) data += String.fromCharCode(bytes[i + 4 + j] ?? 0);
            i += 4 + length;
          }
          items.push({ type: 'barcode', symbology: BARCODES[m] ?? `m${m}`, data, align });
          break;
        }
        case 0x28: {
          // GS ( k pL pH cn fn ...: 2D codes; only the QR store (fn 80) and print (fn 81) matter here
          const length = (bytes[i + 3] ?? 0) + (bytes[i + 4] ?? 0) * 256;
          const fn = bytes[i + 6] ?? 0;
          if (n2 === 0x6b && bytes[i + 5] === 49) {
            if (fn === 80) {
              qrData = '';
              for (let j = 8; j < 5 + length; j++) qrData += String.fromCharCode(bytes[i + j] ?? 0);
            } else if (fn === 81) {
              items.push({ type: 'qr', data: qrData, align });
            }
          } else if (n2 !== 0x6b) {
            unknown.push(hex(bytes, i, i + 7));
          }
          i += 5 + length;
          break;
        }
        default:
          unknown.push(hex(bytes, i, i + 3));
          i += 2;
      }
    } else if (b < 0x20) {
      unknown.push(hex(bytes, i, i + 1));
      i += 1;
    } else {
      addChar(decodeChar(b, codePage));
      i += 1;
    }
  }
  if (lineOpen) flush();
  const lines = items.flatMap((item) => (item.type === 'text' ? [item.text] : []));
  return { items, lines, unknown };
}

/** A readable picture of the paper: text, with images, codes and cuts as bracketed notes. */
export function decodedAsText(decoded: Decoded): string {
  return decoded.items
    .flatMap((item): string[] => {
      switch (item.type) {
        case 'text':
          return [item.text];
        case 'image':
          return [`[gambar ${item.width}x${item.height}]`];
        case 'qr':
          return [`[QR ${item.data}]`];
        case 'barcode':
          return [`[barcode ${item.symbology.toUpperCase()} ${item.data}]`];
        case 'cut':
          return [item.partial ? '--------- potong sebagian ---------' : '------------ potong ------------'];
        case 'pulse':
          return ['[laci kas dibuka]'];
        default:
          return []; // status requests and initialisation leave nothing on paper
      }
    })
    .join('\n');
}
