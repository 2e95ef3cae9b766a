// The Node programs as `npm run build` makes them (scripts/build/node.mjs): the command line's entry
// loads nothing heavy before it knows the command, `batch` loads the batch tools without the engine,
// scripts/karya.mjs runs the bundle (or says it is missing), the upload check's worker runs from
// its bundle without tsx, the office server's bundle holds no till engine, and browser mode runs
// from its bundle through scripts/web.mjs. Start-up time is measured by `npm run bench -- --only=cli`
// and docs/performance.md, not here.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Metafile } from 'esbuild';
import { zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sellAndCloseDays } from '../../tests/support/closedDays';
import { engineIn } from '../../tests/support/engine';
import { tempDirPerTest } from '../../tests/support/tempDir';
import { buildNode } from './node.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const LAUNCHER = join(ROOT, 'scripts', 'karya.mjs');
const tempDir = tempDirPerTest();
let outDir = '';
let meta: { cli: Metafile; office: Metafile; web: Metafile };

beforeAll(async () => {
  outDir = mkdtempSync(join(tmpdir(), 'karya-build-'));
  const built = await buildNode({ outDir });
  if (!built.cli || !built.office || !built.web) throw new Error('buildNode left a program out');
  meta = { cli: built.cli, office: built.office, web: built.web };
}, 60_000);

afterAll(() => rmSync(outDir, { recursive: true, force: true }));

/** The source files a built file runs before its own code: itself and its static imports, all the way down. */
function loadedWith(metafile: Metafile, output: string): Set<string> {
  const inputs = new Set<string>();
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const out = metafile.outputs[file];
    if (!out) return;
    for (const input of Object.keys(out.inputs)) inputs.add(input);
    for (const imported of out.imports) {
      if (imported.external) inputs.add(imported.path);
      else if (imported.kind === 'import-statement') visit(imported.path);
    }
  };
  visit(output);
  return inputs;
}

/** Every source file a built file may ever run: its static and dynamic imports, all the way down. */
function reachableFrom(metafile: Metafile, output: string): Set<string> {
  const inputs = new Set<string>();
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const out = metafile.outputs[file];
    if (!out) return;
    for (const input of Object.keys(out.inputs)) inputs.add(input);
    for (const imported of out.imports) {
      if (imported.external) inputs.add(imported.path);
      else visit(imported.path);
    }
  };
  visit(output);
  return inputs;
}

/** The metafile's name of the output ending in `tail` (e.g. '/office/server.mjs'). */
function outputNamed(metafile: Metafile, tail: string): string {
  const found = Object.keys(metafile.outputs).find((file) => file.endsWith(tail));
  if (!found) throw new Error(`no ${tail} in the metafile`);
  return found;
}

/**
 * Starts a launcher (scripts/office.mjs, scripts/web.mjs) and resolves with the address it prints
 * after `siap di`; rejects with what it printed if it exits first.
 */
function startLauncher(launcher: string, args: string[], env: NodeJS.ProcessEnv) {
  const child = spawn(process.execPath, [launcher, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const ready = new Promise<{ child: ChildProcess; url: string; output: () => string }>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /siap di (http:\/\/127\.0\.0\.1:\d+\/\S*)/.exec(output);
      if (match?.[1]) resolve({ child, url: match[1], output: () => output });
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code) => reject(new Error(`${launcher} exited (${code}):\n${output}`)));
  });
  return ready;
}

async function stop(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null) return child.exitCode;
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  return exited;
}

/** The output file that holds `source` (an entry's own code or a dynamically imported module). */
function outputOf(metafile: Metafile, source: string): string {
  const found = Object.entries(metafile.outputs).find(([, out]) => Object.keys(out.inputs).includes(source));
  if (!found) throw new Error(`no output holds ${source}`);
  return found[0];
}

function karya(args: string[], env: NodeJS.ProcessEnv, launcher = LAUNCHER) {
  const run = spawnSync(process.execPath, [launcher, ...args], { encoding: 'utf8', env, timeout: 60_000 });
  return { code: run.status, out: run.stdout, err: run.stderr };
}

