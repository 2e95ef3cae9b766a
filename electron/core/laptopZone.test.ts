// The till keeps WITA whatever zone the laptop's clock is set to. Node reads TZ once, at start, so
// each laptop is a child `node` started with its own TZ (tests/support/laptopZoneChild.ts): one sale
// at 2026-12-05T02:30Z, then the receipt, the X and Z paper, the report files and the batch files.
// The day and the hour are WITA's everywhere; `WITA` is written after a time exactly when the
// laptop keeps another zone.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { tempDirPerTest } from '../../tests/support/tempDir';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CHILD = fileURLToPath(new URL('../../tests/support/laptopZoneChild.ts', import.meta.url));
const tempDir = tempDirPerTest();

interface Seen {
  laptopZone: string;
  businessDay: string;
  receipt: string[];
  x: string[];
  z: string[];
  xlsx: { summary: string[][]; hours: string[][]; shifts: string[][] };
  pdfDibuat: string | null;
  batch: { salesCsv: string; sales: string; manifestTimeZone: string | null };
}

function onLaptopIn(tz: string): Seen {
  const run = spawnSync(process.execPath, ['--import', 'tsx', CHILD, tempDir()], {
    cwd: ROOT,
    env: { ...process.env, TZ: tz },
    encoding: 'utf8',
    timeout: 60_000,
  });
  if (run.status !== 0) throw new Error(`child under TZ=${tz} failed (${run.status}):\n${run.stderr}`);
  return JSON.parse(run.stdout) as Seen;
}

/** `label` on the left, `value` ending in the 32nd column. */
const row = (label: string, value: string) => label + ' '.repeat(32 - label.length - value.length) + value;

/** A sales.csv without its last column, the sale's ULID, which is new on every run. */
const withoutIds = (csv: string) =>
  csv
    .trim()
    .split(/\r?\n/)
    .map((line) => line.split(',').slice(0, -1).join(','));

let home: Seen;
beforeAll(() => {
  home = onLaptopIn('Asia/Makassar');
}, 60_000);

describe.each(['America/New_York', 'Asia/Jayapura'])('a laptop whose clock is set to %s', (tz) => {
  let seen: Seen;
  beforeAll(() => {
    seen = onLaptopIn(tz);
  }, 60_000);

  it('is really that zone in the child, and the sale is on 5 December, the WITA day', () => {
    expect(seen.laptopZone).toBe(tz);
    expect(home.laptopZone).toBe('Asia/Makassar');
    expect(seen.businessDay).toBe('2026-12-05');
  });

  it('prints the receipt at 05/12/2026 10.30 WITA; a laptop on WITA prints no zone', () => {
    expect(seen.receipt).toContain(row('Tanggal', '05/12/2026 10.30 WITA'));
    expect(home.receipt).toContain(row('Tanggal', '05/12/2026 10.30'));
    expect(home.receipt.join('\n')).not.toContain('WITA');
  });

  it('prints the X and Z paper in WITA, saying so', () => {
    expect(seen.x).toContain(row('Dibuat', '05/12/2026 10.30 WITA'));
    expect(seen.x.map((l) => l.trim())).toContain('Dicetak 05/12/2026 10.30 WITA');
    expect(seen.x.join('\n')).toMatch(/Sri 08\.55-\.\.\. WITA +TERBUKA/);
    expect(seen.z).toContain(row('Ditutup', '05/12/2026 14.00 WITA'));
    expect(seen.z.map((l) => l.trim())).toContain('Sri 08.55-14.00 WITA');
    expect(home.x).toContain(row('Dibuat', '05/12/2026 10.30'));
    expect(home.z).toContain(row('Ditutup', '05/12/2026 14.00'));
    expect([...home.x, ...home.z].join('\n')).not.toContain('WITA');
    // Apart from the zone, the paper is the same on both laptops.
    const noZone = (lines: string[]) =>
      lines.map((l) =>
        l
          .replace(/ WITA\b/, '')
          .replace(/\s+/g, ' ')
          .trim(),
      );
    expect(noZone(seen.x)).toEqual(noZone(home.x));
    expect(noZone(seen.z)).toEqual(noZone(home.z));
  });

  it('writes the report files with the WITA day and hours', () => {
    expect(seen.xlsx.summary).toContainEqual(['Dibuat', '05/12/2026 14.00 WITA']);
    expect(seen.xlsx.hours).toEqual([
      ['Jam (WITA)', 'Transaksi', 'Rupiah'],
      ['10.00-11.00', '1', '25000'],
    ]);
    expect(seen.xlsx.shifts[1]?.slice(0, 3)).toEqual([
      'Sri',
      '05/12/2026 08.55 WITA',
      '05/12/2026 14.00 WITA',
    ]);
    expect(seen.pdfDibuat).toBe('05/12/2026 14.00 WITA');
    expect(home.xlsx.hours[1]).toEqual(['10.00-11.00', '1', '25000']);
    expect(home.pdfDibuat).toBe('05/12/2026 14.00');
  });

  it('writes the same batch files as a laptop on WITA: WITA day and time, the till zone in the manifest', () => {
    expect(withoutIds(seen.batch.salesCsv)).toEqual(withoutIds(home.batch.salesCsv));
    expect(seen.batch.salesCsv).toContain('2026-12-05,2026-12-05 10:30:00');
    expect(seen.batch.sales).toContain('"createdAt":"2026-12-05T02:30:00.000Z"');
    expect(seen.batch.manifestTimeZone).toBe('Asia/Makassar');
  });
});
