// The office server started as `npm run office` starts it (scripts/office.mjs: the build in
// KARYA_OUT_DIR), on a fresh data folder with the embedded database and a free port, resolving
// with the address it prints.
import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export function startOffice(
  dataDir: string,
  args: readonly string[] = [],
): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(
    process.execPath,
    [join(ROOT, 'scripts/office.mjs'), '--no-open', '--port', '0', '--data', dataDir, ...args],
    { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], env: process.env },
  );
  return new Promise((resolve, reject) => {
    let output = '';
    // A new embedded database runs initdb first: tens of seconds on a loaded machine.
    const timer = setTimeout(() => {
      child.kill('SIGTERM');
      reject(new Error(`the office server did not start:\n${output}`));
    }, 180_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /siap di (http:\/\/127\.0\.0\.1:\d+\/)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve({ child, url: match[1] });
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the office server exited (${code}):\n${output}`));
    });
  });
}

export async function stopOffice(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}
