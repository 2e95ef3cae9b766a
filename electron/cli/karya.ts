// The command-line door: `karya --db FILE <command> '<json input>'` prints the JSON result.
// Same command table and the same validation as the window and the browser.
//
// This file is the entry of the built command line (out/cli/karya.mjs, scripts/build/node.mjs), so
// it imports nothing heavy: each command's code is loaded once the arguments say which is wanted
// (`--help` needs none of it, `batch` only the batch tools, the contract's commands the engine).
import { resolveDbPath } from '../core/paths';

const USAGE = `Pemakaian:
  karya [--db BERKAS] commands                 daftar perintah
  karya [--db BERKAS] <perintah> ['<json>']    jalankan satu perintah, hasilnya JSON
  karya [--db BERKAS] recover [CADANGAN]       database rusak: daftar cadangan, atau pulihkan satu
  karya [--db BERKAS] catalog import BERKAS [--commit]
                                               impor katalog CSV/XLSX: pratinjau, atau impor
  karya batch verify [--json] FOLDER...        periksa batch penjualan (kantor)
  karya batch merge FOLDER... --out X.xlsx     gabungkan batch banyak perangkat (kantor)

Tanpa --db dipakai KARYA_DB atau database bawaan aplikasi.`;

export interface CliIo {
  out: (text: string) => void;
  err: (text: string) => void;
}

/**
 * Where the engine finds its files. Run from the sources both are found beside the sources; the
 * built command line passes them (the migrations copied beside the bundle, the package's resources/).
 */
export interface CliPaths {
  /** Folder holding catalogue-demo.csv and fonts/. */
  resourcesDir?: string;
  /** Folder of the numbered SQL migrations. */
  migrationsDir?: string;
}

const stdio: CliIo = {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
};

/** Runs one invocation and returns the exit code: 0 ok, 1 refused or failed, 2 usage. */
export async function runCli(
  argv: readonly string[],
  io: CliIo = stdio,
  paths: CliPaths = {},
): Promise<number> {
  const rest = [...argv];
  let db: string | undefined;
  const dbAt = rest.indexOf('--db');
  if (dbAt >= 0) {
    db = rest[dbAt + 1];
    if (!db) {
      io.err(USAGE);
      return 2;
    }
    rest.splice(dbAt, 2);
  }
  // The office's tools read batch folders, not the database.
  if (rest[0] === 'batch') {
    const { runBatchCli } = await import('../office/batchCli');
    return runBatchCli(rest.slice(1), io);
  }
  if (rest[0] === 'catalog') {
    const dbPath = resolveDbPath(db);
    const [{ runCatalogCli }, { openEngine }] = await Promise.all([
      import('./catalogCli'),
      import('../core/engine'),
    ]);
    return runCatalogCli(rest.slice(1), () => openEngine({ dbPath, ...paths }), io);
  }
  const [name, json, ...extra] = rest;
  if (!name || name === '--help' || name === '-h' || extra.length > 0) {
    io.err(USAGE);
    return 2;
  }
  const engineCommands = await import('./engineCommands');
  if (name === 'commands') return engineCommands.listCommands(io);
  if (name === 'recover') return engineCommands.recover(resolveDbPath(db), json, paths, io);
  return engineCommands.runCommand(resolveDbPath(db), name, json, paths, io);
}
