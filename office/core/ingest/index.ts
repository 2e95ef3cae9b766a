// The office's ingest: verified batch folders into the database (store.ts), the archive they are
// kept in (archive.ts), the gaps asked of what is stored (gaps.ts), and the summaries computed
// again from the lines (summaries.ts).
export { archiveRoot } from './archive';
export { batchGaps, codesSeenTwice, type NumberGap, type SharedCode, zGaps } from './gaps';
export {
  batchByKey,
  type IngestAnswer,
  type IngestedFolder,
  type IngestOptions,
  type IngestSource,
  ingestChecked,
  ingestFolder,
  ingestFolders,
  ingestPending,
  type PendingResult,
  receiptOf,
  type StoredCounts,
} from './store';
export { rebuildSummaries } from './summaries';
