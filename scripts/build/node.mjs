#!/usr/bin/env node
// The programs that run on plain Node, built by esbuild so that they start fast and need nothing
// from devDependencies (no tsx) at run time: `npm run build` runs this after electron-vite.
//
//   out/cli/karya.mjs (+ chunks)   the command line; scripts/karya.mjs (bin.karya) runs it
//   out/cli/migrations/            the engine's SQL migrations, which the launcher passes in
//   out/office/server.mjs          the office server; scripts/office.mjs (`npm run office`) runs it
//   out/office/checkUploadWorker.mjs
//                                  the upload check's worker thread; checkUpload.ts asks for
//                                  ./checkUploadWorker.mjs beside itself, which is this file once
//                                  the office server (bundled into out/office) calls it
//   out/office/migrations/, initEmbedded.mjs
//                                  the office database's migrations and its PGlite creator
//   out/web/web.mjs, migrations/   browser mode; scripts/web.mjs (`npm run web`, the e2e tests) runs it
//
// The launchers (scripts/launch.mjs) pass each program the folders it reads: the migrations beside
// it, the built pages, the package's resources/.
//
// Each program gets its own folder and its chunks stay flat in it, so whichever chunk a module
// lands in, `new URL('./x', import.meta.url)` names the same folder. ESM with code splitting: the
// entry imports nothing heavy and loads each command's code when it knows the command
// (electron/cli/karya.ts), so `karya --help` does not parse the contract, the engine or zod.
// Flags: --out DIR (default $KARYA_OUT_DIR or out/).
import { cpSync, existsSync, lstatSync, mkdirSync, rmSync, symlinkSync } from 'node:fs';
import { isAbsolute, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/**
 * Packages left out of the bundles and loaded from node_modules at run time: native addons
 * (better-sqlite3, serialport), packages that read data files from their own folders (pdfkit,
 * fontkit, PGlite's wasm and data), and pg, which optionally requires pg-native.
 */
export const EXTERNAL = ['better-sqlite3', 'serialport', 'pdfkit', 'fontkit', 'pg', '@electric-sql/pglite'];

/** What each program folder is built from, and the files copied beside it. */
export const PROGRAMS = {
  cli: {
    entries: { karya: 'electron/cli/karya.ts' },
    copy: { migrations: 'electron/core/db/migrations' },
  },
  office: {
    entries: {
      server: 'office/server/main.ts',
      checkUploadWorker: 'electron/office/uploadWorker.ts',
    },
    // office/db finds these beside itself (new URL('./migrations' | './initEmbedded.mjs',
    // import.meta.url)); in the bundle, beside whichever chunk holds it, that is out/office/.
    // initEmbedded.mjs is plain JavaScript run as a child process: copied, not bundled.
    copy: { migrations: 'office/db/migrations', 'initEmbedded.mjs': 'office/db/initEmbedded.mjs' },
  },
  web: {
    entries: { web: 'electron/web/browserMode.ts' },
    copy: { migrations: 'electron/core/db/migrations' },
  },
};

// Bundled CommonJS packages call `require` for Node's built-ins; inside an ESM file there is none.
const BANNER =
  "import { createRequire as __karyaRequire } from 'node:module'; const require = __karyaRequire(import.meta.url);";

/**
 * Builds every program into `outDir` (its cli/ and office/ folders are replaced). Returns esbuild's
 * metafile per program, which says what each output file imports.
 * @param {{ outDir?: string, programs?: (keyof typeof PROGRAMS)[] }} [options]
 */
export async function buildNode({ outDir = join(ROOT, 'out'), programs = Object.keys(PROGRAMS) } = {}) {
  const metafiles = {};
  for (const name of programs) {
    const program = PROGRAMS[name];
    const dir = join(outDir, name);
    rmSync(dir, { recursive: true, force: true });
    const result = await build({
      absWorkingDir: ROOT,
      entryPoints: Object.fromEntries(
        Object.entries(program.entries).map(([out, src]) => [out, join(ROOT, src)]),
      ),
      outdir: dir,
      bundle: true,
      splitting: true,
      format: 'esm',
      platform: 'node',
      target: 'node20',
      outExtension: { '.js': '.mjs' },
      external: EXTERNAL,
      banner: { js: BANNER },
      // Whitespace and syntax only: names stay readable in a stack trace.
      minifyWhitespace: true,
      minifySyntax: true,
      legalComments: 'none',
      metafile: true,
      logLevel: 'warning',
    });
    for (const [to, from] of Object.entries(program.copy))
      cpSync(join(ROOT, from), join(dir, to), { recursive: true });
    metafiles[name] = result.metafile;
  }
  linkNodeModules(outDir);
  return metafiles;
}

/**
 * The bundles import their externals by bare name, which Node looks up in node_modules folders
 * above the bundle. A build outside the checkout (KARYA_OUT_DIR=/tmp/...) has none above it, so it
 * gets a link to this checkout's node_modules. Inside the checkout (out/) nothing is needed.
 */
function linkNodeModules(outDir) {
  const from = relative(ROOT, outDir);
  if (from !== '' && !from.startsWith('..') && !isAbsolute(from)) return;
  const link = join(outDir, 'node_modules');
  if (existsSync(link) || isLink(link)) return;
  mkdirSync(outDir, { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), link, 'junction');
}

function isLink(path) {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const at = process.argv.indexOf('--out');
  const outDir = at >= 0 ? process.argv[at + 1] : (process.env.KARYA_OUT_DIR ?? join(ROOT, 'out'));
  const started = performance.now();
  await buildNode({ outDir });
  console.error(
    `Node programs built in ${outDir} (cli/, office/, web/) in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
}
