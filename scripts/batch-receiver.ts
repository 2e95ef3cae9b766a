// npm run batch-receiver [-- --dir FOLDER] [--port N] [--token TOKEN ...]
// The reference receiver of sales batch uploads, on 127.0.0.1 (see docs/batches.md). Tokens come
// from --token (repeatable) or KARYA_RECEIVER_TOKENS (comma-separated); without any, one is made
// up and printed, to be typed into the till's upload settings.
import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import { startReceiver } from '../electron/office/receiver';

function values(argv: readonly string[], name: string): string[] {
  const found: string[] = [];
  argv.forEach((arg, i) => {
    if (arg === `--${name}` && argv[i + 1] !== undefined) found.push(argv[i + 1] as string);
    else if (arg.startsWith(`--${name}=`)) found.push(arg.slice(name.length + 3));
  });
  return found;
}

const argv = process.argv.slice(2);
const dir = resolve(values(argv, 'dir').at(-1) ?? 'batch-receiver');
const port = Number(values(argv, 'port').at(-1) ?? process.env.KARYA_RECEIVER_PORT ?? 8787);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error('--port harus nomor port 0-65535');
  process.exit(2);
}
const tokens = [
  ...values(argv, 'token'),
  ...(process.env.KARYA_RECEIVER_TOKENS ?? '').split(',').filter((t) => t.trim() !== ''),
];
if (tokens.length === 0) {
  const made = randomBytes(18).toString('base64url');
  tokens.push(made);
  console.log(`Token (isikan di till): ${made}`);
}
const receiver = await startReceiver({ dir, tokens, port });
console.log(`Penerima batch siap di ${receiver.url}`);
console.log(`Folder: ${dir}`);
console.log('Tekan Ctrl+C untuk berhenti.');
const stop = () => {
  void receiver.close().then(() => process.exit(0));
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
