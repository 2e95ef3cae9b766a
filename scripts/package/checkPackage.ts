// `npm run test:package`: packages the built app the way a release does, minus what needs the
// internet (the Electron download: a stand-in executable takes its place; native modules are not
// rebuilt), then opens the result and checks it: main, preload, renderer and every migration inside
// app.asar, the demo catalogue and the fonts (with their licence) beside it, each native `.node` file unpacked, and no C sources or
// compiler leftovers of better-sqlite3, and the Electron fuses: set in electron-builder.yml and
// flipped in the packaged executable (the stand-in carries a fuse wire like Electron's, which
// electron-builder flips and @electron/fuses reads back). Uses the build in out/ (or KARYA_OUT_DIR).
import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { listPackage } from '@electron/asar';
import { getCurrentFuseWire } from '@electron/fuses';
import { load as loadYaml } from 'js-yaml';
import { FONT_FILES } from '../../electron/core/fonts/fonts';
import { defaultFuseWire, fuseConfigProblems, fuseWireProblems } from './fuses';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export interface PackageListing {
  /** `listPackage(..., { isPack: true })` lines: `pack   : /out/main/main.js`, `unpack : /node_modules/...`. */
  asar: string[];
  /** Paths (with `/`) of files under app.asar.unpacked. */
  unpacked: string[];
  /** Paths of files under resources/ beside app.asar. */
  beside: string[];
  /** Names of the migration files the app was built with. */
  migrations: string[];
}

const LEFTOVERS: [RegExp, string][] = [
  [/\/node_modules\/better-sqlite3\/(src|deps)\//, 'better-sqlite3 C/C++ sources'],
  [
    /\/node_modules\/better-sqlite3\/build\/Release\/(obj|obj\.target|\.deps)\//,
    'better-sqlite3 object files',
  ],
  [
    /\/node_modules\/better-sqlite3\/build\/(deps\/|Makefile|[^/]+\.mk$|config\.gypi)/,
    'better-sqlite3 build files',
  ],
  [/\/node_modules\/better-sqlite3\/build\/Release\/test_extension\.node$/, 'better-sqlite3 test extension'],
  [/\/node_modules\/better-sqlite3\/binding\.gyp$/, 'better-sqlite3 build recipe'],
  [/\.(c|cc|cpp|h|hpp|gyp|gypi|a|lib|pdb|obj|o)$/, 'native build leftovers'],
  [/\.map$/, 'source maps'],
  // The command line, the office's programs and page, and browser mode's bundle run on plain Node
  // beside the app, not in it.
  [/^\/out\/(cli|office|office-web|web|node_modules)\//, 'a Node program of out/ (not part of the app)'],
];

/** Everything wrong with a packaged app, one line each; empty when it is fit to ship. */
export function packageProblems(listing: PackageListing): string[] {
  const problems: string[] = [];
  const entries = listing.asar.map((line) => {
    const [mode = '', path = ''] = line.split(/\s*:\s*/, 2);
    return { unpack: mode.trim() === 'unpack', path: path.trim() };
  });
  const paths = new Set(entries.map((e) => e.path));
  for (const needed of [
    '/package.json',
    '/out/main/main.js',
    '/out/preload/preload.cjs',
    '/out/renderer/index.html',
  ]) {
    if (!paths.has(needed)) problems.push(`missing in app.asar: ${needed}`);
  }
  if (![...paths].some((p) => /^\/out\/renderer\/assets\/.+\.js$/.test(p)))
    problems.push('missing in app.asar: renderer script');
  for (const migration of listing.migrations) {
    if (!paths.has(`/out/main/migrations/${migration}`))
      problems.push(`missing in app.asar: migration ${migration}`);
  }
  // The fonts PDFs and receipt image lines are drawn with, and their licence.
  for (const file of [
    'resources/catalogue-demo.csv',
    ...Object.values(FONT_FILES).map((font) => `resources/fonts/${font}`),
    'resources/fonts/OFL.txt',
  ]) {
    if (!listing.beside.includes(file)) problems.push(`missing beside app.asar: ${file}`);
  }
  const sqlite = '/node_modules/better-sqlite3/build/Release/better_sqlite3.node';
  if (!paths.has(sqlite)) problems.push('missing: better_sqlite3.node');
  for (const entry of entries.filter((e) => e.path.endsWith('.node'))) {
    if (!entry.unpack) problems.push(`packed inside app.asar (cannot load): ${entry.path}`);
    else if (!listing.unpacked.includes(entry.path)) problems.push(`not in app.asar.unpacked: ${entry.path}`);
  }
  for (const path of [...paths, ...listing.unpacked]) {
    const leftover = LEFTOVERS.find(([pattern]) => pattern.test(path));
    if (leftover) problems.push(`shipped ${leftover[1]}: ${path}`);
  }
  return [...new Set(problems)];
}

function filesUnder(dir: string, prefix = ''): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? filesUnder(join(dir, entry.name), `${prefix}/${entry.name}`)
      : [`${prefix}/${entry.name}`],
  );
}

