#!/usr/bin/env node
// `npm run test:omit-dev`: the built command line works where only `dependencies` are installed,
// as on the office's computer. Copies what a release folder holds (package.json, package-lock.json,
// the built out/cli and out/office, resources/, scripts/karya.mjs) to a temp folder, runs
// `npm ci --omit=dev` there, and checks that no devDependency came in (tsx, esbuild, electron),
// then runs `karya --help`, sells and closes a day on a new database through the command line,
// exports its batch, and runs `karya batch verify` and `karya batch merge` on it.
//
// Time: `npm ci` runs with --ignore-scripts and --prefer-offline (npm's cache). The one install
// script that matters is better-sqlite3's, which compiles SQLite (about 70 s on two cores); instead
// its compiled better_sqlite3.node is copied from this checkout's node_modules, after checking it
// is the same better-sqlite3 version built for this Node's ABI. serialport's addon ships prebuilt.
// Uses the build in out/ (or KARYA_OUT_DIR): run `npm run build` first.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SQLITE_ADDON = 'better-sqlite3/build/Release/better_sqlite3.node';

function fail(message) {
  console.error(`Omit-dev check failed: ${message}`);
  process.exit(1);
}

const seconds = (since) => ((performance.now() - since) / 1000).toFixed(1);
const version = (dir, name) =>
  JSON.parse(readFileSync(join(dir, 'node_modules', name, 'package.json'), 'utf8')).version;

const started = performance.now();
const built = process.env.KARYA_OUT_DIR ?? join(ROOT, 'out');
if (!existsSync(join(built, 'cli', 'karya.mjs'))) fail(`no build in ${built}: run \`npm run build\` first.`);

const work = mkdtempSync(join(tmpdir(), 'karya-omit-dev-'));
try {
  const app = join(work, 'app');
  for (const file of ['package.json', 'package-lock.json', 'resources', 'scripts/karya.mjs']) {
    cpSync(join(ROOT, file), join(app, file), { recursive: true });
  }
  for (const program of ['cli', 'office'])
    cpSync(join(built, program), join(app, 'out', program), { recursive: true });

  const installStarted = performance.now();
  const install = spawnSync(
    'npm',
    ['ci', '--omit=dev', '--ignore-scripts', '--prefer-offline', '--no-audit', '--no-fund'],
    { cwd: app, encoding: 'utf8', env: { ...process.env, npm_config_loglevel: 'error' } },
  );
  if (install.status !== 0) fail(`npm ci --omit=dev:\n${install.stdout}${install.stderr}`);
  const installSeconds = seconds(installStarted);

  const modules = join(app, 'node_modules');
  const dev = ['tsx', 'esbuild', 'electron', 'vitest', 'typescript'].filter((name) =>
    existsSync(join(modules, name)),
  );
  if (dev.length > 0) fail(`devDependencies installed by --omit=dev: ${dev.join(', ')}`);

  // better-sqlite3's addon, compiled once in this checkout for this Node (see the top of the file).
  const ours = join(ROOT, 'node_modules', SQLITE_ADDON);
  if (!existsSync(ours)) fail(`no ${ours}: this checkout's better-sqlite3 is not built`);
  if (version(ROOT, 'better-sqlite3') !== version(app, 'better-sqlite3'))
    fail('better-sqlite3 in node_modules is not the version package-lock.json installs: run `npm ci`');
  mkdirSync(join(modules, 'better-sqlite3', 'build', 'Release'), { recursive: true });
  cpSync(ours, join(modules, SQLITE_ADDON));

  /** `node scripts/karya.mjs ...` in the installed copy, with none of this checkout's environment for it. */
  const karya = (args) => {
    const env = { ...process.env };
    delete env.KARYA_OUT_DIR;
    delete env.KARYA_FROM_SOURCE;
    delete env.KARYA_DB;
    return spawnSync(process.execPath, [join(app, 'scripts', 'karya.mjs'), ...args], {
      cwd: work,
      encoding: 'utf8',
      env,
    });
  };
  const ok = (args) => {
    const run = karya(args);
    if (run.status !== 0) fail(`karya ${args.join(' ')} exited ${run.status}:\n${run.stdout}${run.stderr}`);
    return run.stdout;
  };

  const help = karya(['--help']);
  if (help.status !== 2 || !help.stderr.startsWith('Pemakaian:'))
    fail(`karya --help exited ${help.status}:\n${help.stderr}`);

  // A day at a till through the command line: a sale, the Z report, the batch export.
  const db = ['--db', join(work, 'karya.db')];
  ok([
    ...db,
    'sales.commitCash',
    JSON.stringify({ lines: [{ productId: 1, qty: 2 }], cashTendered: 100_000 }),
  ]);
  ok([...db, 'reports.z', '{}']);
  const usb = join(work, 'usb');
  mkdirSync(usb);
  ok([...db, 'batches.export', JSON.stringify({ dir: usb })]);
  const [batch] = readdirSync(usb);
  if (!batch) fail('batches.export wrote no batch folder');

  const verify = ok(['batch', 'verify', join(usb, batch)]);
  if (!verify.includes('SEMUA SAH')) fail(`karya batch verify did not say SEMUA SAH:\n${verify}`);
  const merged = join(work, 'gabungan.xlsx');
  ok(['batch', 'merge', join(usb, batch), '--out', merged]);
  if (!existsSync(merged)) fail('karya batch merge wrote no workbook');

  console.log(
    `Omit-dev check passed: npm ci --omit=dev (no tsx, esbuild or electron) in ${installSeconds} s; ` +
      `karya --help, a sale, Z report and batch export, batch verify (SEMUA SAH) and batch merge ran ` +
      `from the built command line; ${seconds(started)} s in all.`,
  );
} finally {
  rmSync(work, { recursive: true, force: true });
}
