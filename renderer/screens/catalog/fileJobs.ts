// The work the catalogue file worker does (writing export and template files), as a plain function so the same code can run on the
// main thread when a worker cannot start.
import type { CatalogueExport } from '../../../shared/catalogueFile';
import { writeCatalogueCsv, writeCatalogueXlsx } from '../../../shared/catalogueFile';

export type FileFormat = 'csv' | 'xlsx';

export type FileJob = { kind: 'write'; format: FileFormat; table: CatalogueExport };

export type FileJobReply = { ok: true; kind: 'written'; bytes: ArrayBuffer } | { ok: false; message: string };

export function handleFileJob(job: FileJob): FileJobReply {
  try {
    const bytes =
      job.format === 'csv'
        ? new TextEncoder().encode(writeCatalogueCsv(job.table))
        : writeCatalogueXlsx(job.table);
    // A fresh ArrayBuffer of exactly the file, so it can be transferred without copying.
    return { ok: true, kind: 'written', bytes: bytes.slice().buffer };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}
