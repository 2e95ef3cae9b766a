// `npm run office`: the office server. A plain entry (no tsx-only tricks): it finds the project's
// root by walking up to Karya's package.json, from source (office/server/) and from a bundle alike,
// and takes every file from there. KARYA_OUT_DIR points at another build of the page.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ArgsError, parseOfficeArgs, USAGE } from './args';
import { runOffice } from './run';

function findRoot(from: string): string {
  let dir = from;
  for (;;) {
    const manifest = join(dir, 'package.json');
    if (
      existsSync(manifest) &&
      (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'karya-pos'
    ) {
      return dir;
    }
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`package.json of karya-pos not found above ${from}`);
    dir = parent;
  }
}

let args: ReturnType<typeof parseOfficeArgs>;
try {
  args = parseOfficeArgs(process.argv.slice(2));
} catch (error) {
  if (!(error instanceof ArgsError)) throw error;
  console.error(`${error.message}\n\n${USAGE}`);
  process.exit(2);
}
if (args.help) {
  console.log(USAGE);
} else {
  const root = findRoot(dirname(fileURLToPath(import.meta.url)));
  const out = process.env.KARYA_OUT_DIR ?? join(root, 'out');
  process.exitCode = await runOffice(args, {
    webDir: join(out, 'office-web'),
    migrationsDir: join(root, 'office', 'db', 'migrations'),
  });
}
