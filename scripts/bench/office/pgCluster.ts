// A PostgreSQL cluster for the office bench, in a folder of the bench's own: Debian's binaries
// (found as the tests find them), a Unix socket in that folder, trust authentication. Unlike the
// tests' throwaway cluster (office/db/testing/cluster.ts: fsync, synchronous commit and full page
// writes off), this one is durable (fsync, synchronous commit and full page writes on), since the
// ingest rate it measures is the one an office server on a real disk would see. It has the memory
// and WAL settings docs/office.md gives for the office's server (OFFICE_PG_SETTINGS): PostgreSQL's
// defaults (128 MB of buffers, a checkpoint every 1 GB of WAL) checkpoint every ~50 s under a
// region's year of batches, and every checkpoint doubles the WAL that follows it.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { findPgBin } from '../../../office/db/testing/cluster';

const PORT = 5433;

/** The office server's PostgreSQL settings (docs/office.md, "PostgreSQL for the office"). */
export const OFFICE_PG_SETTINGS = {
  shared_buffers: '512MB',
  max_wal_size: '8GB',
  checkpoint_timeout: '15min',
  wal_compression: 'on',
} as const;
const asRoot = () => process.getuid?.() === 0;

function runPg(program: string, args: string[]): void {
  const command = join(findPgBin(), program);
  const [file, argv] = asRoot() ? ['runuser', ['-u', 'postgres', '--', command, ...args]] : [command, args];
  execFileSync(file, argv, { env: { ...process.env, LC_ALL: 'C.UTF-8' }, stdio: ['ignore', 'pipe', 'pipe'] });
}

/** Creates and starts a cluster in `<dir>` (its parent open to PostgreSQL's user); returns its URL. */
export function startBenchCluster(dir: string): string {
  mkdirSync(dir, { recursive: true });
  if (asRoot()) execFileSync('chown', ['postgres:postgres', dir]);
  const data = join(dir, 'data');
  runPg('initdb', ['-D', data, '-U', 'karya', '--auth=trust', '--encoding=UTF8', '--locale=C.UTF-8']);
  const settings = [
    `-c listen_addresses=''`,
    `-c unix_socket_directories='${dir}'`,
    `-p ${PORT}`,
    ...Object.entries(OFFICE_PG_SETTINGS).map(([name, value]) => `-c ${name}=${value}`),
  ].join(' ');
  runPg('pg_ctl', ['-D', data, '-l', join(dir, 'log'), '-w', '-t', '60', '-o', settings, 'start']);
  return benchClusterUrl(dir, 'postgres');
}

export function benchClusterUrl(dir: string, database: string): string {
  return `postgresql://karya@/${database}?host=${encodeURIComponent(dir)}&port=${PORT}`;
}

export function stopBenchCluster(dir: string): void {
  const data = join(dir, 'data');
  if (!existsSync(join(data, 'postmaster.pid'))) return;
  runPg('pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop']);
}
