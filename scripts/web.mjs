#!/usr/bin/env node
// `npm run web`: builds the app, then serves the till to a browser on 127.0.0.1 from the built
// browser mode, out/web/web.mjs (scripts/launch.mjs).
// Flags: --db FILE, --port N, --no-open, --no-build (tests build once and pass this).
import { spawnSync } from 'node:child_process';
import { runBrowserMode } from './launch.mjs';

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
process.exitCode = await runBrowserMode(argv);
