// The XLSX fixtures made by real programs (openpyxl, LibreOffice) and by hand for the .NET and
// Excel idioms: generated once by tests/fixtures/xlsx-sources/make_all.sh (without the 10,000-row
// speed files) into a cache folder named after the generators' contents, so a run reuses them until
// a generator changes. LibreOffice takes ~20-30 s; test files that ask at the same time wait for
// the one generating. Needs Debian's python3-openpyxl and libreoffice-calc-nogui (CI installs them).

import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const SOURCES = fileURLToPath(new URL('../fixtures/xlsx-sources/', import.meta.url));
const WAIT_MS = 240_000;

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

function sourcesHash(): string {
  const hash = createHash('sha256');
  for (const name of readdirSync(SOURCES).sort()) {
    hash.update(name);
    hash.update(readFileSync(join(SOURCES, name)));
  }
  return hash.digest('hex').slice(0, 16);
}

/** The folder holding every fixture; generates it on first use. */
export function xlsxFixturesDir(): string {
  const dir = join(process.env.KARYA_XLSX_FIXTURES_CACHE ?? tmpdir(), `karya-xlsx-fixtures-${sourcesHash()}`);
  const lock = `${dir}.lock`;
  const started = Date.now();
  while (!existsSync(dir)) {
    try {
      mkdirSync(lock);
    } catch {
      // Someone else is generating: wait for them, or take over a lock left by a killed run.
      const lockedFor = Date.now() - (statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
      if (lockedFor > WAIT_MS) rmSync(lock, { force: true, recursive: true });
      if (Date.now() - started > WAIT_MS)
        throw new Error(`xlsx fixtures: still locked after ${WAIT_MS} ms (${lock})`);
      sleep(250);
      continue;
    }
    try {
      const work = `${dir}.tmp-${process.pid}`;
      rmSync(work, { force: true, recursive: true });
      try {
        execFileSync('sh', [join(SOURCES, 'make_all.sh'), work], {
          env: { ...process.env, XLSX_FIXTURES_SMALL: '1' },
          stdio: ['ignore', 'ignore', 'pipe'],
          timeout: WAIT_MS,
        });
      } catch (error) {
        const stderr = String((error as { stderr?: Buffer }).stderr ?? '').trim();
        throw new Error(
          `xlsx fixtures could not be made (needs Debian python3-openpyxl and libreoffice-calc-nogui): ${stderr || error}`,
        );
      }
      renameSync(work, dir);
    } finally {
      rmSync(lock, { force: true, recursive: true });
    }
  }
  return dir;
}

export function xlsxFixture(name: string): Uint8Array {
  return readFileSync(join(xlsxFixturesDir(), name));
}
