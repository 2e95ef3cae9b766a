// First-run setup from the office's enrolment file, on a real SQLite file: what the file sets (code,
// receipt header, upload address and token, office key, the office's catalogue in place of the demo
// products), in one step with the admin the owner chooses; and every refusal of a changed or foreign
// file, in Indonesian, with nothing written.
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { canonicalPrettyJson } from '../../../shared/batch/canonicalJson';
import { generateOfficeKey, type OfficeKeyPair } from '../../../shared/catalogPackage/sign';
import type { CommandResult } from '../../../shared/contract';
import type { EnrolmentDoc } from '../../../shared/enrolment/format';
import { enrolmentEntries, enrolmentZip } from '../../../shared/enrolment/writeEnrolment';
import { makePackage, OFFICE_NAME, office, officeCatalogue } from '../../../tests/support/catalogPackages';
import { engineIn, type TestEngine } from '../../../tests/support/engine';
import { tempDirPerTest } from '../../../tests/support/tempDir';

const tempDir = tempDirPerTest();
const TOKEN = 'Tok3n-Rahasia-Kasir-PLU2-abcd';

function docOf(key: OfficeKeyPair, changes: Partial<EnrolmentDoc> = {}): EnrolmentDoc {
  return {
    format: 'karya-pos-enrolment',
    formatVersion: 1,
    officeName: OFFICE_NAME,
    device: 'PLU2',
    name: 'Karya Lapas Palu',
    location: 'Jl. Dewi Sartika No. 1, Palu',
    uploadUrl: 'https://kantor.example.id/batches',
    token: TOKEN,
    publicKey: key.publicKey,
    issuedAt: '2026-11-27T08:00:00.000Z',
    catalogueVersion: 1,
    ...changes,
  };
}

/** The office's file for PLU2: the whole catalogue at version 1 unless `withCatalogue` is false. */
function enrolmentFile(dir: string, options: { withCatalogue?: boolean; key?: OfficeKeyPair } = {}) {
  const key = options.key ?? office;
  const withCatalogue = options.withCatalogue ?? true;
  const catalogue = withCatalogue ? makePackage(dir, officeCatalogue(), 1, 0, key).built.files : null;
  const doc = docOf(key, { catalogueVersion: withCatalogue ? 1 : null });
  return Buffer.from(enrolmentZip(enrolmentEntries(doc, catalogue, key.privateKeyPem), doc.issuedAt));
}

const base64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');
const ENROL = {
  fileName: 'karya-pendaftaran-PLU2.zip',
  timeZone: 'Asia/Makassar',
  name: 'Bu Ratna',
  pin: '1357',
};

/** Everything the setup may write, read from the file. */
function snapshot(dir: string) {
  const db = new Database(join(dir, 'karya.db'), { readonly: true });
  try {
    return {
      settings: db.prepare("SELECT key, value FROM settings WHERE key <> 'last_seen_at' ORDER BY key").all(),
      users: db.prepare('SELECT name, role FROM users').all(),
      products: db
        .prepare('SELECT sku, name, price, active, office_version FROM products ORDER BY sku')
        .all(),
      packages: db.prepare('SELECT version FROM catalogue_packages').all(),
      audit: db.prepare('SELECT action FROM audit_log ORDER BY id').all(),
    };
  } finally {
    db.close();
  }
}

async function refusal(t: TestEngine, zip: Uint8Array, command: 'setup.openEnrolment' | 'setup.enrol') {
  const input =
    command === 'setup.openEnrolment'
      ? { fileName: ENROL.fileName, zipBase64: base64(zip) }
      : { ...ENROL, zipBase64: base64(zip) };
  const result = (await t.engine.call(command, input)) as CommandResult<'setup.enrol'>;
  if (result.ok) throw new Error(`${command} passed, expected a refusal`);
  return result.error;
}

