import type { ChildProcess } from 'node:child_process';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test as base } from '@playwright/test';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export interface Till {
  /** The address with the per-launch token, as browser mode prints it. */
  url: string;
  dbPath: string;
  /** Runs the command-line door against the same database and returns parsed JSON. */
  karya(command: string, input?: unknown): { status: number | null; json: unknown };
}

function waitForUrl(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`browser mode did not start:\n${output}`)), 30_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /(http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.on('exit', (code) => reject(new Error(`browser mode exited (${code}):\n${output}`)));
  });
}

/** Each test gets its own engine, loopback door and SQLite file, started the way `npm run web` does. */
export const test = base.extend<{ till: Till }>({
  // biome-ignore lint/correctness/noEmptyPattern: Playwright reads fixture dependencies from this pattern.
  till: async ({}, use) => {
    const dir = mkdtempSync(join(tmpdir(), 'karya-e2e-'));
    const dbPath = join(dir, 'karya.db');
    const child = spawn(process.execPath, ['scripts/web.mjs', '--no-build', '--no-open', '--db', dbPath], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      const url = await waitForUrl(child);
      await use({
        url,
        dbPath,
        karya(command, input) {
          const args = ['scripts/karya.mjs', '--db', dbPath, command];
          if (input !== undefined) args.push(JSON.stringify(input));
          const result = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8' });
          return { status: result.status, json: JSON.parse(result.stdout) };
        },
      });
    } finally {
      child.kill('SIGTERM');
      await new Promise((resolve) => child.once('exit', resolve));
      rmSync(dir, { recursive: true, force: true });
    }
  },
});

export { expect } from '@playwright/test';
