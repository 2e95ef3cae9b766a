#!/usr/bin/env node
// `npm start`: builds the app and opens the desktop window. The Electron binary is downloaded on
// first run; where that download is impossible (an offline install), say so in one line and start
// browser mode instead. Flags for browser mode pass through: --db FILE, --port N, --no-open.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const argv = process.argv.slice(2);
const require = createRequire(import.meta.url);
const electronDir = dirname(require.resolve('electron/package.json'));

function build() {
  const result = spawnSync('npm', ['run', '--silent', 'build'], {
    stdio: ['ignore', 'ignore', 'inherit'],
    shell: process.platform === 'win32',
  });
  if (result.status !== 0) {
    console.error('Gagal membangun aplikasi (npm run build).');
    process.exit(1);
  }
}

/** The downloaded Electron executable, or null while it is missing. */
function electronBinary() {
  if (process.env.ELECTRON_OVERRIDE_DIST_PATH) return require('electron');
  const pathFile = join(electronDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = join(electronDir, 'dist', readFileSync(pathFile, 'utf8'));
  return existsSync(binary) ? binary : null;
}

function downloadElectron() {
  console.log('Mengunduh Electron untuk jendela desktop (sekali saja)...');
  const result = spawnSync(process.execPath, [join(electronDir, 'install.js')], {
    stdio: ['ignore', 'ignore', 'pipe'],
    encoding: 'utf8',
    timeout: 15 * 60 * 1000,
  });
  return result.status === 0 ? electronBinary() : null;
}

if (!argv.includes('--no-build')) build();
const binary = electronBinary() ?? downloadElectron();

if (binary) {
  const env = { ...process.env };
  delete env.ELECTRON_RUN_AS_NODE;
  const child = spawn(binary, ['.'], { stdio: 'inherit', env, cwd: join(electronDir, '..', '..') });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  console.log(
    'Electron tidak dapat diunduh (tidak ada internet?), jadi jendela desktop tidak bisa dibuka: Karya POS berjalan dalam mode peramban.',
  );
  const { runBrowserMode } = await import('./launch.mjs');
  process.exitCode = await runBrowserMode(argv);
}
