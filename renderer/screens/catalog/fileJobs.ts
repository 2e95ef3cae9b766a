// The work the catalogue file worker does, as a plain function so the same code can run on the
// main thread when a worker cannot start.
import type { CatalogueExport, CatalogueTable } from '../../../shared/catalogueFile';
import {
  CatalogueFileError,
  readCatalogueFile,
  writeCatalogueCsv,
  writeCatalogueXlsx,
} from '../../../shared/catalogueFile';

export type FileFormat = 'csv' | 'xlsx';

export type FileJob =
  | { kind: 'read'; bytes: ArrayBuffer }
  | { kind: 'write'; format: FileFormat; table: CatalogueExport };

export type FileJobReply =
  | { ok: true; kind: 'read'; table: CatalogueTable }
  | { ok: true; kind: 'written'; bytes: ArrayBuffer }
  | { ok: false; message: string; unreadable: boolean };

export function handleFileJob(job: FileJob): FileJobReply {
  try {
    if (job.kind === 'read')
      return { ok: true, kind: 'read', table: readCatalogueFile(new Uint8Array(job.bytes)) };
    const bytes =
      job.format === 'csv'
        ? new TextEncoder().encode(writeCatalogueCsv(job.table))
        : writeCatalogueXlsx(job.table);
    // A fresh ArrayBuffer of exactly the file, so it can be transferred without copying.
    return { ok: true, kind: 'written', bytes: bytes.slice().buffer };
  } catch (error) {
    if (error instanceof CatalogueFileError) return { ok: false, message: error.message, unreadable: true };
    return { ok: false, message: error instanceof Error ? error.message : String(error), unreadable: false };
  }
}
