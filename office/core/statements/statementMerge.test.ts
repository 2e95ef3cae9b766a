// A statement is what `karya batch merge` of the same batches says for the unit: batches exported
// by a real till (voids, a refund of the day before's sale in a later batch, PPN, cash rounding, a
// re-export) are ingested, and each unit's statement for the days equals the merge's row per rates.
import { beforeAll, expect, it } from 'vitest';
import { mergeBatches } from '../../../electron/office/mergeBatches';
import { describeBackends, freshDb } from '../../db/testing/backends';
import { ingestFolder } from '../ingest/store';
import { sharedTillBatches, type TillBatches } from '../ingest/testing/batches';
import { statementFigures } from './statementFigures';

let tills: TillBatches;
beforeAll(async () => {
  tills = await sharedTillBatches();
}, 300_000);

describeBackends('statement and merge', (kind) => {
  it('gives each unit the merge’s net and split per rate over the same batches', async () => {
    const { db } = await freshDb(kind, { migrated: true });
    for (const batch of tills.plu1) {
      const answer = await ingestFolder(db, { folder: batch.folder, source: 'folder' });
      expect(answer.status, JSON.stringify(answer.body)).toBeLessThan(300);
    }
    const merged = mergeBatches(
      tills.plu1.map((b) => b.folder),
      null,
    );
    expect(merged.report.ok).toBe(true);
    const days = merged.totals.byDay.map((d) => d.day).sort();
    const from = days[0] ?? '';
    const to = days.at(-1) ?? '';
    const units = [...new Set(merged.totals.byUnit.map((u) => u.code))];
    expect(units.length).toBeGreaterThan(1);
    let net = 0;
    for (const unit of units) {
      const figures = await statementFigures(db, { unit, from, to });
      const fromMerge = merged.totals.byUnit
        .filter((u) => u.code === unit)
        .map((u) => ({
          rates: { pnbpBp: u.pnbpBp, premiBp: u.premiBp, capitalBp: u.capitalBp },
          net: u.amount,
          pnbp: u.pnbp,
          premi: u.premi,
          capital: u.capital,
        }));
      expect(
        figures.groups.map(({ rates, net, pnbp, premi, capital }) => ({ rates, net, pnbp, premi, capital })),
      ).toEqual(fromMerge);
      net += figures.totals.net;
    }
    // The units plus the cash rounding the sales kept make the tills' net.
    expect(net + merged.totals.roundingKept).toBe(merged.totals.net);
  });
});
