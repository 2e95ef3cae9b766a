import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DEFAULT_RESOURCES_DIR } from '../../../electron/core/engine';
import { fontSet } from '../../../electron/core/fonts/fonts';
import { writePdf } from '../../../electron/core/pdf/writePdf';
import { pdfText } from '../../../tests/support/pdfTools';
import { sampleStatement } from '../../../tests/support/statement';
import { readXlsxRows } from '../../../tests/support/xlsxRows';
import { percentText, statementFileName, statementPdfDocument, statementWorkbook } from './statementFiles';

const fonts = fontSet(DEFAULT_RESOURCES_DIR);
const sha = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

describe('the statement files', () => {
  it('names the files by unit, period and revision', () => {
    expect(statementFileName(sampleStatement())).toBe('pernyataan-LPS-PALU-2026-11-01_2026-11-30-r1');
    expect(percentText(1250)).toBe('12,5%');
  });

  it('prints the number, the period, every total and every line in the PDF', () => {
    const text = pdfText(writePdf(statementPdfDocument(sampleStatement()), fonts), '-layout');
    expect(text).toContain('Pernyataan Hasil Penjualan · LPS-PALU');
    expect(text).toContain('Nomor HP/LPS-PALU/2026-11/1 · revisi 1');
    expect(text).toContain('1 November 2026 – 30 November 2026');
    expect(text).toMatch(/diterbitkan 01\/12\/2026 09\.30 WITA oleh Siti Keuangan/);
    for (const figure of ['105.001', '-25.000', '80.001', '22.501', '35.500', '22.000'])
      expect(text).toContain(figure);
    for (const no of ['BTH1-20261102-0001', 'BTH1-R-20261103-0001', 'PLU2-20261120-0001'])
      expect(text).toContain(no);
    expect(text).toContain('1,25 kg');
    expect(text).toContain('PNBP 50% · premi 35% · modal 15%');
    expect(text).toContain('Dihitung dari 3 batch. SHA-256 masukan');
    expect(text).toContain('a'.repeat(64));
  });

  it('holds the same figures in the workbook, numbers as numbers', () => {
    const bytes = statementWorkbook(sampleStatement());
    const summary = readXlsxRows(bytes, 'Ringkasan').map((r) => r.cells);
    expect(summary).toContainEqual(['Nomor', 'HP/LPS-PALU/2026-11/1']);
    expect(summary).toContainEqual(['Bersih', '80001']);
    expect(summary).toContainEqual(['PNBP', '22501']);
    const lines = readXlsxRows(bytes, 'Baris').map((r) => r.cells);
    expect(lines).toHaveLength(5);
    expect(lines[3]).toEqual([
      '2026-11-03',
      'BTH1',
      'Pengembalian',
      'BTH1-R-20261103-0001',
      'BTH1-20261102-0002',
      '1',
      'SBL-ROA',
      'Sambal roa',
      '-1',
      'pcs',
      '-25000',
      '1500',
      '5000',
      '3500',
    ]);
    const sum = lines.slice(1).reduce((s, r) => s + Number(r[10]), 0);
    expect(sum).toBe(sampleStatement().totals.net);
    const split = readXlsxRows(bytes, 'Pembagian').map((r) => r.cells);
    expect(split.at(-1)).toEqual([
      'Jumlah',
      '',
      '',
      '105001',
      '-25000',
      '80001',
      '22501',
      '35500',
      '22000',
      '4',
    ]);
  });

  it('gives the same bytes in another process, time zone and locale', () => {
    const here = {
      pdf: sha(writePdf(statementPdfDocument(sampleStatement()), fonts)),
      xlsx: sha(statementWorkbook(sampleStatement())),
    };
    const script = fileURLToPath(new URL('./statementFiles.hashes.fixture.ts', import.meta.url));
    const run = spawnSync(process.execPath, ['--import', 'tsx', script], {
      encoding: 'utf8',
      env: { ...process.env, TZ: 'America/New_York', LANG: 'en_US.UTF-8', LC_ALL: 'en_US.UTF-8' },
    });
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout)).toEqual(here);
  });
});
