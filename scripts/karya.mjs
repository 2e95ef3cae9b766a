#!/usr/bin/env node
// `karya ...` (bin.karya, `npx karya`): runs the built command line, out/cli/karya.mjs, which
// `npm run build` makes (scripts/build/node.mjs). It needs no devDependency, so it works in a copy
// installed with `npm ci --omit=dev`. Without the build it says so; where tsx is installed (a
// developer's checkout) it then runs the TypeScript sources instead, slowly, and says that too.
// KARYA_OUT_DIR picks another build folder; KARYA_FROM_SOURCE=1 runs the sources on purpose.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));
const built = resolve(process.env.KARYA_OUT_DIR ?? join(root, 'out'), 'cli', 'karya.mjs');
const argv = process.argv.slice(2);
const fromSource = process.env.KARYA_FROM_SOURCE === '1';

if (!fromSource && existsSync(built)) {
  const { runCli } = await import(pathToFileURL(built).href);
  // The bundle finds nothing relative to itself: the migrations were copied beside it, the demo
  // catalogue and the fonts are the package's resources/.
  process.exitCode = await runCli(argv, undefined, {
    resourcesDir: join(root, 'resources'),
    migrationsDir: join(dirname(built), 'migrations'),
  });
} else {
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
    process.exitCode = 1;
  } else {
    if (!fromSource) {
      process.stderr.write(
        `Catatan: ${built} tidak ada, jadi karya dijalankan dari sumber TypeScript dengan tsx (lambat). ` +
          'Jalankan `npm run build` untuk versi yang dibangun.\n',
      );
    }
    register();
    const { runCli } = await import('../electron/cli/karya.ts');
    process.exitCode = await runCli(argv);
  }
}
