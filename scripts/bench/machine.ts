import { createRequire } from 'node:module';
import { cpus, platform, release, totalmem } from 'node:os';
import Database from 'better-sqlite3';

export interface Machine {
  cpu: string;
  cores: number;
  ramGiB: number;
  os: string;
  node: string;
  sqlite: string;
  betterSqlite3: string;
}

/** What the numbers were measured on: they only mean something next to this. */
export function describeMachine(): Machine {
  const db = new Database(':memory:');
  const { version } = db.prepare('SELECT sqlite_version() AS version').get() as { version: string };
  db.close();
  const pkg = createRequire(import.meta.url)('better-sqlite3/package.json') as { version: string };
  const cpuList = cpus();
  return {
    cpu: cpuList[0]?.model.trim() ?? 'unknown',
    cores: cpuList.length,
    ramGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    os: `${platform()} ${release()}`,
    node: process.version,
    sqlite: version,
    betterSqlite3: pkg.version,
  };
}
