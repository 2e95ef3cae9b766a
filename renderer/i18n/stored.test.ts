import { describe, expect, it } from 'vitest';
import { msg } from '../../shared/messages';
import { wordStored } from './stored';

describe('stored texts', () => {
  it("words a print job's stored last error in the screen's language", () => {
    const stored = msg('printing.tcpRefused', { where: '192.168.1.50:9100' });
    expect(wordStored('en', stored)).toBe(
      'The printer at 192.168.1.50:9100 refused the connection. Make sure the address and port are right (usually 9100) and the printer is on.',
    );
    expect(wordStored('id', stored)).toBe(
      'Printer di 192.168.1.50:9100 menolak sambungan. Pastikan alamat dan port benar (biasanya 9100) dan printer menyala.',
    );
  });

  it('words a message given as a param in the same language', () => {
    const stored = msg('printing.notADevice', { target: '/tmp/x', kind: { key: 'printing.fileKind.file' } });
    expect(wordStored('en', stored)).toMatch(/^\/tmp\/x is not a printer device \(an ordinary file\)\./);
  });

  it("words an upload's stored error, and keeps the office's own reason as it came", () => {
    expect(wordStored('en', msg('batches.upload.unknownResent'))).toBe(
      'The office no longer knows this upload: sending it again.',
    );
    const token = msg('batches.upload.tokenRejectedWhy', { status: 401, reason: 'token tidak dikenal' });
    expect(wordStored('en', token)).toBe(
      'The office server refused the token (HTTP 401): token tidak dikenal. Check the token in the upload settings, then send again.',
    );
    expect(wordStored('en', 'batch ganda')).toBe('batch ganda');
  });

  it('shows a sentence stored before texts were kept as keys as it is', () => {
    const old = 'Kertas printer habis. Pasang gulungan kertas baru, lalu coba lagi.';
    expect(wordStored('en', old)).toBe(old);
    expect(wordStored('id', old)).toBe(old);
    // Text that merely starts like a key, or carries broken params, is not taken for one.
    expect(wordStored('en', 'printing.noSuchKey')).toBe('printing.noSuchKey');
    expect(wordStored('en', 'printing.tcpRefused{oops')).toBe('printing.tcpRefused{oops');
  });
});