function envWith(vars: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, ...vars };
  if (!('KARYA_FROM_SOURCE' in vars)) delete env.KARYA_FROM_SOURCE;
  return env;
}

describe('the built command line', () => {
  it('writes out/cli/karya.mjs with its chunks and the migrations beside it', () => {
    const files = readdirSync(join(outDir, 'cli'));
    expect(files).toContain('karya.mjs');
    expect(files.filter((f) => f.endsWith('.mjs')).length).toBeGreaterThan(2);
    const migrations = readdirSync(join(ROOT, 'electron/core/db/migrations'));
    expect(readdirSync(join(outDir, 'cli', 'migrations'))).toEqual(migrations);
  });

  it('loads nothing heavy before it knows the command; `batch` loads the batch tools, not the engine', () => {
    const cli = meta.cli;
    const entry = Object.keys(cli.outputs).find((file) => file.endsWith('/cli/karya.mjs'));
    if (!entry) throw new Error('no karya.mjs in the metafile');
    const atStart = [...loadedWith(cli, entry)];
    expect(atStart.filter((f) => !f.startsWith('node:'))).toEqual(
      expect.arrayContaining(['electron/cli/karya.ts', 'electron/core/paths.ts']),
    );
    const heavy =
      /node_modules\/|shared\/contract|shared\/messages|electron\/core\/engine|electron\/office|better-sqlite3/;
    expect(atStart.filter((f) => heavy.test(f))).toEqual([]);

    const batch = [...loadedWith(cli, outputOf(cli, 'electron/office/batchCli.ts'))];
    expect(batch).toContain('electron/office/verifyBatches.ts');
    const notForBatch =
      /electron\/core\/engine|electron\/core\/printing|better-sqlite3|pdfkit|fontkit|@e965\/xlsx/;
    expect(batch.filter((f) => notForBatch.test(f))).toEqual([]);
  });

  it('is what scripts/karya.mjs runs: --help from the bundle, with nothing said about tsx', () => {
    const help = karya(['--help'], envWith({ KARYA_OUT_DIR: outDir }));
    expect(help.code).toBe(2);
    expect(help.err).toMatch(/^Pemakaian:\n {2}karya \[--db BERKAS\] commands/);
    expect(help.err).not.toMatch(/tsx|Catatan/);
  });

  it('without the bundle: runs the sources with tsx where it is installed, and says so', () => {
    const missing = join(tempDir(), 'out');
    const help = karya(['--help'], envWith({ KARYA_OUT_DIR: missing }));
    expect(help.code).toBe(2);
    expect(help.err).toContain(
      `Catatan: ${join(missing, 'cli', 'karya.mjs')} tidak ada, jadi karya dijalankan dari sumber TypeScript dengan tsx (lambat). Jalankan \`npm run build\` untuk versi yang dibangun.\n`,
    );
    expect(help.err).toContain('Pemakaian:');
  });

  it('without the bundle and without tsx: says to run `npm run build` and stops', () => {
    // A copy of the launcher in a folder with no node_modules above it: tsx cannot be found.
    const dir = tempDir();
    mkdirSync(join(dir, 'scripts'));
    for (const file of ['karya.mjs', 'launch.mjs'])
      copyFileSync(join(ROOT, 'scripts', file), join(dir, 'scripts', file));
    const run = karya(
      ['--help'],
      envWith({ KARYA_OUT_DIR: join(dir, 'out') }),
      join(dir, 'scripts', 'karya.mjs'),
    );
    expect(run.code).toBe(1);
    expect(run.err).toBe(
      `Karya belum dibangun: ${join(dir, 'out', 'cli', 'karya.mjs')} tidak ada. Jalankan \`npm run build\` di folder Karya POS, lalu ulangi.\n`,
    );
  });

  it('KARYA_FROM_SOURCE=1 runs the sources although the bundle is there', () => {
    // A bundle that fails loudly, to see it is not the one that ran.
    const fake = join(tempDir(), 'out');
    mkdirSync(join(fake, 'cli'), { recursive: true });
    writeFileSync(join(fake, 'cli', 'karya.mjs'), 'throw new Error("the bundle ran");\n');
    expect(karya(['--help'], envWith({ KARYA_OUT_DIR: fake })).err).toContain('the bundle ran');
    const source = karya(['--help'], envWith({ KARYA_OUT_DIR: fake, KARYA_FROM_SOURCE: '1' }));
    expect([source.code, source.err.startsWith('Pemakaian:')]).toEqual([2, true]);
  });
});

