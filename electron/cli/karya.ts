// The command-line door: `karya --db FILE <command> '<json input>'` prints the JSON result.
// Same command table and the same validation as the window and the browser.
import { existsSync } from 'node:fs';
import { COMMAND_NAMES, commands } from '../../shared/contract';
import { SYSTEM } from '../core/auth/access';
import { recoverFromBackup, recoveryBackups } from '../core/backup/recovery';
import { openEngine } from '../core/engine';
import { EngineError } from '../core/errors';
import { resolveDbPath } from '../core/paths';
import { runBatchCli } from '../office/batchCli';
import { runCatalogCli } from './catalogCli';
import { storedTextsInIndonesian } from './storedTexts';

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

const stdio: CliIo = {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
};

/** Runs one invocation and returns the exit code: 0 ok, 1 refused or failed, 2 usage. */
export async function runCli(argv: readonly string[], io: CliIo = stdio): Promise<number> {
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
  if (rest[0] === 'batch') return runBatchCli(rest.slice(1), io);
  if (rest[0] === 'catalog') {
    const dbPath = resolveDbPath(db);
    return runCatalogCli(rest.slice(1), () => openEngine({ dbPath }), io);
  }
  const [name, json, ...extra] = rest;
  if (!name || name === '--help' || name === '-h' || extra.length > 0) {
    io.err(USAGE);
    return 2;
  }
  if (name === 'commands') {
    io.out(
      JSON.stringify(
        COMMAND_NAMES.map((command) => ({ name: command, summary: commands[command].summary })),
        null,
        2,
      ),
    );
    return 0;
  }

  if (name === 'recover') return recover(resolveDbPath(db), json, io);

  let input: unknown = {};
  if (json !== undefined) {
    try {
      input = JSON.parse(json);
    } catch {
      io.out(JSON.stringify({ code: 'INVALID_INPUT', message: 'Masukan bukan JSON yang sah.' }));
      return 1;
    }
  }

  let engine: ReturnType<typeof openEngine>;
  try {
    engine = openEngine({
      dbPath: resolveDbPath(db),
      logError: (message, error) => io.err(`${message}: ${String(error)}`),
    });
  } catch (error) {
    if (error instanceof EngineError) {
      io.out(JSON.stringify(error.toJSON()));
      return 1;
    }
    throw error;
  }
  try {
    // Whoever can run this already holds the database file, so the command line acts as the system.
    const result = await engine.call(name, input, SYSTEM);
    // A print job's or an upload's stored texts are messages: worded in Indonesian, like refusals.
    io.out(JSON.stringify(result.ok ? storedTextsInIndonesian(result.data) : result.error, null, 2));
    return result.ok ? 0 : 1;
  } finally {
    engine.close();
  }
}

/**
 * For a database the app refuses to open (damaged): without a name, lists the backups; with one
 * (a name from the list or a path), checks it and puts it in place, keeping the damaged file aside.
 * A database that opens is left alone: the admin screen restores those.
 */
function recover(dbPath: string, backup: string | undefined, io: CliIo): number {
  try {
    if (!existsSync(dbPath)) throw new EngineError('NOT_FOUND', 'cli.noDatabase');
    openEngine({ dbPath, backupCheckMs: 0 }).close();
    io.out(
      JSON.stringify({
        code: 'CONFLICT',
        message:
          'Database ini dapat dibuka dan tidak perlu dipulihkan. Pulihkan cadangan dari menu Cadangan di aplikasi.',
      }),
    );
    return 1;
  } catch (error) {
    if (!(error instanceof EngineError)) throw error;
  }
  const backups = recoveryBackups(dbPath);
  if (backup === undefined) {
    io.out(JSON.stringify(backups, null, 2));
    return 0;
  }
  const chosen = backups.find((entry) => entry.file === backup)?.path ?? backup;
  try {
    io.out(JSON.stringify(recoverFromBackup(dbPath, chosen), null, 2));
    return 0;
  } catch (error) {
    if (error instanceof EngineError) {
      io.out(JSON.stringify(error.toJSON()));
      return 1;
    }
    throw error;
  }
}
