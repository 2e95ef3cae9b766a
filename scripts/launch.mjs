// How the launchers (scripts/karya.mjs, office.mjs, web.mjs, start.mjs) start a Node program:
// the one `npm run build` made (scripts/build/node.mjs) when it is there, which needs no
// devDependency and so works after `npm ci --omit=dev`. Without the build they say so; where tsx is
// installed (a developer's checkout) they then run the TypeScript sources instead, slowly, and say
// that too. KARYA_OUT_DIR picks another build folder; KARYA_FROM_SOURCE=1 runs the sources on purpose.
//
// A bundle looks for nothing outside its own folder: the launcher passes the folders in (the
// migrations copied beside the bundle, the built page, the package's resources/).
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** The package's folder (this file is in scripts/). */
export const ROOT = fileURLToPath(new URL('../', import.meta.url));

/** The build folder: out/, or KARYA_OUT_DIR. */
export function outDir() {
  return resolve(process.env.KARYA_OUT_DIR ?? join(ROOT, 'out'));
}

/**
 * The built program's module (`built`, an absolute path), or the sources' (`source`, relative to
 * the package) through tsx, or null after saying to build. `name` is the program in the note.
 * @returns {Promise<{ module: any, built: boolean } | null>}
 */
export async function loadProgram({ built, source, name }) {
  const fromSource = process.env.KARYA_FROM_SOURCE === '1';
  if (!fromSource && existsSync(built)) {
    return { module: await import(pathToFileURL(built).href), built: true };
  }
  let register = null;
  try {
    ({ register } = await import('tsx/esm/api'));
  } catch {
    // tsx is a devDependency: absent after `npm ci --omit=dev`.
  }
  if (!register) {
    process.stderr.write(
      `Karya belum dibangun: ${built} tidak ada. Jalankan \`npm run build\` di folder Karya POS, lalu ulangi.\n`,
    );
    return null;
  }
  if (!fromSource) {
    process.stderr.write(
      `Catatan: ${built} tidak ada, jadi ${name} dijalankan dari sumber TypeScript dengan tsx (lambat). ` +
        'Jalankan `npm run build` untuk versi yang dibangun.\n',
    );
  }
  register();
  return { module: await import(pathToFileURL(join(ROOT, source)).href), built: false };
}

/**
 * Browser mode (`npm run web`, and `npm start` without Electron): out/web/web.mjs, with the built
 * till page, the migrations copied beside the bundle and resources/. Returns the exit code.
 */
export async function runBrowserMode(argv) {
  const out = outDir();
  const program = await loadProgram({
    built: join(out, 'web', 'web.mjs'),
    source: 'electron/web/browserMode.ts',
    name: 'mode peramban',
  });
  if (!program) return 1;
  const { parseBrowserModeArgs, runBrowserMode: run } = program.module;
  return run(parseBrowserModeArgs(argv), {
    staticDir: join(out, 'renderer'),
    resourcesDir: join(ROOT, 'resources'),
    // From the sources the engine finds its migrations beside them.
    ...(program.built ? { migrationsDir: join(out, 'web', 'migrations') } : {}),
  });
}
