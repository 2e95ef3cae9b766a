// Failures of the disk rather than of the request: a full disk, a flash drive pulled out, a damaged
// file. SQLite rolls the transaction back in each case, so the cashier is told plainly that this
// change was not saved and that nothing already saved was lost.
import { EngineError } from './errors';

const FULL = new Set(['SQLITE_FULL', 'ENOSPC', 'EDQUOT', 'EFBIG']);
const CORRUPT = new Set([
  'SQLITE_CORRUPT',
  'SQLITE_CORRUPT_INDEX',
  'SQLITE_CORRUPT_SEQUENCE',
  'SQLITE_NOTADB',
]);
const IO = new Set(['EIO', 'EROFS', 'EACCES', 'EPERM', 'ENOENT', 'ENOTDIR', 'EBUSY', 'ENXIO', 'ENODEV']);

export const DISK_FULL_MESSAGE =
  'Penyimpanan penuh: perubahan ini TIDAK tersimpan, dan data yang sudah tersimpan tetap aman. ' +
  'Kosongkan ruang disk (hapus berkas yang tidak perlu) lalu coba lagi.';
export const IO_ERROR_MESSAGE =
  'Penyimpanan tidak dapat dibaca atau ditulisi: perubahan ini TIDAK tersimpan. ' +
  'Periksa disk atau flashdisk, lalu coba lagi.';
export const CORRUPT_MESSAGE =
  'Database rusak: perubahan ini TIDAK tersimpan. Tutup aplikasi dan pulihkan dari cadangan ' +
  '(lihat menu Cadangan atau petunjuk saat aplikasi dibuka).';

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

const MESSAGES: Record<StorageProblem, string> = {
  DISK_FULL: DISK_FULL_MESSAGE,
  IO_ERROR: IO_ERROR_MESSAGE,
  DB_CORRUPT: CORRUPT_MESSAGE,
};

/** The refusal for a storage failure, or undefined to let the caller treat it as internal. */
export function storageError(error: unknown, messages: Partial<Record<StorageProblem, string>> = {}) {
  const problem = storageProblem(error);
  if (!problem) return undefined;
  return new EngineError(problem, messages[problem] ?? MESSAGES[problem]);
}
