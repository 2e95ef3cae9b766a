#!/usr/bin/env node
// `karya ...` (bin.karya, `npx karya`): runs the built command line, out/cli/karya.mjs, which
// `npm run build` makes (scripts/build/node.mjs); without it, the sources where tsx is installed
// (scripts/launch.mjs says how and when).
import { join } from 'node:path';
import { loadProgram, outDir, ROOT } from './launch.mjs';

const built = join(outDir(), 'cli', 'karya.mjs');
const program = await loadProgram({ built, source: 'electron/cli/karya.ts', name: 'karya' });
if (!program) {
  process.exitCode = 1;
} else {
  // The demo catalogue and the fonts are the package's resources/; the migrations were copied
  // beside the bundle (from the sources the engine finds its own).
  process.exitCode = await program.module.runCli(process.argv.slice(2), undefined, {
    resourcesDir: join(ROOT, 'resources'),
    ...(program.built ? { migrationsDir: join(built, '..', 'migrations') } : {}),
  });
}
