// What a "device" or "serial" printer path really is, checked when the profile is saved and again
// right before each job is sent: a path can change after it was saved (a symlink put in its place,
// a profile stored before this check existed). Only character devices outside the app's data
// folder are written to; an ordinary file (karya.db, a backup) is never opened for writing.
import { realpath, stat } from 'node:fs/promises';
import { basename, dirname, isAbsolute, relative } from 'node:path';
import { ref } from '../../../../shared/messages';
import {
  isPosixDeviceTarget,
  isWindowsDeviceTarget,
  type PathTransport,
} from '../../../../shared/printerTarget';
import { PrintError } from './types';

export interface DeviceTargetRules {
  /** The folder that holds the database (karya.db): nothing in it or below it is a printer. */
  dataDir: () => string | null;
  /** The system whose path shapes apply; the running one by default. */
  platform?: NodeJS.Platform;
  /** Tests only: a folder whose entries count as device names the way /dev does (socat's pty links). */
  deviceDir?: string;
}

/** The data folder of the database at `dbPath`. */
export function dataDirOf(dbPath: string): string {
  return dirname(dbPath);
}

async function resolved(path: string): Promise<string> {
  try {
    return await realpath(path);
  } catch {
    return path;
  }
}

function inside(folder: string, path: string): boolean {
  const rel = relative(folder, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

function shapeOk(transport: PathTransport, target: string, rules: DeviceTargetRules): boolean {
  if ((rules.platform ?? process.platform) === 'win32') return isWindowsDeviceTarget(transport, target);
  if (isPosixDeviceTarget(transport, target)) return true;
  return (
    rules.deviceDir !== undefined &&
    dirname(target) === rules.deviceDir &&
    /^[A-Za-z0-9_.-]+$/.test(basename(target))
  );
}

/**
 * Refuses (a PrintError that retrying cannot mend) a target that is not a printer device: a path
 * of another shape, one that leads into the data folder, or one that is an ordinary file, a folder
 * or a pipe. A missing path passes: the transport then says the printer is not connected.
 */
export async function checkDeviceTarget(
  transport: PathTransport,
  target: string,
  rules: DeviceTargetRules,
): Promise<void> {
  if (!shapeOk(transport, target, rules)) {
    throw PrintError.final('printing.targetShape', {
      rule: ref(transport === 'serial' ? 'input.printerSerial' : 'input.printerDevice'),
    });
  }
  // Windows shapes name ports, devices and printer shares only: no file can have one.
  if ((rules.platform ?? process.platform) === 'win32') return;
  let real: string;
  try {
    real = await realpath(target);
  } catch {
    return;
  }
  const dataDir = rules.dataDir();
  if (dataDir !== null && inside(await resolved(dataDir), real)) {
    throw PrintError.final('printing.targetInDataFolder', { target });
  }
  let kind: Awaited<ReturnType<typeof stat>>;
  try {
    kind = await stat(real);
  } catch {
    return;
  }
  if (!kind.isCharacterDevice()) throw notADevice(target, kind);
}

/** The refusal for a path that opened as something other than a character device. */
export function notADevice(
  target: string,
  kind: { isFile(): boolean; isDirectory(): boolean; isFIFO(): boolean },
): PrintError {
  const what = kind.isFile()
    ? 'printing.fileKind.file'
    : kind.isDirectory()
      ? 'printing.fileKind.folder'
      : kind.isFIFO()
        ? 'printing.fileKind.fifo'
        : 'printing.fileKind.other';
  return PrintError.final('printing.notADevice', { target, kind: ref(what) });
}