describe('the built upload check worker', () => {
  function inWorker(job: { zipPath: string; work: string; maxBytes: number }) {
    return new Promise<{ ok: boolean; check?: { kind: string; report?: { ok: boolean } } }>(
      (resolve, reject) => {
        const worker = new Worker(join(outDir, 'office', 'checkUploadWorker.mjs'), { workerData: job });
        worker.once('message', resolve);
        worker.once('error', reject);
      },
    );
  }

  it('has the office database migrations and its PGlite creator beside it, where office/db looks', () => {
    const office = join(outDir, 'office');
    expect(readdirSync(join(office, 'migrations'))).toEqual(readdirSync(join(ROOT, 'office/db/migrations')));
    expect(readFileSync(join(office, 'initEmbedded.mjs'), 'utf8')).toBe(
      readFileSync(join(ROOT, 'office/db/initEmbedded.mjs'), 'utf8'),
    );
  });

  it('needs no tsx: imports only Node built-ins and bundled code', () => {
    const worker = Object.keys(meta.office.outputs).find((f) => f.endsWith('/office/checkUploadWorker.mjs'));
    if (!worker) throw new Error('no checkUploadWorker.mjs in the metafile');
    const loaded = [...loadedWith(meta.office, worker)];
    expect(loaded).toContain('electron/office/checkUpload.ts');
    expect(loaded.filter((f) => /tsx|\.mjs$/.test(f) && !f.startsWith('node:'))).toEqual([]);
  });

  it('checks an exported batch, zipped as a till uploads it, and tells a non-zip apart', async () => {
    const dir = tempDir();
    const t = engineIn(dir);
    await sellAndCloseDays(t, { days: 1, salesPerDay: 2 });
    const usb = join(dir, 'usb');
    mkdirSync(usb);
    const { batch } = await t.ok('batches.export', { dir: usb });
    t.engine.close();
    const name = relative(usb, batch.folder);
    const files = Object.fromEntries(
      readdirSync(batch.folder).map((file) => [`${name}/${file}`, readFileSync(join(batch.folder, file))]),
    );
    const zipPath = join(dir, 'upload.zip');
    writeFileSync(zipPath, zipSync(files));
    const checked = await inWorker({ zipPath, work: join(dir, 'work'), maxBytes: 50 * 2 ** 20 });
    expect(checked).toMatchObject({ ok: true, check: { kind: 'checked', report: { ok: true } } });

    const notZip = join(dir, 'not.zip');
    writeFileSync(notZip, 'bukan zip');
    const refused = await inWorker({ zipPath: notZip, work: join(dir, 'work2'), maxBytes: 50 * 2 ** 20 });
    expect(refused).toMatchObject({ ok: true, check: { kind: 'notABatch' } });
  });
});

