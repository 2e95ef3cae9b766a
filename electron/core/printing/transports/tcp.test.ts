import { createServer, Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { startVirtualPrinter, type VirtualPrinter } from '../../../../scripts/virtualPrinter/virtualPrinter';
import { samplePrinter } from '../../../../tests/support/printing';
import { parseTcpTarget, tcpTransport } from './tcp';
import { PrintError, type PrintPayload } from './types';

// Generous limits so a busy CI machine never trips them; the timeout tests set their own short ones.
const TIMEOUTS = { connectMs: 3000, statusMs: 1500, writeMs: 3000 };
const JOB: PrintPayload = {
  type: 'escpos',
  bytes: Uint8Array.from([0x1b, 0x40, ...Buffer.from('Halo printer'), 0x0a, 0x1d, 0x56, 0x01]),
  title: 'Uji',
};
const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const clean of cleanups.splice(0)) await clean();
});

async function virtualPrinter(): Promise<VirtualPrinter> {
  const printer = await startVirtualPrinter({ port: 0 });
  cleanups.push(() => printer.close());
  return printer;
}

function send(
  port: number,
  options: { statusCheck?: boolean; payload?: PrintPayload; timeouts?: typeof TIMEOUTS } = {},
) {
  return tcpTransport({ timeouts: options.timeouts ?? TIMEOUTS }).send(
    samplePrinter({ target: `127.0.0.1:${port}`, statusCheck: options.statusCheck ?? true }),
    options.payload ?? JOB,
    new AbortController().signal,
  );
}

describe('raw TCP transport', () => {
  it('parses host:port with 9100 as the default port', () => {
    expect(parseTcpTarget('192.168.1.50')).toEqual({ host: '192.168.1.50', port: 9100 });
    expect(parseTcpTarget('printer.local:9101')).toEqual({ host: 'printer.local', port: 9101 });
    expect(parseTcpTarget('[::1]:9100')).toEqual({ host: '::1', port: 9100 });
    expect(() => parseTcpTarget('bad host')).toThrow(PrintError);
  });

  it('asks status, then prints the job on the virtual printer', async () => {
    const printer = await virtualPrinter();
    await expect(send(printer.port)).resolves.toEqual({});
    const [job] = await printer.waitForJobs(1);
    expect(job?.decoded.lines[0]).toBe('Halo printer');
    expect(Buffer.from(job?.bytes ?? []).equals(Buffer.from(JOB.bytes))).toBe(true);
    expect(printer.statusRequests).toBe(3);
  });

  it('refuses to send when the paper is out, with the Indonesian message, and prints once it is back', async () => {
    const printer = await virtualPrinter();
    printer.setPaperOut(true);
    await expect(send(printer.port)).rejects.toThrow(/^Kertas printer habis/);
    expect(printer.jobs).toHaveLength(0);
    expect(printer.rejected).toBe(0); // nothing was sent, so nothing was lost in a dead printer
    printer.setPaperOut(false);
    await send(printer.port);
    expect(printer.jobs).toHaveLength(1);
  });

  it('reports an open cover and passes a nearly-empty roll on as a warning', async () => {
    const printer = await virtualPrinter();
    printer.setCoverOpen(true);
    await expect(send(printer.port)).rejects.toThrow(/^Penutup printer terbuka/);
    printer.setCoverOpen(false);
    printer.setPaperNearEnd(true);
    await expect(send(printer.port)).resolves.toEqual({
      warning: expect.stringMatching(/hampir habis/),
      warningRef: { key: 'printing.problem.paperNearEnd' },
    });
    expect(printer.jobs).toHaveLength(1);
  });

  it('times out cleanly when the printer never answers status, and prints when status checks are off', async () => {
    const printer = await virtualPrinter();
    printer.setSilent(true);
    const started = Date.now();
    await expect(send(printer.port, { timeouts: { ...TIMEOUTS, statusMs: 300 } })).rejects.toThrow(
      /tidak menjawab pemeriksaan status dalam 0,3 detik/,
    );
    expect(Date.now() - started).toBeLessThan(2000);
    expect(printer.jobs).toHaveLength(0);
    await send(printer.port, { statusCheck: false });
    await printer.waitForJobs(1);
  });

  it('says so when nothing listens on the port', async () => {
    const server = createServer();
    const port = await new Promise<number>((resolve) =>
      server.listen(0, '127.0.0.1', () => resolve((server.address() as { port: number }).port)),
    );
    await new Promise((resolve) => server.close(resolve));
    await expect(send(port)).rejects.toThrow(`Printer di 127.0.0.1:${port} menolak sambungan`);
  });

  it('gives up connecting after the connect timeout', async () => {
    // A socket that never connects stands in for a printer that is switched off on the network.
    let socket: Socket | undefined;
    const transport = tcpTransport({
      timeouts: { ...TIMEOUTS, connectMs: 150 },
      connectSocket: () => {
        socket = new Socket();
        return socket;
      },
    });
    const started = Date.now();
    await expect(
      transport.send(samplePrinter({ target: '192.0.2.10:9100' }), JOB, new AbortController().signal),
    ).rejects.toThrow('Tidak dapat tersambung ke printer di 192.0.2.10:9100 dalam 0,15 detik');
    expect(Date.now() - started).toBeLessThan(1000);
    expect(socket?.destroyed).toBe(true);
  });

  it('gives up writing when the printer stops taking data', async () => {
    // Accepts the connection but never reads: the socket buffers fill and the write stalls.
    const accepted: Socket[] = [];
    const server = createServer({ pauseOnConnect: true }, (socket) => accepted.push(socket));
    const port = await new Promise<number>((resolve) =>
      server.listen(0, '127.0.0.1', () => resolve((server.address() as { port: number }).port)),
    );
    cleanups.push(() => {
      for (const socket of accepted) socket.destroy();
      server.close();
    });
    const big: PrintPayload = { type: 'escpos', bytes: new Uint8Array(64 * 1024 * 1024), title: 'besar' };
    await expect(
      send(port, { statusCheck: false, payload: big, timeouts: { ...TIMEOUTS, writeMs: 300 } }),
    ).rejects.toThrow(/berhenti menerima data \(lebih dari 0,3 detik\)/);
  });

  it('stops at once when the app closes', async () => {
    const printer = await virtualPrinter();
    printer.setSilent(true);
    const abort = new AbortController();
    const sending = tcpTransport({ timeouts: { ...TIMEOUTS, statusMs: 5000 } }).send(
      samplePrinter({ target: `127.0.0.1:${printer.port}` }),
      JOB,
      abort.signal,
    );
    setTimeout(() => abort.abort(), 50);
    await expect(sending).rejects.toThrow('Pencetakan dihentikan karena aplikasi ditutup.');
  });
});