/**
 * A folder electron-builder accepts as an unpacked Electron: the executable and its version. The
 * executable carries a fuse wire with Electron's defaults in a comment line, for electron-builder
 * to flip.
 */
function standInElectron(dir: string, version: string): void {
  writeFileSync(
    join(dir, 'electron'),
    Buffer.concat([
      Buffer.from('#!/bin/sh\necho "stand-in for the Electron binary"\nexit 0\n# '),
      defaultFuseWire(),
      Buffer.from('\n'),
    ]),
  );
  chmodSync(join(dir, 'electron'), 0o755);
  writeFileSync(join(dir, 'version'), `v${version}`);
}

async function main(): Promise<number> {
  const built = process.env.KARYA_OUT_DIR ?? join(ROOT, 'out');
  if (!existsSync(join(built, 'main', 'main.js'))) {
    console.error(`No build in ${built}: run \`npm run build\` first.`);
    return 1;
  }
  const configProblems = fuseConfigProblems(
    (loadYaml(readFileSync(join(ROOT, 'electron-builder.yml'), 'utf8')) as { electronFuses?: unknown })
      ?.electronFuses,
  );
  if (configProblems.length > 0) {
    console.error(`Package check failed (electron-builder.yml):\n  ${configProblems.join('\n  ')}`);
    return 1;
  }
  const work = mkdtempSync(join(tmpdir(), 'karya-package-'));
  try {
    // A copy of the project with this build as out/, so parallel builds never meet.
    const stage = join(work, 'stage');
    for (const file of ['package.json', 'package-lock.json', 'electron-builder.yml', 'resources']) {
      cpSync(join(ROOT, file), join(stage, file), { recursive: true });
    }
    cpSync(built, join(stage, 'out'), { recursive: true });
    symlinkSync(join(ROOT, 'node_modules'), join(stage, 'node_modules'), 'dir');
    const electronDist = join(work, 'electron');
    mkdirSync(electronDist);
    const electron = JSON.parse(readFileSync(join(ROOT, 'node_modules/electron/package.json'), 'utf8'));
    standInElectron(electronDist, String(electron.version));
    const output = join(work, 'dist');
    const started = Date.now();
    const result = spawnSync(
      process.execPath,
      [
        join(ROOT, 'node_modules/electron-builder/cli.js'),
        '--linux',
        'dir',
        `-c.electronDist=${electronDist}`,
        '-c.npmRebuild=false',
        `-c.directories.output=${output}`,
      ],
      { cwd: stage, encoding: 'utf8' },
    );
    if (result.status !== 0) {
      console.error(result.stdout, result.stderr);
      console.error('electron-builder --dir failed');
      return 1;
    }
    const app = join(output, 'linux-unpacked');
    const problems = packageProblems({
      asar: listPackage(join(app, 'resources', 'app.asar'), { isPack: true }),
      unpacked: filesUnder(join(app, 'resources', 'app.asar.unpacked')),
      beside: filesUnder(join(app, 'resources', 'resources')).map((p) => `resources${p}`),
      migrations: readdirSync(join(ROOT, 'electron/core/db/migrations')).filter((f) => f.endsWith('.sql')),
    });
    const executable = join(app, 'karya-pos');
    if (!existsSync(executable)) problems.push('missing the karya-pos executable');
    else problems.push(...fuseWireProblems(await getCurrentFuseWire(executable)));
    if (problems.length > 0) {
      console.error(`Package check failed (${app}):\n  ${problems.join('\n  ')}`);
      return 1;
    }
    console.log(
      `Package check passed (fuses read back from the executable): electron-builder --dir in ${Math.round((Date.now() - started) / 1000)} s.`,
    );
    return 0;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) process.exitCode = await main();
