#!/usr/bin/env node
// `npm run test:omit-dev`: the built command line and office server work where only
// `dependencies` are installed, as on the office's computer. Copies what a release folder holds
// (package.json, package-lock.json, the built out/cli, out/office and out/office-web, resources/,
// the launchers scripts/karya.mjs, office.mjs and launch.mjs) to a temp folder, runs
// `npm ci --omit=dev` there, and checks that no devDependency came in (tsx, esbuild, electron),
// then runs `karya --help`, sells and closes a day on a new database through the command line,
// exports its batch, and runs `karya batch verify` and `karya batch merge` on it. Last it starts
// the office server (`npm run office`) on a new embedded database (PGlite), fetches its page and
// asks `auth.status` through POST /api/call, and stops it.
//
// Time: `npm ci` runs with --ignore-scripts and --prefer-offline (npm's cache). The one install
// script that matters is better-sqlite3's, which compiles SQLite (about 70 s on two cores); instead
// its compiled better_sqlite3.node is copied from this checkout's node_modules, after checking it
// is the same better-sqlite3 version built for this Node's ABI. serialport's addon ships prebuilt.
// Uses the build in out/ (or KARYA_OUT_DIR): run `npm run build` first.
import { spawn, spawnSync } from 'node:child_process';
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
for (const file of ['cli/karya.mjs', 'office/server.mjs', 'office-web/index.html']) {
  if (!existsSync(join(built, file))) fail(`no ${file} in ${built}: run \`npm run build\` first.`);
}

const work = mkdtempSync(join(tmpdir(), 'karya-omit-dev-'));
try {
  const app = join(work, 'app');
  const copied = ['package.json', 'package-lock.json', 'resources'].concat(
    ['karya.mjs', 'office.mjs', 'launch.mjs'].map((file) => `scripts/${file}`),
  );
  for (const file of copied) cpSync(join(ROOT, file), join(app, file), { recursive: true });
  for (const program of ['cli', 'office', 'office-web'])
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

  /** The environment of the installed copy's programs: none of this checkout's settings for them. */
  const env = { ...process.env };
  for (const name of [
    'KARYA_OUT_DIR',
    'KARYA_FROM_SOURCE',
    'KARYA_DB',
    'KARYA_OFFICE_DATABASE',
    'KARYA_OFFICE_DATA',
  ])
    delete env[name];
  /** `node scripts/karya.mjs ...` in the installed copy. */
  const karya = (args) =>
    spawnSync(process.execPath, [join(app, 'scripts', 'karya.mjs'), ...args], {
      cwd: work,
      encoding: 'utf8',
      env,
    });
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

  const officeStarted = performance.now();
  await checkOffice(join(app, 'scripts', 'office.mjs'), join(work, 'office'), env);
  const officeSeconds = seconds(officeStarted);

  console.log(
    `Omit-dev check passed: npm ci --omit=dev (no tsx, esbuild or electron) in ${installSeconds} s; ` +
      `karya --help, a sale, Z report and batch export, batch verify (SEMUA SAH) and batch merge ran ` +
      `from the built command line; the office server started on a new embedded database, served ` +
      `its page and answered auth.status in ${officeSeconds} s; ${seconds(started)} s in all.`,
  );
} finally {
  rmSync(work, { recursive: true, force: true });
}

/**
 * `npm run office -- --no-open --port 0 --data DIR` in the installed copy: waits for the address it
 * prints (a new embedded database is created first), fetches the page and asks auth.status (a new
 * office has no user yet), then stops it with SIGTERM and expects a clean exit.
 */
async function checkOffice(launcher, dataDir, env) {
  const child = spawn(process.execPath, [launcher, '--no-open', '--port', '0', '--data', dataDir], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve(code ?? signal)));
  try {
    const url = await new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('no address after 180 s')), 180_000);
      const onData = (chunk) => {
        output += chunk.toString();
        const match = /siap di (http:\/\/127\.0\.0\.1:\d+\/)/.exec(output);
        if (match) {
          clearTimeout(timer);
          resolve(match[1]);
        }
      };
      child.stdout.on('data', onData);
      child.stderr.on('data', onData);
      exited.then((code) => {
        clearTimeout(timer);
        reject(new Error(`exited (${code})`));
      });
    }).catch((error) => fail(`the office server did not start: ${error.message}\n${output}`));
    if (/tsx|Catatan/.test(output)) fail(`the office server did not run from its build:\n${output}`);
    const page = await fetch(url);
    const html = await page.text();
    if (page.status !== 200 || !html.includes('<script'))
      fail(`GET ${url} answered ${page.status}:\n${html}`);
    const call = await fetch(new URL('/api/call', url), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ command: 'auth.status', input: {} }),
    });
    const status = await call.json();
    if (status?.ok !== true || status.data?.needsFirstAdmin !== true || status.data.user !== null)
      fail(`auth.status answered ${call.status}: ${JSON.stringify(status)}`);
  } finally {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
  }
  const code = await exited;
  if (code !== 0) fail(`the office server exited ${code} after SIGTERM:\n${output}`);
}
