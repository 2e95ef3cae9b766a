#!/usr/bin/env node
// npm run batch-receiver [-- --dir FOLDER] [--port N] [--token TOKEN ...] [--database URL]
// Now the office server (`npm run office`, docs/office.md) under the reference receiver's old
// flags: the tills' uploads (POST /batches, GET /batches/<key>, GET /health: the same protocol)
// go into the office's database, and its page is served beside them. --dir is the office's data
// folder (the archive of batches is <dir>/batches/<DEVICE>/), --port is 8787 unless given (or
// KARYA_RECEIVER_PORT), tokens come from --token (repeatable) or KARYA_RECEIVER_TOKENS
// (comma-separated); without any, one is made up and printed, to be typed into the till's upload
// settings. Tokens made on the office's page are taken too. No browser is opened.
import { randomBytes } from 'node:crypto';
import { join, resolve } from 'node:path';
import { loadProgram, outDir, ROOT } from './launch.mjs';

/** @param {readonly string[]} argv @param {string} name */
function values(argv, name) {
  /** @type {string[]} */
  const found = [];
  argv.forEach((arg, i) => {
    if (arg === `--${name}` && argv[i + 1] !== undefined) found.push(argv[i + 1]);
    else if (arg.startsWith(`--${name}=`)) found.push(arg.slice(name.length + 3));
  });
  return found;
}

const argv = process.argv.slice(2);
const tokens = [
  ...values(argv, 'token'),
  ...(process.env.KARYA_RECEIVER_TOKENS ?? '').split(',').filter((t) => t.trim() !== ''),
];
if (tokens.length === 0) {
  const made = randomBytes(18).toString('base64url');
  tokens.push(made);
  console.log(`Token (isikan di till): ${made}`);
}
const database = values(argv, 'database').at(-1);
const officeArgs = [
  '--data',
  resolve(values(argv, 'dir').at(-1) ?? 'batch-receiver'),
  '--port',
  values(argv, 'port').at(-1) ?? process.env.KARYA_RECEIVER_PORT ?? '8787',
  ...tokens.flatMap((token) => ['--upload-token', token]),
  ...(database ? ['--database', database] : []),
  '--no-open',
];

const out = outDir();
const program = await loadProgram({
  built: join(out, 'office', 'server.mjs'),
  source: 'office/server/main.ts',
  name: 'server kantor',
});
if (!program) {
  process.exitCode = 1;
} else {
  process.exitCode = await program.module.officeMain(officeArgs, {
    webDir: join(out, 'office-web'),
    migrationsDir: program.built
      ? join(out, 'office', 'migrations')
      : join(ROOT, 'office', 'db', 'migrations'),
    resourcesDir: join(ROOT, 'resources'),
  });
}
