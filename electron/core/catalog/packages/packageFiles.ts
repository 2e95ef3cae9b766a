// A package's files, read into memory from wherever it came: a folder on a USB stick, a zip on the
// stick or from the office, or the files of a folder the screen picked. Nothing here trusts the
// content: checkPackage.ts does, in its order. Only the names and sizes are bounded here, so a
// stick with something else on it is refused before anything large is read.
import { lstatSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { PACKAGE_FILES } from '../../../../shared/catalogPackage/format';
import { EngineError } from '../../errors';
import { isZipperLitter, openZip, ZipProblem } from '../../zip/readZip';

/** The most a package may weigh unpacked (a whole catalogue of 50,000 products is about 25 MB). */
export const MAX_PACKAGE_BYTES = 64 * 1024 * 1024;
/** A package holds three files; a few more are allowed so that an unlisted one is named, not guessed. */
const MAX_FILES = 16;

/** The files by name (no folders), and the name of the folder or zip they came from. */
export interface PackageFiles {
  origin: string;
  files: Map<string, Buffer>;
}

function tooBig(): EngineError {
  return new EngineError('INVALID_INPUT', 'catalogPackage.tooBig', { max: MAX_PACKAGE_BYTES / 1024 / 1024 });
}

function add(files: Map<string, Buffer>, name: string, data: Buffer, total: { bytes: number }): void {
  if (files.has(name)) throw new EngineError('INVALID_INPUT', 'catalogPackage.fileTwice', { name });
  if (files.size >= MAX_FILES) throw new EngineError('INVALID_INPUT', 'catalogPackage.tooManyFiles');
  total.bytes += data.length;
  if (total.bytes > MAX_PACKAGE_BYTES) throw tooBig();
  files.set(name, data);
}

/**
 * The names inside a zip or a picked folder: the files of one folder (`KATALOG-000012/manifest.json`)
 * or at the top (`manifest.json`). A file deeper down, or beside another folder, is named as what
 * the package does not list, so a person sees what is on the stick.
 */
function plainNames(names: readonly string[]): Map<string, string> {
  const parts = names.map((name) => name.split('/').filter((part) => part !== '' && part !== '.'));
  const tops = new Set(parts.map((p) => (p.length > 1 ? p[0] : '')));
  const inOneFolder = tops.size === 1 && !tops.has('');
  const out = new Map<string, string>();
  names.forEach((name, i) => {
    const path = parts[i] as string[];
    const inner = inOneFolder ? path.slice(1) : path;
    if (inner.length !== 1 || inner.includes('..')) {
      throw new EngineError('INVALID_INPUT', 'catalogPackage.fileUnlisted', { name: name.slice(0, 120) });
    }
    out.set(name, inner[0] as string);
  });
  return out;
}

export function filesFromZip(zipPath: string, origin: string): PackageFiles {
  let zip: ReturnType<typeof openZip>;
  try {
    zip = openZip(zipPath, { maxEntries: 64 });
  } catch (error) {
    if (error instanceof ZipProblem) {
      throw new EngineError('INVALID_INPUT', 'catalogPackage.zipBroken', {
        name: origin,
        reason: error.message,
      });
    }
    throw error;
  }
  try {
    const entries = zip.entries.filter((entry) => !isZipperLitter(entry.name));
    if (entries.length === 0)
      throw new EngineError('INVALID_INPUT', 'catalogPackage.empty', { name: origin });
    const names = plainNames(entries.map((entry) => entry.name));
    let declared = 0;
    for (const entry of entries) {
      declared += entry.size;
      if (declared > MAX_PACKAGE_BYTES) throw tooBig();
    }
    const files = new Map<string, Buffer>();
    const total = { bytes: 0 };
    for (const entry of entries) {
      let data: Buffer;
      try {
        data = zip.read(entry);
      } catch (error) {
        if (error instanceof ZipProblem) {
          throw new EngineError('INVALID_INPUT', 'catalogPackage.zipBroken', {
            name: origin,
            reason: error.message,
          });
        }
        throw error;
      }
      add(files, names.get(entry.name) as string, data, total);
    }
    return { origin, files };
  } finally {
    zip.close();
  }
}

/** A folder or a `.zip` by its path on this machine; a stick that cannot be read is said so. */
export function filesFromPath(path: string): PackageFiles {
  try {
    return readPath(path);
  } catch (error) {
    if (error instanceof EngineError) throw error;
    const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new EngineError('IO_ERROR', 'catalogPackage.pathUnreadable', {
      path,
      code: String(code).slice(0, 60),
    });
  }
}

function readPath(path: string): PackageFiles {
  let stat: ReturnType<typeof statSync>;
  try {
    stat = statSync(path);
  } catch {
    throw new EngineError('NOT_FOUND', 'catalogPackage.pathMissing', { path });
  }
  const origin = basename(path);
  if (stat.isFile()) {
    if (!path.toLowerCase().endsWith('.zip')) {
      throw new EngineError('INVALID_INPUT', 'catalogPackage.notAPackage', { name: origin });
    }
    return filesFromZip(path, origin);
  }
  if (!stat.isDirectory())
    throw new EngineError('INVALID_INPUT', 'catalogPackage.notAPackage', { name: origin });
  const names = readdirSync(path).filter((name) => !isZipperLitter(name));
  if (!names.includes(PACKAGE_FILES.manifest)) {
    throw new EngineError('INVALID_INPUT', 'catalogPackage.notAPackage', { name: origin });
  }
  const files = new Map<string, Buffer>();
  const total = { bytes: 0 };
  for (const name of names.sort()) {
    const full = join(path, name);
    const entry = lstatSync(full);
    // A folder or a link inside the package folder is nothing the office wrote.
    if (!entry.isFile()) throw new EngineError('INVALID_INPUT', 'catalogPackage.fileUnlisted', { name });
    if (total.bytes + entry.size > MAX_PACKAGE_BYTES) throw tooBig();
    add(files, name, readFileSync(full), total);
  }
  return { origin, files };
}

/** The files of a folder the screen picked (names may carry the folder: `KATALOG-000012/manifest.json`). */
export function filesFromUpload(given: readonly { name: string; data: string }[]): PackageFiles {
  const kept = given.filter((file) => !isZipperLitter(file.name.replaceAll('\\', '/')));
  if (kept.length === 0) throw new EngineError('INVALID_INPUT', 'catalogPackage.empty', { name: '-' });
  const names = plainNames(kept.map((file) => file.name.replaceAll('\\', '/')));
  const files = new Map<string, Buffer>();
  const total = { bytes: 0 };
  for (const file of kept) {
    add(files, names.get(file.name.replaceAll('\\', '/')) as string, Buffer.from(file.data, 'base64'), total);
  }
  const first = kept[0]?.name.replaceAll('\\', '/').split('/') ?? [];
  return { origin: first.length > 1 ? (first[0] as string) : PACKAGE_FILES.manifest, files };
}

/** A zip the screen sent: written to a temporary file, read like one on a stick, and removed. */
export function filesFromZipBytes(bytes: Buffer, origin: string): PackageFiles {
  if (bytes.length > MAX_PACKAGE_BYTES) throw tooBig();
  const work = mkdtempSync(join(tmpdir(), 'karya-katalog-'));
  try {
    const path = join(work, 'paket.zip');
    writeFileSync(path, bytes);
    return filesFromZip(path, origin);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