describe('the built office server', () => {
  const OFFICE = join(ROOT, 'scripts', 'office.mjs');

  it('is out/office/server.mjs, and holds neither Electron, better-sqlite3 nor the till engine', () => {
    const server = outputNamed(meta.office, '/office/server.mjs');
    const loaded = [...reachableFrom(meta.office, server)];
    expect(loaded).toEqual(expect.arrayContaining(['office/server/main.ts', 'office/server/http.ts', 'pg']));
    const tillOnly =
      /^electron$|^electron\/main|better-sqlite3|serialport|electron\/core\/(engine|db|sales|printing)\/?|tsx/;
    expect(loaded.filter((f) => tillOnly.test(f))).toEqual([]);
  });

  it('is what scripts/office.mjs runs: --help from the bundle, with nothing said about tsx', () => {
    const run = spawnSync(process.execPath, [OFFICE, '--help'], {
      encoding: 'utf8',
      env: envWith({ KARYA_OUT_DIR: outDir }),
      timeout: 60_000,
    });
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^npm run office -- \[pilihan\]/);
    expect(run.stderr).toBe('');
    const bad = spawnSync(process.execPath, [OFFICE, '--port', 'x'], {
      encoding: 'utf8',
      env: envWith({ KARYA_OUT_DIR: outDir }),
      timeout: 60_000,
    });
    expect([bad.status, bad.stderr.split('\n')[0]]).toEqual([2, '--port harus 0 sampai 65535.']);
  });

  it('without the bundle: runs the sources with tsx where it is installed, and says so', () => {
    const missing = join(tempDir(), 'out');
    const run = spawnSync(process.execPath, [OFFICE, '--help'], {
      encoding: 'utf8',
      env: envWith({ KARYA_OUT_DIR: missing }),
      timeout: 60_000,
    });
    expect(run.status).toBe(0);
    expect(run.stderr).toContain(
      `Catatan: ${join(missing, 'office', 'server.mjs')} tidak ada, jadi server kantor dijalankan dari sumber TypeScript dengan tsx (lambat).`,
    );
    expect(run.stdout).toMatch(/^npm run office/);
  });
});

describe('the built browser mode', () => {
  const WEB = join(ROOT, 'scripts', 'web.mjs');

  it('is out/web/web.mjs with the migrations beside it, and holds neither Electron, the office nor tsx', () => {
    expect(readdirSync(join(outDir, 'web', 'migrations'))).toEqual(
      readdirSync(join(ROOT, 'electron/core/db/migrations')),
    );
    const loaded = [...reachableFrom(meta.web, outputNamed(meta.web, '/web/web.mjs'))];
    expect(loaded).toEqual(
      expect.arrayContaining(['electron/web/browserMode.ts', 'electron/core/engine.ts', 'better-sqlite3']),
    );
    const notForTheTill = /^electron$|^electron\/main|^office\/|^pg$|pglite|tsx/;
    expect(loaded.filter((f) => notForTheTill.test(f))).toEqual([]);
  });

  it('scripts/web.mjs --no-build runs the bundle: a new database, the page and a command through the door', async () => {
    // A stand-in page: the test builds the Node programs only, not the renderer.
    const out = join(tempDir(), 'out');
    mkdirSync(join(out, 'renderer'), { recursive: true });
    writeFileSync(join(out, 'renderer', 'index.html'), '<!doctype html><title>till</title>');
    for (const dir of ['web', 'node_modules']) symlinkSync(join(outDir, dir), join(out, dir));
    const db = join(tempDir(), 'karya.db');
    const { child, url, output } = await startLauncher(
      WEB,
      ['--no-build', '--no-open', '--db', db],
      envWith({ KARYA_OUT_DIR: out }),
    );
    try {
      expect(output()).not.toMatch(/tsx|Catatan/);
      const page = await fetch(url);
      expect([page.status, await page.text()]).toEqual([200, '<!doctype html><title>till</title>']);
      const token = new URL(url).searchParams.get('token') ?? '';
      const info = await fetch(new URL('/api/call', url), {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-karya-token': token },
        body: JSON.stringify({ name: 'app.info', input: {} }),
      });
      // The demo catalogue came from resources/, the schema from the migrations beside the bundle.
      const answer = (await info.json()) as { ok: boolean; data?: { productCount: number } };
      expect(answer.ok).toBe(true);
      expect(answer.data?.productCount).toBeGreaterThan(0);
    } finally {
      expect(await stop(child)).toBe(0);
    }
  }, 60_000);
});
