// The published JSON Schemas (docs/batch-format.md) checked by an independent validator (Ajv, draft
// 2020-12) against batches the till really exports: every line of every .jsonl file fits its
// schema, and a line the format does not allow is refused. An office that validates with its own
// tools gets the answer `karya batch verify` gives on the shape of each document.
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { BATCH_FILES } from '../../shared/batch/format';
import { batchJsonSchema, JSONL_SCHEMAS } from '../../shared/batch/jsonSchema';
import { sellAndCloseDays } from '../../tests/support/closedDays';
import { engineIn } from '../../tests/support/engine';
import { tempDirPerTest } from '../../tests/support/tempDir';

const tempDir = tempDirPerTest();

function validator(name: Parameters<typeof batchJsonSchema>[0]) {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  return ajv.compile(JSON.parse(batchJsonSchema(name)));
}

describe('JSON Schemas of the batch files', () => {
  it('name a schema for every .jsonl file a batch has', () => {
    const jsonl = Object.values(BATCH_FILES).filter((f) => f.endsWith('.jsonl'));
    expect(Object.keys(JSONL_SCHEMAS).sort()).toEqual([...jsonl].sort());
  });

  it('accept every line of exported batches, and the manifest', async () => {
    const dir = tempDir();
    const t = engineIn(dir);
    try {
      // PPN on top and cash rounding make totals that are not round; the days hold a void, a
      // refund, cash taken out, a blind count and a Z report each.
      await sellAndCloseDays(t, { days: 2, salesPerDay: 4, taxAndRounding: true });
      const usb = join(dir, 'usb');
      mkdirSync(usb);
      const { batch } = await t.ok('batches.export', { dir: usb });
      const lines: Record<string, number> = {};
      for (const [file, schema] of Object.entries(JSONL_SCHEMAS)) {
        const check = validator(schema);
        const text = readFileSync(join(batch.folder, file), 'utf8');
        const docs = text.split('\n').filter((l) => l !== '');
        lines[file] = docs.length;
        for (const [i, line] of docs.entries()) {
          const ok = check(JSON.parse(line));
          expect(ok, `${file}:${i + 1} ${JSON.stringify(check.errors)}`).toBe(true);
        }
      }
      // Each kind of document was really there to be checked.
      expect(lines).toMatchObject({ 'sales.jsonl': 8, 'z-reports.jsonl': 2 });
      expect(lines['refunds.jsonl']).toBeGreaterThan(0);
      expect(lines['cash.jsonl']).toBeGreaterThan(0);
      const manifest = validator('manifest');
      expect(manifest(JSON.parse(readFileSync(join(batch.folder, BATCH_FILES.manifest), 'utf8')))).toBe(true);
      expect(readdirSync(batch.folder)).toContain(BATCH_FILES.cash);
    } finally {
      t.engine.close();
    }
  });

  it('refuse what the format does not allow', () => {
    const shift = validator('shift');
    const good = {
      id: 1,
      device: 'BTH1',
      businessDay: '2026-11-28',
      userName: 'Sri',
      openedAt: '2026-11-28T00:05:00.000Z',
      openingFloat: 100000,
      closedAt: null,
      closedBy: null,
      expectedCash: null,
      countedCash: null,
      countDetail: null,
      variance: null,
      closeNote: null,
      approvedBy: null,
      movements: [],
    };
    expect(shift(good), JSON.stringify(shift.errors)).toBe(true);
    expect(shift({ ...good, openingFloat: 1000.5 })).toBe(false);
    expect(shift({ ...good, extra: 1 })).toBe(false);
    expect(
      shift({
        ...good,
        movements: [
          { id: 1, kind: 'gift', amount: 1, reason: 'x', createdAt: good.openedAt, userName: null },
        ],
      }),
    ).toBe(false);
    const z = validator('zReport');
    const zGood = {
      device: 'BTH1',
      businessDay: '2026-11-28',
      zNo: 1,
      closedAt: good.openedAt,
      closedBy: 'Rina',
      report: {
        salesCount: 1,
        salesTotal: 5000,
        voids: { count: 0, amount: 0 },
        refunds: { count: 0, amount: 0 },
        net: 5000,
        byMethod: [{ method: 'cash', sales: 5000, voids: 0, refunds: 0, net: 5000 }],
        hourly: [],
      },
    };
    expect(z(zGood), JSON.stringify(z.errors)).toBe(true);
    expect(z({ ...zGood, zNo: 0 })).toBe(false);
    expect(z({ ...zGood, report: {} })).toBe(false);
  });
});
