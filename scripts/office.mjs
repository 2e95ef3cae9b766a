#!/usr/bin/env node
// `npm run office`: runs the built office server, out/office/server.mjs, which `npm run build`
// makes (scripts/build/node.mjs); without it, the sources where tsx is installed (scripts/launch.mjs
// says how and when). Flags: office/server/args.ts (`npm run office -- --help`).
import { join } from 'node:path';
import { loadProgram, outDir, ROOT } from './launch.mjs';

const out = outDir();
const program = await loadProgram({
  built: join(out, 'office', 'server.mjs'),
  source: 'office/server/main.ts',
  name: 'server kantor',
});
if (!program) {
  process.exitCode = 1;
} else {
  process.exitCode = await program.module.officeMain(process.argv.slice(2), {
    // The page is built by scripts/build/office.vite.config.ts; the migrations are copied beside
    // the bundle, or read from the sources.
    webDir: join(out, 'office-web'),
    migrationsDir: program.built
      ? join(out, 'office', 'migrations')
      : join(ROOT, 'office', 'db', 'migrations'),
    resourcesDir: join(ROOT, 'resources'),
  });
}
