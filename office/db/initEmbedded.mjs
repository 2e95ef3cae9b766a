// Creates a new embedded (PGlite) data folder, in a process of its own: PGlite's initdb peaks at
// about 800 MB resident, far above what the office server needs afterwards, so that peak must not
// be the server's (docs/research/office-app.md, section 1). It builds in `<dir>.creating` and
// renames it into place, so a killed creation leaves no half folder that would look ready.
// Usage: node initEmbedded.mjs DIR [postgresql.conf line]...
import { renameSync, rmSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';

const [dir, ...conf] = process.argv.slice(2);
if (!dir) {
  process.stderr.write('usage: initEmbedded.mjs DIR [CONF]...\n');
  process.exit(2);
}
const building = `${dir}.creating`;
rmSync(building, { recursive: true, force: true });
const lite = await PGlite.create(building, { postgresqlconf: conf });
await lite.query('select 1');
await lite.close();
renameSync(building, dir);
