// Run in a child process by statementFiles.test.ts, under another time zone and locale: prints the
// SHA-256 of the statement's PDF and XLSX, which must equal the test process's own.
import { createHash } from 'node:crypto';
import { DEFAULT_RESOURCES_DIR } from '../../../electron/core/engine';
import { fontSet } from '../../../electron/core/fonts/fonts';
import { writePdf } from '../../../electron/core/pdf/writePdf';
import { sampleStatement } from '../../../tests/support/statement';
import { statementPdfDocument, statementWorkbook } from './statementFiles';

const sha = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
process.stdout.write(
  JSON.stringify({
    pdf: sha(writePdf(statementPdfDocument(sampleStatement()), fontSet(DEFAULT_RESOURCES_DIR))),
    xlsx: sha(statementWorkbook(sampleStatement())),
  }),
);
