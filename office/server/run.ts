// Starting the office: open the database, run its migrations, then listen and (unless told not to)
// open the page. Every file it needs is found from the folders it is given, so the same code runs
// from source and from the built bundle.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { EngineError } from '../../electron/core/errors';
import { openInBrowser } from '../../electron/web/openInBrowser';
import { createOfficeCore } from '../core/commands';
import { ingestPending } from '../core/ingest/store';
import { type WatchedFolder, watchFolder } from '../core/ingest/watch';
import { openDb } from '../db/connect';
import { loadMigrations, migrate } from '../db/migrate';
import type { Db } from '../db/types';
import type { OfficeArgs } from './args';
import { createCatalogueDoor } from './catalogueDoor';
import { type OfficeServer, startOfficeServer } from './http';
import { createUploadDoor } from './uploadDoor';

export interface OfficePaths {
  /** The built page: <out>/office-web. */
  webDir: string;
  /** office/db/migrations, or where the build copied them. */
  migrationsDir: string;
  /** The package's resources/ (the statements' fonts). */
  resourcesDir: string;
}

export interface RunningOffice {
  db: Db;
  server: OfficeServer;
  /** Archived batch folders that had no row and were stored at start (after a crash, or a new database). */
  takenUp: number;
  close(): Promise<void>;
}

/** Opens, migrates and serves; throws EngineError for what it refuses (a foreign or newer database). */
export async function startOffice(args: OfficeArgs, paths: OfficePaths): Promise<RunningOffice> {
  if (!existsSync(join(paths.webDir, 'index.html'))) {
    throw EngineError.plain(
      'NOT_FOUND',
      `Halaman kantor belum dibangun (${paths.webDir}): jalankan \`npm run build\`.`,
    );
  }
  const db = await openDb({ url: args.database, dataDir: args.dataDir });
  try {
    await migrate(db, loadMigrations(paths.migrationsDir));
    // The archive is what counts: a folder accepted but not stored (a crash between its fsync and the
    // commit, or a database made anew beside an old archive) is stored before anyone reads figures.
    const pending = await ingestPending(db);
    const core = createOfficeCore({ db, resourcesDir: paths.resourcesDir });
    const server = await startOfficeServer({
      core,
      staticDir: paths.webDir,
      host: args.host,
      port: args.port,
      publicUrl: args.publicUrl,
      log: core.ctx.log,
      uploads: createUploadDoor({ ctx: core.ctx, tokens: args.uploadTokens }),
      catalogue: createCatalogueDoor({ ctx: core.ctx, tokens: args.uploadTokens }),
    });
    let watched: WatchedFolder | null = null;
    if (args.watchDir) {
      watched = watchFolder(db, {
        dir: args.watchDir,
        onResult: (folder, outcome) =>
          'answer' in outcome
            ? core.ctx.log.info('watch.batch', {
                folder,
                status: outcome.answer.status,
                body: outcome.answer.body,
              })
            : core.ctx.log.error('watch.failed', outcome.error, { folder }),
      });
    }
    return {
      db,
      server,
      takenUp: pending.length,
      close: async () => {
        await watched?.stop();
        await server.close();
        await db.close();
      },
    };
  } catch (error) {
    await db.close();
    throw error;
  }
}

export async function runOffice(args: OfficeArgs, paths: OfficePaths): Promise<number> {
  let office: RunningOffice;
  try {
    office = await startOffice(args, paths);
  } catch (error) {
    if (error instanceof EngineError) {
      console.error(`Kantor tidak dapat dibuka: ${error.message}`);
      return 1;
    }
    throw error;
  }
  console.log(`Karya Kantor siap di ${office.server.url}`);
  console.log(`Database: ${office.db.label}`);
  console.log(`Alamat unggah batch untuk kasir: ${office.server.url}batches`);
  if (office.takenUp > 0) console.log(`Batch dari arsip yang disimpan saat mulai: ${office.takenUp}`);
  if (args.watchDir) console.log(`Folder yang diawasi: ${args.watchDir}`);
  if (args.publicUrl) console.log(`Alamat publik (di balik proxy): ${args.publicUrl}`);
  console.log('Tekan Ctrl+C untuk berhenti.');
  if (args.open) openInBrowser(office.server.url);
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  await office.close();
  return 0;
}
