// A NUL (or another control character) in any text of any command is refused in Indonesian before a
// handler runs; it once reached SQLite and FTS5 and came back as INTERNAL. Every command is called
// once per text field of its input, with the other fields filled so the handler would be reached.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COMMAND_NAMES, type CommandName, commands } from '../../shared/contract';
import { engineIn } from '../../tests/support/engine';
import { tempDirPerTest } from '../../tests/support/tempDir';

interface Def {
  type: string;
  checks?: { _zod: { def: { check: string; minimum?: number; value?: number; pattern?: RegExp } } }[];
  shape?: Record<string, { _zod: { def: Def } }>;
  element?: { _zod: { def: Def } };
  innerType?: { _zod: { def: Def } };
  in?: { _zod: { def: Def } };
  options?: { _zod: { def: Def } }[];
  entries?: Record<string, string | number>;
  values?: unknown[];
}

type Path = (string | number)[];
const defOf = (schema: unknown) => (schema as { _zod: { def: Def } })._zod.def;

/** A string the field's own checks accept (pattern, length), or a folder inside the test's. */
function fittingString(def: Def, key: string, folder: string): string {
  if (/dir|folder/i.test(key)) return folder;
  if (/^(day|days|from|to|startsOn|endsOn|expiresOn|expiry)$/.test(key)) return '2026-11-28';
  let min = 0;
  for (const { _zod } of def.checks ?? []) {
    if (_zod.def.check === 'string_format' && _zod.def.pattern) {
      return fc.sample(fc.stringMatching(_zod.def.pattern), { seed: 17, numRuns: 1 })[0] ?? 'abc';
    }
    if (_zod.def.check === 'min_length') min = _zod.def.minimum ?? 0;
  }
  return 'abc'.padEnd(min, 'x');
}

function fittingNumber(def: Def): number {
  for (const { _zod } of def.checks ?? []) {
    if (_zod.def.check === 'greater_than' && _zod.def.value !== undefined)
      return Math.ceil(_zod.def.value) + 1;
  }
  return 1;
}

/**
 * A value for `def` with 'ab<NUL>cd' at `target` (when the walk reaches it), and every string
 * leaf path seen on the way pushed to `leaves`.
 */
function build(
  def: Def,
  at: Path,
  target: Path | null,
  leaves: Path[],
  key: string,
  folder: string,
): unknown {
  const same = target !== null && target.length === at.length && target.every((p, i) => p === at[i]);
  switch (def.type) {
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const [k, field] of Object.entries(def.shape ?? {})) {
        out[k] = build(field._zod.def, [...at, k], target, leaves, k, folder);
      }
      return out;
    }
    case 'array':
      return def.element ? [build(def.element._zod.def, [...at, 0], target, leaves, key, folder)] : [];
    case 'string':
      leaves.push(at);
      return same ? 'ab\u0000cd' : fittingString(def, key, folder);
    case 'number':
    case 'int':
      return fittingNumber(def);
    case 'boolean':
      return false;
    case 'enum':
      return Object.values(def.entries ?? {})[0];
    case 'literal':
      return def.values?.[0];
    case 'optional':
    case 'nullable':
    case 'default':
    case 'catch':
    case 'readonly':
    case 'nonoptional':
      return def.innerType ? build(def.innerType._zod.def, at, target, leaves, key, folder) : null;
    case 'pipe':
      return def.in ? build(def.in._zod.def, at, target, leaves, key, folder) : null;
    case 'union': {
      const first = def.options?.[0];
      return first ? build(first._zod.def, at, target, leaves, key, folder) : null;
    }
    case 'record':
      return {};
    default:
      return null;
  }
}

const tempDir = tempDirPerTest();

describe('control characters in command input', () => {
  it('are refused in every text field of every command, never INTERNAL', async () => {
    const dir = tempDir();
    const t = engineIn(dir);
    const admin = await t.as('admin', 'Admin Uji');
    const seen: string[] = [];
    const internal: string[] = [];
    const notRefused: string[] = [];
    for (const name of COMMAND_NAMES as readonly CommandName[]) {
      if (name === 'auth.logout') continue;
      const def = defOf(commands[name].input);
      const leaves: Path[] = [];
      build(def, [], null, leaves, '', dir);
      for (const leaf of leaves) {
        const input = build(def, [], leaf, [], '', dir);
        const label = `${name} ${leaf.join('.')}`;
        seen.push(label);
        const answer = await admin.call(name, input);
        if (!answer.ok && answer.error.code === 'INTERNAL') internal.push(label);
        else if (
          answer.ok ||
          answer.error.code !== 'INVALID_INPUT' ||
          !answer.error.message.includes('Teks tidak boleh berisi karakter kendali')
        ) {
          notRefused.push(`${label}: ${answer.ok ? 'ok' : `${answer.error.code} ${answer.error.message}`}`);
        }
      }
    }
    expect(seen.length).toBeGreaterThan(100);
    expect(seen).toContain('products.list query');
    expect(internal).toEqual([]);
    expect(notRefused).toEqual([]);
    t.engine.close();
  }, 120_000);

  it('are named in the refusal, for a cashier searching products too', async () => {
    const t = engineIn(tempDir());
    const cashier = await t.as('cashier');
    expect(await cashier.call('products.list', { query: 'ab\u0000cd' })).toEqual({
      ok: false,
      error: expect.objectContaining({
        code: 'INVALID_INPUT',
        message:
          'Data tidak valid: Pencarian: Teks tidak boleh berisi karakter kendali (seperti NUL) (ditemukan U+0000)',
      }),
    });
    expect(await cashier.call('buyers.list', { query: 'x\u007f' })).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('(ditemukan U+007F)') },
    });
    // In a key as well as in a value.
    expect(await cashier.call('products.list', { 'q\u0000': 'x' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', message: expect.stringContaining('karakter kendali') },
    });
    // A search still finds with ordinary text, and trailing Enter or Tab from a scanner is trimmed.
    expect((await cashier.ok('products.list', { query: 'BWG-100\r\n' })).map((p) => p.sku)).toContain(
      'BWG-100',
    );
    t.engine.close();
  });

  it('leave line breaks to free text: names are one line, notes may have several', async () => {
    const t = engineIn(tempDir());
    const manager = await t.as('manager');
    expect(await manager.call('buyers.save', { kind: 'named', name: 'Bu Ani\nKantor' })).toMatchObject({
      ok: false,
      error: expect.objectContaining({
        code: 'INVALID_INPUT',
        message: 'Data tidak valid: Nama pembeli harus satu baris, tanpa ganti baris atau tab',
      }),
    });
    expect(await manager.call('categories.save', { name: 'Makanan\tRingan' })).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('Kategori harus satu baris') },
    });
    expect(
      await manager.call('printing.saveSettings', {
        header: ['Karya\nPalu'],
        footer: [],
        originPrefix: '',
        qr: 'none',
      }),
    ).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('Satu baris struk harus satu baris') },
    });
    await expect(
      manager.ok('buyers.save', { kind: 'named', name: 'Bu Ani', note: 'Kantor dinas\nJl. Sudirman 1' }),
    ).resolves.toMatchObject({ name: 'Bu Ani' });
    t.engine.close();
  });
});
