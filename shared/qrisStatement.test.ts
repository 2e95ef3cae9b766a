import { describe, expect, it } from 'vitest';
import { formatMessage, type MessageRef } from './messages';
import { matchStatement, parseStatementAmount, parseStatementTime, readStatement } from './qrisStatement';

const WITA = 8 * 60;

describe('reading a QRIS statement', () => {
  it('reads amounts as providers write them', () => {
    expect(parseStatementAmount('Rp 25.000')).toBe(25_000);
    expect(parseStatementAmount('25.000,00')).toBe(25_000);
    expect(parseStatementAmount('25,000.00')).toBe(25_000);
    expect(parseStatementAmount('125000')).toBe(125_000);
    expect(parseStatementAmount('1.250.000')).toBe(1_250_000);
    expect(parseStatementAmount('25.000,50')).toBeNull();
    expect(parseStatementAmount('dua puluh')).toBeNull();
  });

  it('reads local times in both date orders', () => {
    expect(parseStatementTime('2026-11-28 14:05:33', WITA)).toBe('2026-11-28T06:05:33.000Z');
    expect(parseStatementTime('28/11/2026 14.05', WITA)).toBe('2026-11-28T06:05:00.000Z');
    expect(parseStatementTime('31/02/2026 25:00', WITA)).toBeNull();
  });

  it('finds the columns by their header, skips failed lines and names unreadable ones', () => {
    const csv = [
      'No;Tanggal;Jam;Nominal;No. Referensi;Status',
      '1;28/11/2026;10:02;Rp 50.000;RRN001;Sukses',
      '2;28/11/2026;10:30;Rp 20.000;RRN002;Gagal',
      '3;28/11/2026;kemarin;Rp 10.000;RRN003;Sukses',
      '4;28/11/2026;11:15;Rp 35.000;;Sukses',
    ].join('\n');
    const { rows, problems } = readStatement(csv, WITA);
    expect(rows).toEqual([
      { line: 2, at: '2026-11-28T02:02:00.000Z', amount: 50_000, reference: 'RRN001' },
      { line: 5, at: '2026-11-28T03:15:00.000Z', amount: 35_000, reference: null },
    ]);
    expect(problems).toEqual([
      {
        line: 4,
        message: { key: 'payments.statementTime', params: { line: 4, text: '28/11/2026 kemarin' } },
      },
    ]);
    const said = (lang: 'id' | 'en', message: MessageRef | undefined) =>
      formatMessage(lang, message?.key ?? '', message?.params);
    expect(said('id', problems[0]?.message)).toBe('Baris 4: waktu "28/11/2026 kemarin" tidak dapat dibaca.');
    expect(said('en', problems[0]?.message)).toBe('Line 4: the time "28/11/2026 kemarin" cannot be read.');
    expect(said('id', readStatement('a,b\n1,2', WITA).problems[0]?.message)).toMatch(/Kolom tidak dikenali/);
  });
});

describe('matching', () => {
  it('pairs by amount within the window, closest first, each side once', () => {
    const payments = [
      { id: 'a', amount: 25_000, confirmedAt: '2026-11-28T02:00:00.000Z' },
      { id: 'b', amount: 25_000, confirmedAt: '2026-11-28T02:10:00.000Z' },
      { id: 'c', amount: 40_000, confirmedAt: '2026-11-28T03:00:00.000Z' },
    ];
    const rows = [
      { line: 2, amount: 25_000, at: '2026-11-28T02:09:00.000Z', reference: null },
      { line: 3, amount: 25_000, at: '2026-11-28T02:01:00.000Z', reference: null },
      { line: 4, amount: 40_000, at: '2026-11-28T04:00:00.000Z', reference: null },
      { line: 5, amount: 99_000, at: '2026-11-28T03:00:00.000Z', reference: null },
    ];
    const result = matchStatement(payments, rows, 15);
    expect(result.matched.map((m) => [m.payment.id, m.row.line, m.minutesApart])).toEqual([
      ['a', 3, 1],
      ['b', 2, 1],
    ]);
    expect(result.payments.map((p) => p.id)).toEqual(['c']);
    expect(result.rows.map((r) => r.line)).toEqual([4, 5]);
  });
});
