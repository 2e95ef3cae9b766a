// Failures of the disk rather than of the request: a full disk, a flash drive pulled out, a damaged
// file. SQLite rolls the transaction back in each case, so the cashier is told plainly that this
// change was not saved and that nothing already saved was lost.
import { indonesian, type MessageKey, type ParamArgs } from '../../shared/messages';
import { EngineError } from './errors';

/** Keys whose wording has no placeholders: a storage refusal names no file or amount. */
type StorageMessageKey = {
  [K in MessageKey]: ParamArgs<K> extends [] ? K : never;
}[MessageKey];

const FULL = new Set(['SQLITE_FULL', 'ENOSPC', 'EDQUOT', 'EFBIG']);
const CORRUPT = new Set([
  'SQLITE_CORRUPT',
  'SQLITE_CORRUPT_INDEX',
  'SQLITE_CORRUPT_SEQUENCE',
  'SQLITE_NOTADB',
]);
const IO = new Set(['EIO', 'EROFS', 'EACCES', 'EPERM', 'ENOENT', 'ENOTDIR', 'EBUSY', 'ENXIO', 'ENODEV']);

export const DISK_FULL_MESSAGE = indonesian('db.diskFull');
export const IO_ERROR_MESSAGE = indonesian('db.ioError');
export const CORRUPT_MESSAGE = indonesian('db.corruptWrite');

function codeOf(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

export type StorageProblem = 'DISK_FULL' | 'IO_ERROR' | 'DB_CORRUPT';

/** Classifies a better-sqlite3 or Node fs error; undefined when it is not about storage. */
export function storageProblem(error: unknown): StorageProblem | undefined {
  const code = codeOf(error);
  if (!code) return undefined;
  if (FULL.has(code)) return 'DISK_FULL';
  if (CORRUPT.has(code)) return 'DB_CORRUPT';
  if (IO.has(code) || code.startsWith('SQLITE_IOERR') || code.startsWith('SQLITE_READONLY'))
    return 'IO_ERROR';
  if (code === 'SQLITE_CANTOPEN') return 'IO_ERROR';
  return undefined;
}

const MESSAGES: Record<StorageProblem, MessageKey> = {
  DISK_FULL: 'db.diskFull',
  IO_ERROR: 'db.ioError',
  DB_CORRUPT: 'db.corruptWrite',
};

/** The refusal for a storage failure, or undefined to let the caller treat it as internal. */
export function storageError(
  error: unknown,
  messages: Partial<Record<StorageProblem, StorageMessageKey>> = {},
) {
  const problem = storageProblem(error);
  if (!problem) return undefined;
  return new EngineError(problem, messages[problem] ?? MESSAGES[problem]);
}
