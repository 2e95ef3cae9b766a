// The rule the package format promises: applying packages in any order, and some twice, ends in
// the same catalogue as applying them in order. Random office histories (new and changed products,
// prices for later days, barcodes moving between products, units whose split changes, new
// categories, workshops and tiers, products deactivated) are published as whole and delta packages;
// a till applies a random choice of them in order, another the same ones shuffled with repeats.
// Both tills start with the booth's own products, one of whose SKUs the office takes over later.
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Database } from 'better-sqlite3';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ean13CheckDigit } from '../../../../shared/barcode';
import type {
  CatalogueDoc,
  ProductRecord,
  UnitRecord,
  WorkshopRecord,
} from '../../../../shared/catalogPackage/format';
import { officeKeyId } from '../../../../shared/catalogPackage/sign';
import { buildPackage, deltaOf } from '../../../../shared/catalogPackage/writePackage';
import { office, tillSnapshot } from '../../../../tests/support/catalogPackages';
import { tempDirPerTest } from '../../../../tests/support/tempDir';
import { openDatabase } from '../../db/open';
import { EngineError } from '../../errors';
import { productWriter } from '../productWriter';
import { applyPackage } from './applyPackage';
import { checkSigned } from './checkPackage';

const tempDir = tempDirPerTest();
const KEY = { publicKey: office.publicKey, keyId: officeKeyId(office.publicKey) };
const NOW = new Date('2026-11-28T02:00:00Z'); // business day 2026-11-28 in WITA
const DEVICE = { device: 'BTH1', timeZone: 'Asia/Makassar', dayCutoffHour: 4 };
const DAYS = ['2026-11-01', '2026-11-20', '2026-11-28', '2026-11-29', '2026-12-05', '2026-12-20'];

/** A small deterministic generator, seeded by fast-check, so a failure names its seed. */
function random(seed: number) {
  let state = seed >>> 0 || 1;
  const next = () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 0x1_0000_0000;
  };
  return {
    int: (max: number) => Math.floor(next() * max),
    pick<T>(items: readonly T[]): T {
      return items[Math.floor(next() * items.length)] as T;
    },
    chance: (p: number) => next() < p,
  };
}

const barcode = (n: number) => {
  const body = `29950${String(n).padStart(7, '0')}`;
  return `${body}${ean13CheckDigit(body)}`;
};

