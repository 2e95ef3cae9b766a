// The watched folder: batch folders put there (a USB stick's contents copied over, a network share
// the tills export to) are taken up by themselves. Polled with readdir every few seconds, since
// fs.watch misses events on USB and network file systems. A folder is taken only when its
// manifest.json is there (tills write it last) and nothing in it changed since the previous look,
// so a folder still being copied is left for the next round. Each folder is ingested once; a
// refused one is tried again only when its files change.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { BATCH_FILES } from '../../../shared/batch/format';
import type { Db } from '../../db/types';
import { type IngestAnswer, ingestFolder } from './store';

export interface WatchOptions {
  /** The folder to watch: batch folders in it, or one level down (`<DEVICE>/<batch folder>`). */
  dir: string;
  /** Between two looks; 3 seconds unless given. */
  intervalMs?: number;
  /** `<data>/batches` unless given. */
  archiveDir?: string;
  /** Told of every folder taken, with its answer (or the error that stopped it: tried again). */
  onResult?: (folder: string, outcome: { answer: IngestAnswer } | { error: Error }) => void;
}

export interface WatchedFolder {
  /** Looks once now (after any look under way) and returns what it took. */
  scanNow(): Promise<{ folder: string; answer: IngestAnswer }[]>;
  stop(): Promise<void>;
}

/** Sizes and modification times of a folder's files: changes while a copy is under way. */
function fingerprint(folder: string): string {
  return readdirSync(folder)
    .sort()
    .map((name) => {
      const stat = statSync(join(folder, name));
      return `${name}:${stat.size}:${stat.mtimeMs}`;
    })
    .join('|');
}

const skipped = (name: string) => name.startsWith('.') || name.endsWith('.partial');

/** Candidate batch folders: `dir/*` with a manifest, else `dir/*\/*` with one. */
function candidates(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const found: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (skipped(name) || !statSync(path).isDirectory()) continue;
    if (existsSync(join(path, BATCH_FILES.manifest))) {
      found.push(path);
      continue;
    }
    for (const inner of readdirSync(path).sort()) {
      const innerPath = join(path, inner);
      if (skipped(inner) || !statSync(innerPath).isDirectory()) continue;
      if (existsSync(join(innerPath, BATCH_FILES.manifest))) found.push(innerPath);
    }
  }
  return found;
}

export function watchFolder(db: Db, options: WatchOptions): WatchedFolder {
  /** Folder → its fingerprint at the previous look (settled when the same twice). */
  const seen = new Map<string, string>();
  /** Folder → the fingerprint it was ingested (or refused) with. */
  const done = new Map<string, string>();
  let running: Promise<{ folder: string; answer: IngestAnswer }[]> = Promise.resolve([]);
  let stopped = false;

  async function scan(): Promise<{ folder: string; answer: IngestAnswer }[]> {
    const taken: { folder: string; answer: IngestAnswer }[] = [];
    for (const folder of candidates(options.dir)) {
      if (stopped) break;
      let print: string;
      try {
        print = fingerprint(folder);
      } catch {
        continue; // removed while we looked
      }
      const before = seen.get(folder);
      seen.set(folder, print);
      if (before !== print || done.get(folder) === print) continue;
      try {
        const answer = await ingestFolder(db, {
          folder,
          source: 'watch',
          ...(options.archiveDir ? { archiveDir: options.archiveDir } : {}),
        });
        done.set(folder, print);
        taken.push({ folder, answer });
        options.onResult?.(folder, { answer });
      } catch (error) {
        options.onResult?.(folder, { error: error instanceof Error ? error : new Error(String(error)) });
      }
    }
    return taken;
  }

  const next = () => {
    const turn = running.then(scan, scan);
    running = turn.catch(() => []);
    return turn;
  };
  const timer = setInterval(() => {
    void next();
  }, options.intervalMs ?? 3000);
  timer.unref();

  return {
    scanNow: next,
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}
