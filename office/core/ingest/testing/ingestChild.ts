// A process that ingests one folder and stops in the middle of its transaction, after the first
// page of sales, saying so on stdout: the test kills it there (SIGKILL) and looks at what is left.
// The archive copy runs beside the rows; with `archived` the child says so only once that folder's
// copy stands (renamed into place), so the kill lands between the copy and the commit.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { openDb } from '../../../db/connect';
import { ingestFolder } from '../store';

const { options, folder, archived } = JSON.parse(process.argv[2] ?? '{}');
const db = await openDb(options);
await ingestFolder(db, {
  folder,
  source: 'folder',
  pageSize: 2,
  onPage: async () => {
    while (archived && !existsSync(join(archived, 'manifest.json'))) {
      await new Promise((done) => setTimeout(done, 20));
    }
    process.stdout.write('inside\n');
    await new Promise((done) => setTimeout(done, 120_000));
  },
});
process.stdout.write('finished\n');