/** An office that publishes a version at a time and keeps each version's whole catalogue. */
function officeHistory(seed: number, versions: number): CatalogueDoc[] {
  const r = random(seed);
  const units = new Map<string, UnitRecord>();
  const workshops = new Map<string, WorkshopRecord>();
  const categories = new Map<string, { name: string; sortOrder: number; changedIn: number }>();
  const tiers = new Map<string, { code: string; name: string; changedIn: number }>();
  const products = new Map<string, ProductRecord>();
  const snapshots: CatalogueDoc[] = [];
  let serial = 0;
  const freeBarcode = () => barcode(++serial);

  for (let v = 1; v <= versions; v++) {
    const touch = <T extends { changedIn: number }>(record: T, change: Partial<T>) =>
      Object.assign(record, change, { changedIn: v });
    if (v === 1) {
      units.set('LPS-PALU', {
        code: 'LPS-PALU',
        name: 'Lapas Palu',
        pnbpBp: 1500,
        premiBp: 5000,
        capitalBp: 3500,
        active: true,
        changedIn: 1,
      });
      workshops.set('LPS-PALU|Dapur', { unitCode: 'LPS-PALU', name: 'Dapur', active: true, changedIn: 1 });
      categories.set('makanan', { name: 'Makanan', sortOrder: 1, changedIn: 1 });
    }
    const steps = 1 + r.int(5);
    for (let s = 0; s < steps; s++) {
      const kind = r.int(12);
      const productList = [...products.values()];
      if (kind <= 2 || productList.length === 0) {
        // A new product, sometimes with a price for a later day and a tier price.
        const unit = r.pick([...units.values()]);
        const unitWorkshops = [...workshops.values()].filter((w) => w.unitCode === unit.code);
        const first = r.pick(DAYS.slice(0, 3));
        const prices = [{ from: first, price: 1000 * (5 + r.int(50)) }];
        if (r.chance(0.4)) prices.push({ from: r.pick(DAYS.slice(3)), price: 1000 * (5 + r.int(50)) });
        const sku = products.size === 3 ? 'LOK-AMBIL' : `P-${products.size + 1}`;
        products.set(sku, {
          sku,
          name: `Produk ${sku}`,
          category: r.pick([...categories.values()]).name,
          unit: r.pick(['pcs', 'botol', 'kg']),
          soldByWeight: false,
          producerCode: unit.code,
          workshop: unitWorkshops.length > 0 && r.chance(0.6) ? r.pick(unitWorkshops).name : null,
          cost: r.chance(0.5) ? 1000 * r.int(20) : null,
          pirtNo: null,
          halalNo: null,
          active: true,
          barcodes: r.chance(0.7) ? [freeBarcode()] : [],
          prices,
          tierPrices:
            tiers.size > 0 && r.chance(0.5)
              ? [{ tier: r.pick([...tiers.keys()]), price: 1000 * (4 + r.int(40)) }]
              : [],
          changedIn: v,
        });
      } else if (kind === 3) {
        const p = r.pick(productList);
        touch(p, { prices: [{ from: r.pick(DAYS.slice(0, 3)), price: 1000 * (5 + r.int(50)) }] });
      } else if (kind === 4) {
        const p = r.pick(productList);
        touch(p, {
          prices: [...p.prices.slice(0, 1), { from: r.pick(DAYS.slice(3)), price: 1000 * (5 + r.int(50)) }],
        });
      } else if (kind === 5 || kind === 6) {
        // A barcode moves from one product to another: both change in this version.
        const holders = productList.filter((p) => p.barcodes.length > 0);
        const from = holders.length > 0 ? r.pick(holders) : undefined;
        const to = r.pick(productList);
        if (from && to !== from) {
          const code = from.barcodes[0] as string;
          touch(from, { barcodes: from.barcodes.slice(1) });
          touch(to, { barcodes: [...to.barcodes, code] });
        }
      } else if (kind === 7) {
        const p = r.pick(productList);
        touch(p, { active: !p.active, name: `${p.name}*` });
      } else if (kind === 8) {
        const unit = r.pick([...units.values()]);
        const pnbp = 500 * r.int(10);
        touch(unit, { pnbpBp: pnbp, premiBp: 5000, capitalBp: 5000 - pnbp });
      } else if (kind === 9) {
        const code = `LPS-${units.size + 1}`;
        units.set(code, {
          code,
          name: `Unit ${code}`,
          pnbpBp: 1500,
          premiBp: 5000,
          capitalBp: 3500,
          active: true,
          changedIn: v,
        });
        workshops.set(`${code}|Bengkel`, { unitCode: code, name: 'Bengkel', active: true, changedIn: v });
      } else {
        const choice = r.int(3);
        if (choice === 0)
          categories.set(`k${v}-${s}`, { name: `Kategori ${v}-${s}`, sortOrder: r.int(9), changedIn: v });
        else if (choice === 1)
          tiers.set(`T${v}X${s}`, { code: `T${v}X${s}`, name: `Tingkat ${v}`, changedIn: v });
        else {
          const category = r.pick([...categories.values()]);
          touch(category, { sortOrder: r.int(9) });
        }
      }
    }
    snapshots[v] = structuredClone({
      units: [...units.values()],
      workshops: [...workshops.values()],
      categories: [...categories.values()],
      tiers: [...tiers.values()],
      products: [...products.values()],
    });
  }
  return snapshots;
}

let templateDir = '';
let template = '';

afterAll(() => rmSync(templateDir, { recursive: true, force: true }));

