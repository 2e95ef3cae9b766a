#!/usr/bin/env node
// `npm run web`: builds the renderer, then serves the till to a browser on 127.0.0.1.
// Flags: --db FILE, --port N, --no-open, --no-build (tests build once and pass this).
import { spawnSync } from 'node:child_process';
import { register } from 'tsx/esm/api';

const argv = process.argv.slice(2);
if (!argv.includes('--no-build')) {
  const build = spawnSync('npm', ['run', '--silent', 'build'], {
    stdio: ['ignore', 'ignore', 'inherit'],
    shell: process.platform === 'win32',
  });
  if (build.status !== 0) {
    console.error('Gagal membangun tampilan (npm run build).');
    process.exit(1);
  }
}
register();
const { parseBrowserModeArgs, runBrowserMode } = await import('../electron/web/browserMode.ts');
process.exitCode = await runBrowserMode(parseBrowserModeArgs(argv));
