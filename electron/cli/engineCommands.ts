// The part of `karya` that opens the database: one command of the contract, `commands`, and
// `recover`. karya.ts imports this only for those commands, so `--help` and `batch` never load the
// contract, the engine or the printing encoders.
import { existsSync } from 'node:fs';
import { COMMAND_NAMES, commands } from '../../shared/contract';
import { SYSTEM } from '../core/auth/access';
import { recoverFromBackup, recoveryBackups } from '../core/backup/recovery';
import { openEngine } from '../core/engine';
import { EngineError } from '../core/errors';
import type { CliIo, CliPaths } from './karya';
import { storedTextsInIndonesian } from './storedTexts';

/** `karya commands`: every command of the contract with its summary. */
export function listCommands(io: CliIo): number {
  io.out(
    JSON.stringify(
      COMMAND_NAMES.map((command) => ({ name: command, summary: commands[command].summary })),
      null,
      2,
    ),
  );
  return 0;
}

/** One command of the contract, run as the system, its result or refusal printed as JSON. */
export async function runCommand(
  dbPath: string,
  name: string,
  json: string | undefined,
  paths: CliPaths,
  io: CliIo,
): Promise<number> {
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
      dbPath,
      ...paths,
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
export function recover(dbPath: string, backup: string | undefined, paths: CliPaths, io: CliIo): number {
  try {
    if (!existsSync(dbPath)) throw new EngineError('NOT_FOUND', 'cli.noDatabase');
    openEngine({ dbPath, ...paths, backupCheckMs: 0 }).close();
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
    io.out(JSON.stringify(recoverFromBackup(dbPath, chosen, paths.migrationsDir), null, 2));
    return 0;
  } catch (error) {
    if (error instanceof EngineError) {
      io.out(JSON.stringify(error.toJSON()));
      return 1;
    }
    throw error;
  }
}
