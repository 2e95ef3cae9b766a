import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const electronPresent = existsSync(join(ROOT, 'node_modules/electron/path.txt'));

describe('npm start without the Electron download', () => {
  // Where Electron has been downloaded, `npm start` opens the real window instead; nothing to check here.
  it.skipIf(electronPresent)('says so in one line and serves the till in browser mode', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'karya-start-'));
    // A mirror on a closed local port makes the download fail the same way on every machine.
    const child = spawn(
      process.execPath,
      ['scripts/start.mjs', '--no-build', '--no-open', '--db', join(dir, 'k.db')],
      {
        cwd: ROOT,
        env: { ...process.env, ELECTRON_MIRROR: 'http://127.0.0.1:9/' },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    try {
      const url = await new Promise<string>((resolve, reject) => {
        const timer = setInterval(() => {
          const match = /siap di (http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+)/.exec(stdout);
          if (match?.[1]) {
            clearInterval(timer);
            resolve(match[1]);
          }
        }, 50);
        child.on('exit', () => {
          clearInterval(timer);
          reject(new Error(`start exited early:\n${stdout}\n${stderr}`));
        });
      });
      expect(stdout).toMatch(/Electron tidak dapat diunduh .* mode peramban\.\n/);
      expect(stdout.split('\n').filter((line) => line.includes('Electron tidak dapat diunduh'))).toHaveLength(
        1,
      );
      expect(stderr).not.toMatch(/\n\s+at /); // no stack trace
      const page = await fetch(url);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('<title>Karya POS</title>');
      expect(readFileSync(join(dir, 'k.db')).subarray(0, 15).toString()).toBe('SQLite format 3');
    } finally {
      child.kill('SIGTERM');
      await new Promise((resolve) => child.once('exit', resolve));
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