beforeAll(() => {
  // Kept for the whole file (tempDir's folders go after each test).
  templateDir = mkdtempSync(join(tmpdir(), 'karya-template-'));
  template = join(templateDir, 'template.db');
  const { db } = openDatabase(template);
  // The booth's own catalogue: a unit, a category, products with barcodes the office never uses,
  // and LOK-AMBIL, whose SKU the office later gives a product of its own.
  db.exec(`INSERT INTO producers (code, name) VALUES ('LOK-1', 'Unit lokal');
           INSERT INTO categories (name) VALUES ('Lokal');`);
  const writer = productWriter(db, { at: '2026-11-01T00:00:00.000Z', by: null });
  for (const [sku, code] of [
    ['LOK-A', '2997000000011'],
    ['LOK-B', null],
    ['LOK-AMBIL', '2997000000028'],
  ] as const) {
    writer.insert({
      sku,
      name: `Lokal ${sku}`,
      category: 'Lokal',
      unit: 'pcs',
      price: 5000,
      cost: null,
      producerCode: 'LOK-1',
      workshopId: null,
      barcodes: code ? [{ code, kind: 'ean13' }] : [],
      soldByWeight: false,
      active: true,
      pirtNo: null,
      halalNo: null,
    });
  }
  db.close();
});

interface Pkg {
  version: number;
  basedOn: number;
  files: Map<string, Buffer>;
}

function tillFrom(name: string): Database {
  const dir = tempDir();
  const path = join(dir, `${name}.db`);
  copyFileSync(template, path);
  const { db } = openDatabase(path);
  db.pragma('synchronous = OFF');
  return db;
}

function applyAll(db: Database, packages: readonly Pkg[]): void {
  const ctx = { db, device: DEVICE, now: () => NOW };
  for (const pkg of packages) {
    const signed = checkSigned({ origin: 'uji', files: pkg.files }, KEY, 'usb');
    try {
      applyPackage(ctx, signed, { kind: 'system' });
    } catch (error) {
      // A package every version of which the till holds is refused, and that changes nothing.
      if (!(error instanceof EngineError && error.key === 'catalogPackage.older')) throw error;
    }
  }
}

