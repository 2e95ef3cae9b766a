import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from './fixtures';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const TOKEN = 'kantor-wilayah-sulteng';

/** A port nobody listens on yet: the office's server is down when the day goes out. */
function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/**
 * `npm run batch-receiver` (now the office server, on its embedded database), as an office would
 * start it; resolves once it listens. The first start creates the database (an initdb: seconds).
 */
function startReceiver(port: number, dir: string): Promise<ChildProcess> {
  const child = spawn(
    'npm',
    ['run', 'batch-receiver', '--', '--port', String(port), '--dir', dir, '--token', TOKEN],
    { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], detached: true },
  );
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`receiver did not start:\n${output}`)), 120_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('Alamat unggah batch untuk kasir:')) {
        clearTimeout(timer);
        resolve(child);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.on('exit', (code) => reject(new Error(`receiver exited (${code}):\n${output}`)));
  });
}

test('an admin sets up upload; a batch waits while the office is down and is received once it is back', async ({
  page,
  till,
}) => {
  // The office's first start runs an initdb for its embedded database.
  test.setTimeout(180_000);
  till.sellAndCloseDay([
    [1, 2],
    [3, 1],
  ]);
  const port = await freePort();
  const office = mkdtempSync(join(tmpdir(), 'karya-office-'));
  let receiver: ChildProcess | null = null;

  try {
    await till.open(page, 'admin');
    await page.getByTestId('nav-batches').click();
    await expect(page.getByTestId('upload-state')).toHaveText(
      'Unggah belum diatur: batch hanya lewat flashdisk.',
    );

    // Plain HTTP to another machine is refused: the token must not travel in clear text.
    await page.getByTestId('upload-url').fill('http://kantor.example.id/batches');
    await page.getByTestId('upload-token').fill(TOKEN);
    await page.getByTestId('upload-save').click();
    await expect(page.getByTestId('upload-error')).toContainText('harus lengkap, memakai HTTPS');
    const url = `http://127.0.0.1:${port}/batches`;
    await page.getByTestId('upload-url').fill(url);
    await page.getByTestId('upload-save').click();
    await expect(page.getByTestId('upload-notice')).toHaveText('Pengaturan unggah disimpan.');
    await expect(page.getByTestId('upload-state')).toHaveText(`Batch baru dikirim ke ${url} (token …teng).`);
    await expect(page.getByTestId('upload-token')).toHaveValue('');

    // No folder typed: the batch goes into the app's own folder and into the outbox.
    await page.getByTestId('batches-dir').fill('');
    await page.getByTestId('batches-export').click();
    await expect(page.getByTestId('batches-notice')).toContainText('Batch #1 selesai ditulis dan diperiksa');
    const cell = page.locator(
      '[data-testid="batches-history-row"][data-seq="1"] [data-testid="upload-cell"]',
    );
    // The office is down: the batch waits, says why, and when it is tried again.
    await expect(cell).toHaveAttribute('data-state', 'pending');
    await expect(cell.getByTestId('upload-error-text')).toContainText('Server kantor tidak dapat dihubungi');
    await expect(cell).toContainText('1 kali dicoba');

    // The office's server comes back; the manager does not wait for the next try.
    receiver = await startReceiver(port, office);
    await cell.getByTestId('upload-send').click();
    // The office's first batch in a new process: its database's first statements take a while.
    await expect(cell).toHaveAttribute('data-state', 'acknowledged', { timeout: 30_000 });
    await expect(cell.getByTestId('upload-state-label')).toHaveText('Diterima kantor');
    await expect(cell.getByTestId('upload-receipt')).toHaveText(/^Tanda terima BTH1-1-[0-9a-f]{12}$/);
    await expect(cell.getByTestId('upload-send')).toHaveCount(0);

    // The office stored it once (in its archive of batch folders), and its own check passes.
    expect(readdirSync(join(office, 'batches', 'BTH1'))).toHaveLength(1);
    const verify = spawnSync(
      process.execPath,
      ['scripts/karya.mjs', 'batch', 'verify', join(office, 'batches', 'BTH1')],
      {
        cwd: ROOT,
        encoding: 'utf8',
      },
    );
    expect(verify.stdout).toContain('Hasil: 1 batch, tidak ada masalah: SEMUA SAH.');
    expect(verify.status).toBe(0);
  } finally {
    if (receiver?.pid && receiver.exitCode === null && receiver.signalCode === null) {
      const exited = new Promise((resolve) => receiver?.once('exit', resolve));
      process.kill(-receiver.pid, 'SIGTERM');
      await exited;
    }
    rmSync(office, { recursive: true, force: true });
  }
});
