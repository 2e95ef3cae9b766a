// A process that ingests one folder and stops in the middle of its transaction, after the first
// page of sales, saying so on stdout: the test kills it there (SIGKILL) and looks at what is left.
import { openDb } from '../../../db/connect';
import { ingestFolder } from '../store';

const { options, folder } = JSON.parse(process.argv[2] ?? '{}');
const db = await openDb(options);
await ingestFolder(db, {
  folder,
  source: 'folder',
  pageSize: 2,
  onPage: async () => {
    process.stdout.write('inside\n');
    await new Promise((done) => setTimeout(done, 120_000));
  },
});
process.stdout.write('finished\n');