describe('applying packages', () => {
  it('in any order, and some twice, ends in the same catalogue as in order', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 2 ** 31 - 1 }),
        fc.integer({ min: 1, max: 2 ** 31 - 1 }),
        (historySeed, orderSeed) => {
          const r = random(orderSeed);
          const versions = 2 + r.int(5);
          const history = officeHistory(historySeed, versions);
          const chosen = new Map<string, Pkg>();
          const count = 1 + r.int(5);
          for (let i = 0; i < count; i++) {
            const version = 1 + r.int(versions);
            const basedOn = r.chance(0.35) ? 0 : r.int(version);
            const built = buildPackage(
              deltaOf(history[version] as CatalogueDoc, basedOn),
              {
                officeName: 'Kanwil',
                version,
                basedOn,
                createdAt: '2026-11-27T08:00:00.000Z',
                day: '2026-11-27',
              },
              office.privateKeyPem,
            );
            chosen.set(`${version}/${basedOn}`, { version, basedOn, files: built.files });
          }
          const inOrder = [...chosen.values()].sort((a, b) => a.version - b.version || a.basedOn - b.basedOn);
          const shuffled = [...inOrder, ...inOrder.filter(() => r.chance(0.4))];
          for (let i = shuffled.length - 1; i > 0; i--) {
            const j = r.int(i + 1);
            [shuffled[i], shuffled[j]] = [shuffled[j] as Pkg, shuffled[i] as Pkg];
          }

          const a = tillFrom('in-order');
          const b = tillFrom('shuffled');
          try {
            applyAll(a, inOrder);
            applyAll(b, shuffled);
            const expected = tillSnapshot(a);
            expect(tillSnapshot(b)).toEqual(expected);
            // The booth's own products stay, marked local (LOK-AMBIL only while the office has no LOK-AMBIL).
            const local = expected.products.filter(
              (p) => (p as { office_version: number | null }).office_version === null,
            );
            expect(local.map((p) => (p as { sku: string }).sku)).toEqual(
              expect.arrayContaining(['LOK-A', 'LOK-B']),
            );
          } finally {
            a.close();
            b.close();
          }
        },
      ),
      { numRuns: 60 },
    );
  });

  it('in order to the newest version gives the office’s catalogue, whichever way it came', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 31 - 1 }), (seed) => {
        const history = officeHistory(seed, 5);
        const pkg = (version: number, basedOn: number): Pkg => ({
          version,
          basedOn,
          files: buildPackage(
            deltaOf(history[version] as CatalogueDoc, basedOn),
            {
              officeName: 'Kanwil',
              version,
              basedOn,
              createdAt: '2026-11-27T08:00:00.000Z',
              day: '2026-11-27',
            },
            office.privateKeyPem,
          ).files,
        });
        const whole = tillFrom('whole');
        const steps = tillFrom('steps');
        try {
          applyAll(whole, [pkg(5, 0)]);
          applyAll(steps, [pkg(2, 0), pkg(3, 2), pkg(5, 3), pkg(4, 0)]);
          expect(tillSnapshot(steps)).toEqual(tillSnapshot(whole));
        } finally {
          whole.close();
          steps.close();
        }
      }),
      { numRuns: 25 },
    );
  });

  it('leaves a barcode the office moved with the newer record, whichever package comes first', () => {
    const base = (sku: string, barcodes: string[], changedIn: number): ProductRecord => ({
      sku,
      name: sku,
      category: 'Makanan',
      unit: 'pcs',
      soldByWeight: false,
      producerCode: 'LPS-PALU',
      workshop: null,
      cost: null,
      pirtNo: null,
      halalNo: null,
      active: true,
      barcodes,
      prices: [{ from: '2026-11-01', price: 10_000 }],
      tierPrices: [],
      changedIn,
    });
    const doc = (products: ProductRecord[]): CatalogueDoc => ({
      units: [
        {
          code: 'LPS-PALU',
          name: 'Lapas Palu',
          pnbpBp: 1500,
          premiBp: 5000,
          capitalBp: 3500,
          active: true,
          changedIn: 1,
        },
      ],
      workshops: [],
      categories: [{ name: 'Makanan', sortOrder: 1, changedIn: 1 }],
      tiers: [],
      products,
    });
    const x = barcode(900);
    // v1: A has X. v2: X moves to B. v3: B is renamed. A package (2, 3] carries B but not A.
    const v1 = doc([base('A', [x], 1), base('B', [], 1)]);
    const v3 = doc([base('A', [], 2), { ...base('B', [x], 3), name: 'B baru' }]);
    const pkg = (d: CatalogueDoc, version: number, basedOn: number): Pkg => ({
      version,
      basedOn,
      files: buildPackage(
        deltaOf(d, basedOn),
        { officeName: 'Kanwil', version, basedOn, createdAt: '2026-11-27T08:00:00.000Z', day: '2026-11-27' },
        office.privateKeyPem,
      ).files,
    });
    const inOrder = tillFrom('urut');
    const reversed = tillFrom('terbalik');
    try {
      applyAll(inOrder, [pkg(v1, 1, 0), pkg(v3, 3, 2)]);
      applyAll(reversed, [pkg(v3, 3, 2), pkg(v1, 1, 0)]);
      const barcodes = (db: Database) =>
        db
          .prepare(
            `SELECT p.sku, group_concat(b.code) AS codes FROM products p LEFT JOIN product_barcodes b ON b.product_id = p.id
             WHERE p.sku IN ('A', 'B') GROUP BY p.sku ORDER BY p.sku`,
          )
          .all();
      expect(barcodes(inOrder)).toEqual([
        { sku: 'A', codes: null },
        { sku: 'B', codes: x },
      ]);
      expect(tillSnapshot(reversed)).toEqual(tillSnapshot(inOrder));
    } finally {
      inOrder.close();
      reversed.close();
    }
  });
});
