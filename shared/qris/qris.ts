// QRIS (EMVCo Merchant-Presented Mode). A booth usually has only its static QRIS; the till makes
// a dynamic one carrying the exact amount by rebuilding the TLV (never by string replacement, which
// corrupts IDs that happen to contain `010211`).
import { formatMessage, type MessageRef, ref } from '../messages';

export interface TlvField {
  id: string;
  value: string;
}

/** CRC-16/CCITT-FALSE: poly 0x1021, init 0xFFFF, no reflection, no final xor; 4 uppercase hex. */
export function crc16(text: string): string {
  let crc = 0xffff;
  for (const byte of new TextEncoder().encode(text)) {
    crc ^= byte << 8;
    for (let bit = 0; bit < 8; bit++) {
      crc = crc & 0x8000 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff;
    }
  }
  return crc.toString(16).toUpperCase().padStart(4, '0');
}

/** A payload that is not a usable QRIS: `ref` for a screen to word, `message` in Indonesian. */
export class QrisError extends Error {
  constructor(readonly ref: MessageRef) {
    super(formatMessage('id', ref.key, ref.params) ?? ref.key);
    this.name = 'QrisError';
  }
}

/** Splits `IDLLvalue...` into fields; throws QrisError on a malformed payload. */
export function parseTlv(payload: string): TlvField[] {
  const fields: TlvField[] = [];
  let at = 0;
  while (at < payload.length) {
    const id = payload.slice(at, at + 2);
    const length = Number(payload.slice(at + 2, at + 4));
    if (!/^\d{2}$/.test(id) || !/^\d{2}$/.test(payload.slice(at + 2, at + 4))) {
      throw new QrisError(ref('payments.qrisBadTag', { position: at + 1 }));
    }
    const value = payload.slice(at + 4, at + 4 + length);
    if (value.length !== length) throw new QrisError(ref('payments.qrisCutTag', { tag: id }));
    fields.push({ id, value });
    at += 4 + length;
  }
  return fields;
}

export function buildTlv(fields: readonly TlvField[]): string {
  return fields
    .map(({ id, value }) => {
      if (value.length > 99) throw new QrisError(ref('payments.qrisLongTag', { tag: id }));
      return `${id}${String(value.length).padStart(2, '0')}${value}`;
    })
    .join('');
}

/** Checks structure and CRC of a QRIS payload; returns its fields without the CRC tag. */
export function validateQris(payload: string): TlvField[] {
  const text = payload.trim();
  if (!text.startsWith('000201')) throw new QrisError(ref('payments.qrisNotQris'));
  const crcAt = text.length - 8;
  if (crcAt < 0 || text.slice(crcAt, crcAt + 4) !== '6304') {
    throw new QrisError(ref('payments.qrisNoCrc'));
  }
  const given = text.slice(crcAt + 4);
  const expected = crc16(text.slice(0, crcAt + 4));
  if (given.toUpperCase() !== expected) {
    throw new QrisError(ref('payments.qrisWrongCrc', { given, expected }));
  }
  const fields = parseTlv(text.slice(0, crcAt));
  if (!fields.some((f) => f.id === '53' && f.value === '360')) {
    throw new QrisError(ref('payments.qrisNotRupiah'));
  }
  return fields;
}

/**
 * The static QRIS with the amount: initiation method 12 (dynamic), tag 54 inserted before 58 (or
 * replaced), and a fresh CRC.
 */
export function qrisWithAmount(staticPayload: string, amount: number): string {
  if (!Number.isSafeInteger(amount) || amount <= 0) throw new QrisError(ref('payments.qrisAmount'));
  const fields = validateQris(staticPayload)
    .filter((f) => f.id !== '54')
    .map((f) => (f.id === '01' ? { id: '01', value: '12' } : f));
  const at = fields.findIndex((f) => Number(f.id) > 54);
  const withAmount = [...fields];
  withAmount.splice(at === -1 ? withAmount.length : at, 0, { id: '54', value: String(amount) });
  const body = `${buildTlv(withAmount)}6304`;
  return body + crc16(body);
}

/** Merchant name (59) and city (60) for showing beside the QR. */
export function qrisMerchant(payload: string): { name: string; city: string } {
  const fields = validateQris(payload);
  return {
    name: fields.find((f) => f.id === '59')?.value ?? '',
    city: fields.find((f) => f.id === '60')?.value ?? '',
  };
}
