import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { COMMAND_NAMES } from '../../shared/contract';
import { msg } from '../../shared/messages';
import { builtCliEnv } from '../../tests/support/builtCli';
import { tempDirPerTest } from '../../tests/support/tempDir';
import { runCli } from './karya';
import { storedTextsInIndonesian } from './storedTexts';

const tempDir = tempDirPerTest();
const BIN = fileURLToPath(new URL('../../scripts/karya.mjs', import.meta.url));
const builtEnv = builtCliEnv();

async function run(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('karya command line', () => {
  it('lists every command of the contract', async () => {
    const { code, out } = await run(['--db', join(tempDir(), 'k.db'), 'commands']);
    expect(code).toBe(0);
    expect(JSON.parse(out).map((c: { name: string }) => c.name)).toEqual(COMMAND_NAMES);
  });

  it('sells and reads a sale back as JSON', async () => {
    const db = join(tempDir(), 'k.db');
    const sold = await run([
      '--db',
      db,
      'sales.commitCash',
      '{"lines":[{"productId":1,"qty":2}],"cashTendered":60000}',
    ]);
    expect(sold.code).toBe(0);
    const sale = JSON.parse(sold.out);
    expect(sale).toMatchObject({ total: 50_000, change: 10_000 });
    const read = await run(['--db', db, 'sales.get', JSON.stringify({ receiptNo: sale.receiptNo })]);
    expect(JSON.parse(read.out)).toEqual(sale);
  });

  it('exits non-zero with a JSON error for refusals, bad JSON and bad usage', async () => {
    const db = join(tempDir(), 'k.db');
    const refused = await run(['--db', db, 'sales.get', '{"receiptNo":"X-1"}']);
    expect(refused.code).toBe(1);
    expect(JSON.parse(refused.out)).toEqual(
      expect.objectContaining({ code: 'NOT_FOUND', message: 'Transaksi X-1 tidak ditemukan.' }),
    );
    const badJson = await run(['--db', db, 'sales.get', '{receiptNo']);
    expect([badJson.code, JSON.parse(badJson.out).code]).toEqual([1, 'INVALID_INPUT']);
    const unknown = await run(['--db', db, 'sales.burn', '{}']);
    expect([unknown.code, JSON.parse(unknown.out).code]).toEqual([1, 'UNKNOWN_COMMAND']);
    expect((await run([])).code).toBe(2);
    expect((await run(['--db'])).code).toBe(2);
  });

  it('runs as the installed `karya` binary, built: the migrations and the demo catalogue found', () => {
    const db = join(tempDir(), 'k.db');
    const env = builtEnv();
    const result = spawnSync(process.execPath, [BIN, '--db', db, 'app.info'], { encoding: 'utf8', env });
    expect(result.stderr).toBe('');
    expect(result.status, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({
      device: 'BTH1',
      timeZone: 'Asia/Makassar',
      productCount: 22,
    });
    const failed = spawnSync(process.execPath, [BIN, '--db', db, 'sales.get', '{}'], {
      encoding: 'utf8',
      env,
    });
    expect(failed.status).toBe(1);
    expect(JSON.parse(failed.stdout).code).toBe('INVALID_INPUT');
  });

  it('prints refusals in Indonesian, naming fields in words; the key is there for other tools', async () => {
    const db = join(tempDir(), 'k.db');
    const invalid = await run([
      '--db',
      db,
      'sales.commitCash',
      '{"lines":[{"productId":1,"qty":1},{"productId":1,"qty":0}],"cashTendered":5000}',
    ]);
    expect(invalid.code).toBe(1);
    expect(JSON.parse(invalid.out)).toMatchObject({
      code: 'INVALID_INPUT',
      message: 'Data tidak valid: Baris 2: Jumlah barang harus lebih dari 0',
      key: 'input.invalid',
      path: ['lines', 1, 'qty'],
    });
    const short = await run([
      '--db',
      db,
      'sales.commitCash',
      '{"lines":[{"productId":1,"qty":1}],"cashTendered":1000}',
    ]);
    expect(JSON.parse(short.out)).toMatchObject({
      code: 'NOT_ENOUGH_CASH',
      message: 'Uang tunai kurang: perlu Rp 25.000, diterima Rp 1.000.',
      key: 'sales.cashShort',
    });
    expect(short.out).not.toMatch(/Invalid data|Not enough cash/);
  });

  it("prints a print job's stored failure in Indonesian", async () => {
    const db = join(tempDir(), 'k.db');
    await run(['--db', db, 'printers.save', '{"name":"Kasir","transport":"tcp","target":"127.0.0.1:9"}']);
    const sold = await run([
      '--db',
      db,
      'sales.commitCash',
      '{"lines":[{"productId":1,"qty":1}],"cashTendered":50000}',
    ]);
    const { receiptNo } = JSON.parse(sold.out);
    expect((await run(['--db', db, 'printing.printReceipt', JSON.stringify({ receiptNo })])).code).toBe(0);
    // As the worker leaves it: why it failed, stored as a message.
    const raw = new Database(db);
    raw
      .prepare(`UPDATE print_jobs SET status = 'failed', last_error = ?`)
      .run(msg('printing.tcpRefused', { where: '127.0.0.1:9' }));
    raw.close();
    const jobs = JSON.parse((await run(['--db', db, 'printing.jobs', '{}'])).out);
    expect(jobs.jobs[0]).toMatchObject({
      status: 'failed',
      lastError:
        'Printer di 127.0.0.1:9 menolak sambungan. Pastikan alamat dan port benar (biasanya 9100) dan printer menyala.',
    });
  });
});

describe('stored texts on the command line', () => {
  it("words a print job's and an upload's stored texts in Indonesian and leaves everything else", () => {
    const data = {
      jobs: [
        { id: 1, lastError: null, warning: msg('printing.problem.paperNearEnd'), title: 'printing.failed' },
      ],
      upload: {
        lastError: msg('batches.upload.unknownResent'),
        reason: 'batch ganda',
        attempts: 2,
      },
      void: { reason: 'printing.failed' },
      voidBlocked: { key: 'afterSale.voidOtherDay', params: { day: '2026-11-28' } },
      notARef: { key: 'afterSale.voidOtherDay', other: 1 },
    };
    expect(storedTextsInIndonesian(data)).toEqual({
      jobs: [
        {
          id: 1,
          lastError: null,
          warning: 'Kertas printer hampir habis. Siapkan gulungan kertas baru.',
          title: 'printing.failed',
        },
      ],
      upload: {
        lastError: 'Kantor tidak mengenal unggahan ini lagi: dikirim ulang.',
        reason: 'batch ganda',
        attempts: 2,
      },
      void: { reason: 'printing.failed' },
      voidBlocked: 'Pembatalan hanya boleh pada hari transaksi (2026-11-28); untuk hari lain gunakan retur.',
      notARef: { key: 'afterSale.voidOtherDay', other: 1 },
    });
  });
});
