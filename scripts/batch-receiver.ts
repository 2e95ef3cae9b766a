// npm run batch-receiver [-- --dir FOLDER] [--port N] [--token TOKEN ...] [--database URL]
// Now the office server (`npm run office`, docs/office.md) under the reference receiver's old
// flags: the tills' uploads (POST /batches, GET /batches/<key>, GET /health: the same protocol)
// go into the office's database, and the office's page is served beside them. --dir is the
// office's data folder (its batch archive is <dir>/batches/<DEVICE>/), --port is 8787 unless given
// (or KARYA_RECEIVER_PORT), and tokens come from --token (repeatable) or KARYA_RECEIVER_TOKENS
// (comma-separated); without any, one is made up and printed, to be typed into the till's upload
// settings. Tokens made on the office's page (Terima batch) are taken too.
import { randomBytes } from 'node:crypto';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { EngineError } from '../electron/core/errors';
import { startOffice } from '../office/server/run';

function values(argv: readonly string[], name: string): string[] {
  const found: string[] = [];
  argv.forEach((arg, i) => {
    if (arg === `--${name}` && argv[i + 1] !== undefined) found.push(argv[i + 1] as string);
    else if (arg.startsWith(`--${name}=`)) found.push(arg.slice(name.length + 3));
  });
  return found;
}

const root = fileURLToPath(new URL('..', import.meta.url));
const argv = process.argv.slice(2);
const dir = resolve(values(argv, 'dir').at(-1) ?? 'batch-receiver');
const port = Number(values(argv, 'port').at(-1) ?? process.env.KARYA_RECEIVER_PORT ?? 8787);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error('--port harus nomor port 0-65535');
  process.exit(2);
}
const database = values(argv, 'database').at(-1) ?? process.env.KARYA_OFFICE_DATABASE;
const tokens = [
  ...values(argv, 'token'),
  ...(process.env.KARYA_RECEIVER_TOKENS ?? '').split(',').filter((t) => t.trim() !== ''),
];
if (tokens.length === 0) {
  const made = randomBytes(18).toString('base64url');
  tokens.push(made);
  console.log(`Token (isikan di till): ${made}`);
}
let office: Awaited<ReturnType<typeof startOffice>>;
try {
  office = await startOffice(
    {
      dataDir: dir,
      port,
      host: '127.0.0.1',
      open: false,
      help: false,
      uploadTokens: tokens,
      ...(database ? { database } : {}),
    },
    {
      webDir: join(process.env.KARYA_OUT_DIR ?? join(root, 'out'), 'office-web'),
      migrationsDir: join(root, 'office', 'db', 'migrations'),
    },
  );
} catch (error) {
  if (!(error instanceof EngineError)) throw error;
  console.error(`Kantor tidak dapat dibuka: ${error.message}`);
  process.exit(1);
}
console.log(`Penerima batch siap di ${office.server.url}batches`);
console.log(`Halaman kantor: ${office.server.url}`);
console.log(`Folder: ${dir}`);
console.log('Tekan Ctrl+C untuk berhenti.');
const stop = () => {
  void office.close().then(() => process.exit(0));
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
