import { describe, expect, it } from 'vitest';
import { type CommandName, commands } from '../../shared/contract';
import { formatMessage } from '../../shared/messages';
import { contractFieldNames } from '../../shared/messages/contractFields';
import { EngineError } from './errors';
import { validateInput } from './validate';

/** The refusal for `input`, worded in both languages from its key and params. */
function refusal(name: CommandName, input: unknown) {
  try {
    validateInput(name, input);
  } catch (error) {
    if (!(error instanceof EngineError)) throw error;
    const json = error.toJSON();
    return {
      json,
      id: formatMessage('id', json.key as string, json.params) as string,
      en: formatMessage('en', json.key as string, json.params) as string,
    };
  }
  return null;
}

// A contract name a person must never read: camelCase names anywhere, plain lowercase names in
// the shapes the old messages showed them ("pin: …", "lines[1]", "lines.qty").
const names = [...contractFieldNames().keys()];
function leaks(text: string): string[] {
  return names.filter((name) => {
    const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    if (/[A-Z]/.test(name)) return new RegExp(`\\b${escaped}\\b`).test(text);
    return new RegExp(`(?:^|: |; )${escaped}(?::|\\[|\\.\\w)`).test(text);
  });
}

const samples: [CommandName, unknown][] = [
  ['auth.login', {}],
  ['auth.login', { userId: 1, pin: '12' }],
  ['auth.login', { userId: 'x', pin: 1234 }],
  ['users.create', { name: '', pin: '1234', role: 'cashier' }],
  ['users.create', { name: 'Sari\nDewi', pin: '1234', role: 'boss' }],
  ['users.create', { name: 'Sari', pin: '1234', role: 'cashier', extra: true }],
  ['sales.commitCash', { lines: [{ productId: 1, qty: 1 }], cashTendered: -5 }],
  ['sales.commitCash', { lines: [{ productId: 1, qty: 0 }], cashTendered: 5000 }],
  [
    'sales.commitCash',
    {
      lines: [
        { productId: 1, qty: 1 },
        { productId: 'a', qty: 1 },
      ],
      cashTendered: 5000,
    },
  ],
  ['sales.commit', { lines: [], payments: [] }],
  ['sales.commit', { lines: [{ productId: 1, qty: 1 }], payments: [{ method: 'gold', amount: 1 }] }],
  ['shifts.cashMove', { kind: 'out', amount: 1.5, reason: 'x' }],
  ['paymentSettings.save', { taxMode: 'off', cashOutLimit: 'many' }],
  ['products.search', { text: 'a\u0000b' }],
  ['printers.save', { name: 'P', transport: 'network', target: 'nowhere' }],
  [
    'stock.receive',
    {
      producerCode: 'LPS',
      locationId: 1,
      reference: 'SJ-1',
      lines: [{ productId: 1, qty: 1, expiresOn: '2026-13-40' }],
    },
  ],
  ['producers.save', { mode: 'create', code: 'X', name: 'Unit', split: { pnbp: 120, premi: 0, capital: 0 } }],
  ['device.saveSettings', { device: 'A B', timeZone: 'Mars/Base' }],
];

describe('refused input in words', () => {
  it('names no contract field in either language, for every command given nothing or a stray field', () => {
    let refused = 0;
    for (const name of Object.keys(commands) as CommandName[]) {
      for (const input of [{}, { notAField: 1 }, []]) {
        const result = refusal(name, input);
        if (!result) continue;
        refused++;
        expect(result.json.code).toBe('INVALID_INPUT');
        expect(result.json.message).toBe(result.id);
        expect(leaks(result.id), `${name} id: ${result.id}`).toEqual([]);
        expect(leaks(result.en), `${name} en: ${result.en}`).toEqual([]);
        expect(result.en).not.toContain('{');
      }
    }
    expect(refused).toBeGreaterThan(100);
  });

  it('says which field in words, in Indonesian and English, for typical mistakes', () => {
    for (const [name, input] of samples) {
      const result = refusal(name, input);
      expect(result, `${name} ${JSON.stringify(input)}`).not.toBeNull();
      if (!result) continue;
      expect(leaks(result.id), result.id).toEqual([]);
      expect(leaks(result.en), result.en).toEqual([]);
      expect(result.id.startsWith('Data tidak valid: '), result.id).toBe(true);
      expect(result.en.startsWith('Invalid data: '), result.en).toBe(true);
      expect(result.en, 'no Indonesian left in English').not.toMatch(/\b(wajib|harus|tidak|paling|Baris)\b/);
    }
  });

  it('words a quantity in the second line and a PIN as a person would', () => {
    const line = refusal('sales.commitCash', {
      lines: [
        { productId: 1, qty: 1 },
        { productId: 1, qty: 0 },
      ],
      cashTendered: 5000,
    });
    expect(line?.id).toBe('Data tidak valid: Baris 2: Jumlah barang harus lebih dari 0');
    expect(line?.en).toBe('Invalid data: Line 2: The quantity must be more than 0');
    expect(line?.json.path).toEqual(['lines', 1, 'qty']);
    const pin = refusal('auth.login', { userId: 1, pin: '12' });
    expect(pin?.id).toBe('Data tidak valid: PIN harus 4 sampai 6 angka');
    expect(pin?.en).toBe('Invalid data: The PIN must be 4 to 6 digits');
    const generic = refusal('stock.levels', { limit: 'x' });
    expect(generic?.id).toBe('Data tidak valid: Batas jumlah: harus berupa angka');
    expect(generic?.en).toBe('Invalid data: Limit: must be a number');
    const control = refusal('products.search', { text: 'a\u0000b' });
    expect(control?.id).toBe(
      'Data tidak valid: Teks: Teks tidak boleh berisi karakter kendali (seperti NUL) (ditemukan U+0000)',
    );
  });
});
