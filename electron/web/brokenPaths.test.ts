// A broken %-escape (`GET /%E0%A4%A`) or an address the URL parser refuses (`//[`) once answered
// 500 with a stack trace in the log, on the loopback door and on the office receiver. Both are the
// sender's mistake: 400, nothing logged. Real HTTP on 127.0.0.1.
import { mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { engineIn } from '../../tests/support/engine';
import { tempDirPerTest } from '../../tests/support/tempDir';
import { startReceiver } from '../office/receiver';
import { startWebDoor } from './server';

const tempDir = tempDirPerTest();
const closers: (() => unknown)[] = [];
afterEach(async () => {
  for (const close of closers.splice(0).reverse()) await close();
  vi.restoreAllMocks();
});

/** A raw request: the path goes on the wire exactly as written. */
function get(port: number, path: string, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, method: 'GET', path, headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        body += chunk;
      });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

const BROKEN = ['/%E0%A4%A', '/assets/%', '/%ZZ', '//['];

describe('a broken request address', () => {
  it('is answered 400 by the loopback door, without a stack trace in the log', async () => {
    const dir = tempDir();
    const staticDir = join(dir, 'renderer');
    mkdirSync(staticDir);
    writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>Karya POS</title>');
    const t = engineIn(dir);
    closers.push(() => t.engine.close());
    const web = await startWebDoor({ engine: t.engine, staticDir });
    closers.push(() => web.close());
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const host = { host: `127.0.0.1:${web.port}` };
    for (const path of BROKEN) {
      const answer = await get(web.port, path, host);
      expect(answer.status, path).toBe(400);
      expect(JSON.parse(answer.body), path).toEqual({
        ok: false,
        error: expect.objectContaining({ code: 'INVALID_INPUT', message: 'Alamat permintaan tidak sah.' }),
      });
    }
    expect(logged).not.toHaveBeenCalled();
    // The door still serves its page and refuses what it refused before.
    expect((await get(web.port, '/', host)).status).toBe(200);
    expect((await get(web.port, '/%2e%2e/secret.txt', host)).status).toBe(404);
  });

  it('is answered 400 by the office receiver, with and without a token, and nothing logged', async () => {
    const lines: string[] = [];
    const receiver = await startReceiver({
      dir: join(tempDir(), 'office'),
      tokens: ['kantor-palu-2026'],
      log: (line) => lines.push(line),
    });
    closers.push(() => receiver.close());
    const token = { authorization: 'Bearer kantor-palu-2026' };
    for (const path of ['/batches/%E0%A4%A', '/batches/%']) {
      const answer = await get(receiver.port, path, token);
      expect(answer.status, path).toBe(400);
      expect(JSON.parse(answer.body)).toMatchObject({ status: 'rejected' });
    }
    expect((await get(receiver.port, '//[', token)).status).toBe(400);
    expect((await get(receiver.port, '//[')).status).toBe(400);
    expect(lines.filter((line) => /galat|Error|at /.test(line))).toEqual([]);
    expect((await get(receiver.port, '/health')).status).toBe(200);
  });
});
