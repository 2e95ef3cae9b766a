// Shared by the end-to-end tests and the bench: how Debian's Chromium is launched here, and browser
// mode started on a database the way `npm run web` starts it, resolving with the address it prints.
import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Debian's Chromium, headless, without the sandbox (root in a container) and without the network. */
export const CHROMIUM = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
};

/**
 * `scripts/web.mjs --no-build --no-open --db <dbPath>`, with the address and token it prints. `env`
 * adds to the engine process's environment (the clock test runs it under libfaketime).
 */
export function startBrowserMode(
  dbPath: string,
  options: { env?: Record<string, string> } = {},
): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ['scripts/web.mjs', '--no-build', '--no-open', '--db', dbPath], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ...options.env },
  });
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => {
      child.kill('SIGTERM');
      reject(new Error(`browser mode did not start:\n${output}`));
    }, 30_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /(http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve({ child, url: match[1] });
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`browser mode exited (${code}):\n${output}`));
    });
  });
}

/** Stops browser mode and waits for it to be gone (it may have exited already). */
export async function stopBrowserMode(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}