/** The file's entries changed by `edit`, zipped again (the signature left as it was). */
function rezip(zip: Uint8Array, edit: (entries: Record<string, Uint8Array>) => void): Uint8Array {
  const entries = unzipSync(zip);
  edit(entries);
  return zipSync(entries);
}

describe('first-run setup from an enrolment file', () => {
  it('shows what the file sets, then sets it with the admin in one step; the office catalogue replaces the demo', async () => {
    const dir = tempDir();
    const t = engineIn(dir);
    const zip = enrolmentFile(dir);
    const demo = snapshot(dir).products as { sku: string }[];
    expect(demo.length).toBeGreaterThan(0);

    const preview = await t.ok('setup.openEnrolment', { fileName: ENROL.fileName, zipBase64: base64(zip) });
    expect(preview).toMatchObject({
      officeName: OFFICE_NAME,
      device: 'PLU2',
      name: 'Karya Lapas Palu',
      location: 'Jl. Dewi Sartika No. 1, Palu',
      uploadUrl: 'https://kantor.example.id/batches',
      tokenHint: '…abcd',
      catalogue: { version: 1, products: officeCatalogue().products.length },
      localProducts: demo.length,
    });
    // Looking writes nothing.
    expect(JSON.stringify(preview)).not.toContain(TOKEN);
    expect((await t.ok('setup.status', {})).needsSetup).toBe(true);

    const done = await t.ok('setup.enrol', { ...ENROL, zipBase64: base64(zip) });
    expect(done.user).toMatchObject({ name: 'Bu Ratna', role: 'admin' });
    const after = snapshot(dir);
    const settings = Object.fromEntries(
      (after.settings as { key: string; value: string }[]).map((s) => [s.key, s.value]),
    );
    expect(settings).toMatchObject({
      device_code: 'PLU2',
      time_zone: 'Asia/Makassar',
      batch_upload_url: 'https://kantor.example.id/batches',
      batch_upload_token: TOKEN,
      office_public_key: office.publicKey,
    });
    expect(JSON.parse(settings['receipt.header'] ?? '[]')).toEqual([
      'Karya Lapas Palu',
      'Jl. Dewi Sartika No. 1, Palu',
    ]);
    const products = after.products as { sku: string; active: number; office_version: number | null }[];
    const fromOffice = products.filter((p) => p.office_version !== null);
    expect(fromOffice.map((p) => p.sku).sort()).toEqual(
      officeCatalogue()
        .products.map((p) => p.sku)
        .sort(),
    );
    // Every demo product is kept but no longer sold; the office's are.
    expect(products.filter((p) => p.office_version === null).every((p) => p.active === 0)).toBe(true);
    // A demo product whose SKU the office also has became the office's (the office wins an SKU).
    const officeSkus = new Set(officeCatalogue().products.map((p) => p.sku));
    expect(products.filter((p) => p.office_version === null)).toHaveLength(
      demo.filter((p) => !officeSkus.has(p.sku)).length,
    );
    expect(after.packages).toEqual([{ version: 1 }]);
    expect((after.audit as { action: string }[]).map((a) => a.action)).toEqual([
      'device.code',
      'catalog.package',
      'setup.enrol',
    ]);
    const status = (await t.engine.call(
      'catalog.packageStatus',
      {},
      done.session,
    )) as CommandResult<'catalog.packageStatus'>;
    expect(status.ok && [status.data.heldVersion, status.data.pullAvailable]).toEqual([1, true]);

    // Once anyone exists, neither door opens again.
    expect(await refusal(t, zip, 'setup.openEnrolment')).toMatchObject({ code: 'FORBIDDEN' });
    expect(await refusal(t, zip, 'setup.enrol')).toMatchObject({ code: 'FORBIDDEN' });
    t.engine.close();
  });

  it('a file without a catalogue (nothing published yet) sets the rest and keeps the demo products', async () => {
    const dir = tempDir();
    const t = engineIn(dir);
    const before = snapshot(dir).products;
    const zip = enrolmentFile(dir, { withCatalogue: false });
    expect(
      (await t.ok('setup.openEnrolment', { fileName: ENROL.fileName, zipBase64: base64(zip) })).catalogue,
    ).toBeNull();
    await t.ok('setup.enrol', { ...ENROL, zipBase64: base64(zip) });
    const after = snapshot(dir);
    expect(after.products).toEqual(before);
    expect(after.packages).toEqual([]);
    expect(after.settings).toContainEqual({ key: 'office_public_key', value: office.publicKey });
    t.engine.close();
  });

  it('refuses a changed, re-signed, foreign or broken file in Indonesian, and writes nothing', async () => {
    const dir = tempDir();
    const t = engineIn(dir);
    const zip = enrolmentFile(dir);
    const before = snapshot(dir);
    const stranger = generateOfficeKey();

    const cases: [string, Uint8Array, string, string][] = [
      [
        'the token changed',
        rezip(zip, (e) => {
          e['enrolment.json'] = Buffer.from(
            canonicalPrettyJson(docOf(office, { token: 'Token-Lain-12345' })),
          );
        }),
        'enrolment.fileChanged',
        'enrolment.json di dalam file pendaftaran tidak sama',
      ],
      [
        'a catalogue byte changed',
        rezip(zip, (e) => {
          const bytes = Buffer.from(e['katalog/catalogue.json'] as Uint8Array);
          bytes[bytes.indexOf('"price":') + 8] = '9'.charCodeAt(0);
          e['katalog/catalogue.json'] = bytes;
        }),
        'enrolment.fileChanged',
        'katalog/catalogue.json',
      ],
      [
        'the manifest signed by another key',
        rezip(zip, (e) => {
          const others = enrolmentEntries(docOf(office), null, stranger.privateKeyPem);
          e['manifest.sig'] = others.get('manifest.sig') as Uint8Array;
        }),
        'enrolment.badSignature',
        'Tanda tangan file pendaftaran tidak cocok',
      ],
      [
        'the key inside swapped for another',
        rezip(zip, (e) => {
          e['enrolment.json'] = Buffer.from(canonicalPrettyJson(docOf(stranger)));
        }),
        'enrolment.badSignature',
        'Tidak ada yang diatur',
      ],
      [
        'a file nobody signed',
        rezip(zip, (e) => {
          e['catatan.txt'] = Buffer.from('halo');
        }),
        'enrolment.fileUnlisted',
        'catatan.txt',
      ],
      [
        'the catalogue signed by another key',
        (() => {
          const foreign = makePackage(dir, officeCatalogue(), 1, 0, stranger).built.files;
          const doc = docOf(office);
          return enrolmentZip(enrolmentEntries(doc, foreign, office.privateKeyPem), doc.issuedAt);
        })(),
        'enrolment.catalogueRefused',
        'Katalog di dalam file pendaftaran ditolak',
      ],
      ['not a zip', Buffer.from('bukan zip sama sekali'), 'enrolment.notAFile', 'bukan file pendaftaran'],
      [
        'a catalogue package, not an enrolment file',
        Buffer.from(
          zipSync(
            Object.fromEntries(
              [...makePackage(dir, officeCatalogue(), 1).built.files].map(([name, bytes]) => [name, bytes]),
            ),
          ),
        ),
        'enrolment.invalid',
        'manifest.json',
      ],
    ];
    for (const [what, bad, key, words] of cases) {
      for (const command of ['setup.openEnrolment', 'setup.enrol'] as const) {
        const error = await refusal(t, bad, command);
        expect([what, error.code, error.key]).toEqual([what, 'INVALID_INPUT', key]);
        expect(error.message, what).toContain(words);
      }
    }
    expect(snapshot(dir)).toEqual(before);
    // The untouched file still opens.
    await t.ok('setup.enrol', { ...ENROL, zipBase64: base64(zip) });
    t.engine.close();
  });
});
