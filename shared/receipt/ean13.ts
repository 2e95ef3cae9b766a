// EAN-13: the check digit, and the 95 bars the on-screen label preview draws. The printer draws
// the real barcode itself (GS k); this only has to look the same.

const L = [
  '0001101',
  '0011001',
  '0010011',
  '0111101',
  '0100011',
  '0110001',
  '0101111',
  '0111011',
  '0110111',
  '0001011',
];
const G = [
  '0100111',
  '0110011',
  '0011011',
  '0100001',
  '0011101',
  '0111001',
  '0000101',
  '0010001',
  '0001001',
  '0010111',
];
const R = [
  '1110010',
  '1100110',
  '1101100',
  '1000010',
  '1011100',
  '1001110',
  '1010000',
  '1000100',
  '1001000',
  '1110100',
];
/** Which of L/G encodes each left digit, chosen by the first digit. */
const PARITY = [
  'LLLLLL',
  'LLGLGG',
  'LLGGLG',
  'LLGGGL',
  'LGLLGG',
  'LGGLLG',
  'LGGGLL',
  'LGLGLG',
  'LGLGGL',
  'LGGLGL',
];

/** The check digit for the first 12 digits. */
export function ean13CheckDigit(first12: string): number {
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += Number(first12[i]) * (i % 2 === 0 ? 1 : 3);
  return (10 - (sum % 10)) % 10;
}

export function isEan13(code: string): boolean {
  return /^\d{13}$/.test(code) && ean13CheckDigit(code.slice(0, 12)) === Number(code[12]);
}

/** 95 modules, `1` black: start, six left digits, middle, six right digits, end. */
export function ean13Modules(code: string): string {
  if (!isEan13(code)) throw new Error(`Bukan EAN-13 yang sah: ${code}`);
  const digits = [...code].map(Number);
  const parity = PARITY[digits[0] ?? 0] ?? 'LLLLLL';
  let bars = '101';
  for (let i = 1; i <= 6; i++) {
    const table = parity[i - 1] === 'G' ? G : L;
    bars += table[digits[i] ?? 0];
  }
  bars += '01010';
  for (let i = 7; i <= 12; i++) bars += R[digits[i] ?? 0];
  return `${bars}101`;
}
