// The flags of `npm run office`. Everything has a default: a bare `npm run office` runs the
// embedded database in the data folder below, on http://127.0.0.1:8417, and opens the browser.
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { defaultDataDir } from '../../electron/core/paths';

export const DEFAULT_PORT = 8417;
export const OFFICE_DATA_FOLDER = 'Karya POS Kantor';

export interface OfficeArgs {
  /** postgres://… ; absent: the embedded database in the data folder. */
  database?: string;
  dataDir: string;
  port: number;
  host: string;
  open: boolean;
  /** The https:// address a reverse proxy serves the office at (docs/office.md). */
  publicUrl?: string;
  /** Upload tokens tills may send besides those an admin makes on the page (`--upload-token`, repeatable). */
  uploadTokens?: string[];
  /** A folder whose batch folders are taken up by themselves (`--watch`): a USB stick's copy, a share. */
  watchDir?: string;
  help: boolean;
}

/**
 * Beside the till's data folder (`~/.config/Karya POS` on Linux, `%APPDATA%\Karya POS` on Windows,
 * `~/Library/Application Support/Karya POS` on macOS): `Karya POS Kantor` in the same parent.
 */
export function defaultOfficeDataDir(
  env: NodeJS.ProcessEnv = process.env,
  platform = process.platform,
): string {
  return join(dirname(defaultDataDir(env, platform)), OFFICE_DATA_FOLDER);
}

export class ArgsError extends Error {}

export function parseOfficeArgs(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): OfficeArgs {
  const args: OfficeArgs = {
    dataDir: env.KARYA_OFFICE_DATA ?? defaultOfficeDataDir(env),
    port: DEFAULT_PORT,
    host: '127.0.0.1',
    open: true,
    help: false,
  };
  if (env.KARYA_OFFICE_DATABASE) args.database = env.KARYA_OFFICE_DATABASE;
  const value = (i: number, flag: string): string => {
    const given = argv[i + 1];
    if (given === undefined || given.startsWith('--')) throw new ArgsError(`${flag} perlu nilai.`);
    return given;
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    const [flag, inline] =
      arg.startsWith('--') && arg.includes('=')
        ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
        : [arg, undefined];
    const take = () => inline ?? value(i++, flag);
    switch (flag) {
      case '--database': {
        const url = take();
        if (!/^postgres(ql)?:\/\//.test(url))
          throw new ArgsError('--database harus alamat postgres://… atau postgresql://…');
        args.database = url;
        break;
      }
      case '--data':
        args.dataDir = take().replace(/^~(?=$|\/)/, homedir());
        break;
      case '--port': {
        const port = Number(take());
        if (!Number.isInteger(port) || port < 0 || port > 65535)
          throw new ArgsError('--port harus 0 sampai 65535.');
        args.port = port;
        break;
      }
      case '--host':
        args.host = take();
        break;
      case '--public-url': {
        const url = take();
        let parsed: URL;
        try {
          parsed = new URL(url);
        } catch {
          throw new ArgsError('--public-url harus alamat lengkap, mis. https://kantor.contoh.id');
        }
        if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
          throw new ArgsError('--public-url harus alamat https:// (atau http://).');
        }
        args.publicUrl = parsed.origin;
        break;
      }
      case '--upload-token': {
        const token = take();
        if (!/^[\x21-\x7e]{8,500}$/.test(token))
          throw new ArgsError('--upload-token harus 8-500 karakter tanpa spasi (seperti token di kasir).');
        args.uploadTokens = [...(args.uploadTokens ?? []), token];
        break;
      }
      case '--watch':
        args.watchDir = take().replace(/^~(?=$|\/)/, homedir());
        break;
      case '--no-open':
        args.open = false;
        break;
      case '--help':
      case '-h':
        args.help = true;
        break;
      default:
        throw new ArgsError(`Pilihan tidak dikenal: ${arg}`);
    }
  }
  return args;
}

export const USAGE = `npm run office -- [pilihan]

  --database URL     PostgreSQL (postgres://pengguna:sandi@host/db); tanpa ini: database bawaan
  --data FOLDER      folder data kantor (bawaan: ${defaultOfficeDataDir()})
  --port N           port (bawaan ${DEFAULT_PORT}; 0 memilih port bebas)
  --host ALAMAT      alamat dengar (bawaan 127.0.0.1: hanya komputer ini)
  --public-url URL   alamat https:// di balik proxy (docs/office.md): cookie Secure
  --upload-token T   token unggah yang diterima dari kasir, selain yang dibuat di halaman (boleh berulang)
  --watch FOLDER     ambil sendiri folder batch yang ditaruh di folder ini (salinan USB, folder bersama)
  --no-open          jangan buka peramban
`;
