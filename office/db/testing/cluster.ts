// A real PostgreSQL cluster for tests, in a temporary folder: Debian's binaries, a Unix socket in
// that folder (no TCP port), trust authentication, no fsync (a throwaway cluster). As root the
// commands run as the `postgres` user, since initdb refuses root. See docs/research/office-app.md,
// "A PostgreSQL 15 cluster for tests".
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export const PG_PACKAGE_HINT =
  "PostgreSQL tidak ditemukan untuk uji database kantor: pasang paket Debian 'postgresql' (apt-get install postgresql), atau tunjuk folder bin-nya dengan KARYA_PG_BIN. KARYA_SKIP_PG=1 melewati uji PostgreSQL. / PostgreSQL was not found for the office database tests: install Debian's 'postgresql' package, or point KARYA_PG_BIN at its bin folder.";

const PORT = 5432;

/** The newest /usr/lib/postgresql/<n>/bin, or KARYA_PG_BIN. */
export function findPgBin(): string {
  const given = process.env.KARYA_PG_BIN;
  if (given) {
    if (!existsSync(join(given, 'initdb'))) throw new Error(`${PG_PACKAGE_HINT} (KARYA_PG_BIN=${given})`);
    return given;
  }
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root)
    ? readdirSync(root)
        .filter((name) => /^\d+$/.test(name) && existsSync(join(root, name, 'bin', 'initdb')))
        .sort((a, b) => Number(a) - Number(b))
    : [];
  const newest = versions.at(-1);
  if (!newest) throw new Error(PG_PACKAGE_HINT);
  return join(root, newest, 'bin');
}

const asRoot = () => process.getuid?.() === 0;

/** The environment for PostgreSQL's programs: without a faked clock (npm run test:clock). */
function pgEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, LC_ALL: 'C.UTF-8' };
  for (const name of Object.keys(env))
    if (name === 'LD_PRELOAD' || name.startsWith('FAKETIME')) delete env[name];
  return env;
}

function runPg(bin: string, program: string, args: string[]): void {
  const command = join(bin, program);
  const [file, argv] = asRoot() ? ['runuser', ['-u', 'postgres', '--', command, ...args]] : [command, args];
  execFileSync(file, argv, { env: pgEnv(), stdio: ['ignore', 'pipe', 'pipe'], timeout: 120_000 });
}

/** Creates and starts a cluster in `<dir>`; returns the URL of its `postgres` database. */
export function startCluster(dir: string): string {
  const bin = findPgBin();
  mkdirSync(dir, { recursive: true });
  if (asRoot()) {
    execFileSync('chown', ['postgres:postgres', dir]);
    chmodSync(join(dir, '..'), 0o755);
  }
  const data = join(dir, 'data');
  runPg(bin, 'initdb', [
    '-D',
    data,
    '-U',
    'karya',
    '--auth=trust',
    '--encoding=UTF8',
    '--locale=C.UTF-8',
    '--no-sync',
  ]);
  const settings = [
    "-c listen_addresses=''",
    `-c unix_socket_directories='${dir}'`,
    `-p ${PORT}`,
    '-c fsync=off',
    '-c synchronous_commit=off',
    '-c full_page_writes=off',
    '-c max_connections=200',
  ].join(' ');
  runPg(bin, 'pg_ctl', ['-D', data, '-l', join(dir, 'log'), '-w', '-t', '60', '-o', settings, 'start']);
  return clusterUrl(dir, 'postgres');
}

export function clusterUrl(dir: string, database: string): string {
  return `postgresql://karya@/${database}?host=${encodeURIComponent(dir)}&port=${PORT}`;
}

/** Stops the cluster under `<run>/pg` if one was started there (immediately: it is thrown away). */
export function stopCluster(run: string): void {
  const data = join(run, 'pg', 'data');
  if (!existsSync(join(data, 'postmaster.pid'))) return;
  try {
    runPg(findPgBin(), 'pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
  } catch {
    // Gone already; the folder is removed anyway.
  }
}
