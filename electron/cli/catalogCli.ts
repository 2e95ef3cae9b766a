// `karya catalog import FILE [--commit]`: a catalogue file (CSV or XLSX) imported from its path,
// through the same engine command as the screen (catalog.importFile), with the preview printed in
// Indonesian: counts, what will be created, and every problem by row, cell and column. With
// --commit it imports when there is no problem; without, it only shows what would happen.
import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import type { ImportIssue, ImportPreview } from '../../shared/contract';
import { MAX_IMPORT_FILE_BYTES } from '../../shared/contract';
import { formatMessage, indonesian } from '../../shared/messages';
import { SYSTEM } from '../core/auth/access';
import type { Engine } from '../core/engine';

export const CATALOG_USAGE = `Pemakaian:
  karya [--db BERKAS] catalog import KATALOG.xlsx|.csv [--commit]
      tampilkan pratinjau impor katalog (jumlah dan setiap masalah); dengan --commit,
      impor bila tidak ada masalah`;

export interface CatalogIo {
  out: (text: string) => void;
  err: (text: string) => void;
}

const n = (value: number) => value.toLocaleString('id-ID');

function issueLine(issue: ImportIssue): string {
  const text = formatMessage('id', issue.message.key, issue.message.params) ?? issue.message.key;
  const where = [
    indonesian('catalog.cliRow', { row: issue.row }),
    issue.cell ? indonesian('catalog.cliCell', { cell: issue.cell }) : null,
    issue.column ? `(${issue.column})` : null,
  ]
    .filter(Boolean)
    .join(' ');
  return `  ${where}: ${text}`;
}

function previewLines(fileName: string, p: Omit<ImportPreview, 'importId'>): string[] {
  const lines = [
    indonesian('catalog.cliFile', { fileName, rows: n(p.rows) }),
    indonesian('catalog.cliCounts', {
      new: n(p.counts.new),
      updated: n(p.counts.updated),
      unchanged: n(p.counts.unchanged),
      prices: n(p.priceChanges),
    }),
  ];
  if (p.newProducers.length > 0) {
    const list = p.newProducers.map((u) => `${u.name} (${u.code})`).join(', ');
    lines.push(indonesian('catalog.cliNewProducers', { list }));
  }
  if (p.newCategories.length > 0) {
    lines.push(indonesian('catalog.cliNewCategories', { list: p.newCategories.join(', ') }));
  }
  if (p.newWorkshops.length > 0) {
    const list = p.newWorkshops.map((w) => `${w.name} (${w.producerCode})`).join(', ');
    lines.push(indonesian('catalog.cliNewWorkshops', { list }));
  }
  if (p.issueCount > 0) {
    lines.push(indonesian('catalog.cliIssues', { count: n(p.issueCount) }));
    for (const issue of p.issues) lines.push(issueLine(issue));
    if (p.issueCount > p.issues.length) {
      lines.push(indonesian('catalog.cliMoreIssues', { count: n(p.issueCount - p.issues.length) }));
    }
  }
  return lines;
}

/** Runs `catalog ...`; `open` opens the engine (only once the file has been read). */
export async function runCatalogCli(
  args: readonly string[],
  open: () => Pick<Engine, 'call' | 'close'>,
  io: CatalogIo,
): Promise<number> {
  const commit = args.includes('--commit');
  const rest = args.filter((a) => a !== '--commit');
  const [verb, path, ...extra] = rest;
  if (verb !== 'import' || !path || extra.length > 0 || path.startsWith('-')) {
    io.err(CATALOG_USAGE);
    return 2;
  }
  let bytes: Buffer;
  try {
    if (statSync(path).size > MAX_IMPORT_FILE_BYTES) {
      io.out(indonesian('catalog.importFileTooBig', { max: MAX_IMPORT_FILE_BYTES / 1e6 }));
      return 1;
    }
    bytes = readFileSync(path);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? String(error);
    io.out(indonesian('catalog.importFileUnreadable', { path, reason }));
    return 1;
  }
  const fileName = basename(path);
  const engine = open();
  try {
    const started = await engine.call(
      'catalog.importFile',
      { fileName, base64: bytes.toString('base64') },
      SYSTEM,
    );
    if (!started.ok) {
      io.out(started.error.message);
      return 1;
    }
    const { importId, issues, rows } = started.data as {
      importId: string | null;
      issues: ImportIssue[];
      rows: number;
    };
    if (!importId) {
      const empty = { counts: { new: 0, updated: 0, unchanged: 0 }, priceChanges: 0 };
      const header = { ...empty, fileName, rows, newProducers: [], newCategories: [], newWorkshops: [] };
      for (const line of previewLines(fileName, { ...header, issues, issueCount: issues.length }))
        io.out(line);
      io.out(indonesian('catalog.cliNothingImported'));
      return 1;
    }
    const previewed = await engine.call('catalog.importPreview', { importId }, SYSTEM);
    if (!previewed.ok) {
      io.out(previewed.error.message);
      return 1;
    }
    const preview = previewed.data as ImportPreview;
    for (const line of previewLines(fileName, preview)) io.out(line);
    if (preview.issueCount > 0 || !commit) {
      await engine.call('catalog.importCancel', { importId }, SYSTEM);
      io.out(indonesian(preview.issueCount > 0 ? 'catalog.cliNothingImported' : 'catalog.cliPreviewOnly'));
      return preview.issueCount > 0 ? 1 : 0;
    }
    const done = await engine.call('catalog.importCommit', { importId }, SYSTEM);
    if (!done.ok) {
      io.out(done.error.message);
      return 1;
    }
    const { counts } = done.data as ImportPreview;
    io.out(
      indonesian('catalog.cliDone', {
        new: n(counts.new),
        updated: n(counts.updated),
        unchanged: n(counts.unchanged),
      }),
    );
    return 0;
  } finally {
    engine.close();
  }
}
