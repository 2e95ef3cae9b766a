// `npm run virtual-printer`: a pretend ESC/POS network printer on 127.0.0.1:9100 for development.
// Point a printer profile (Jaringan / TCP) at 127.0.0.1:9100 and every receipt appears here as text.
// Flags: --port N, --host H, --dir FOLDER (where jobs are stored), --paper-out, --cover-open.
// Keys while running: p paper out, c cover open, n paper nearly out, s silent (no status answers), q quit.
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startVirtualPrinter } from './virtualPrinter/virtualPrinter';

export { startVirtualPrinter } from './virtualPrinter/virtualPrinter';

function flag(argv: string[], name: string): string | undefined {
  const at = argv.indexOf(name);
  return at >= 0 ? argv[at + 1] : undefined;
}

async function main(argv: string[]): Promise<void> {
  const port = Number(flag(argv, '--port') ?? 9100);
  const dir = flag(argv, '--dir') ?? join(tmpdir(), 'karya-virtual-printer');
  const printer = await startVirtualPrinter({
    port,
    host: flag(argv, '--host') ?? '127.0.0.1',
    dir,
    paperOut: argv.includes('--paper-out'),
    coverOpen: argv.includes('--cover-open'),
    onJob: (job) => {
      console.log(
        `\n===== pekerjaan #${job.id} (${job.bytes.length} byte) ${job.receivedAt.toLocaleTimeString('id-ID')} =====`,
      );
      console.log(job.text);
      if (job.decoded.unknown.length > 0)
        console.log(`(perintah tidak dikenal: ${job.decoded.unknown.join(' | ')})`);
      console.log(`===== tersimpan di ${job.file} =====`);
    },
    onRejected: (bytes, reason) =>
      console.log(`\n!! ${bytes.length} byte diterima tetapi tidak dicetak: ${reason}`),
  });
  const show = () => {
    const s = printer.state;
    console.log(
      `Keadaan: kertas ${s.paperOut ? 'HABIS' : s.paperNearEnd ? 'hampir habis' : 'ada'}, penutup ${s.coverOpen ? 'TERBUKA' : 'tertutup'}, status ${s.silent ? 'DIAM' : 'dijawab'}`,
    );
  };
  console.log(`Printer virtual siap di ${printer.host}:${printer.port}; pekerjaan disimpan di ${dir}`);
  console.log(
    'Tombol: p kertas habis, c penutup terbuka, n kertas hampir habis, s tanpa jawaban status, q keluar',
  );
  show();

  const stop = async () => {
    await printer.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
  if (process.stdin.isTTY) {
    process.stdin.setRawMode(true);
    process.stdin.resume();
    process.stdin.on('data', (key: Buffer) => {
      const k = key.toString();
      if (k === 'q' || k === '\u0003') void stop();
      else if (k === 'p') printer.setPaperOut(!printer.state.paperOut);
      else if (k === 'c') printer.setCoverOpen(!printer.state.coverOpen);
      else if (k === 'n') printer.setPaperNearEnd(!printer.state.paperNearEnd);
      else if (k === 's') printer.setSilent(!printer.state.silent);
      else return;
      show();
    });
  }
}

// Run as a program (tsx scripts/virtual-printer.ts), not when a test imports startVirtualPrinter.
if (process.argv[1]?.endsWith('virtual-printer.ts')) {
  main(process.argv.slice(2)).catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
