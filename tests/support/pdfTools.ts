// The tools a PDF is checked with, as a reader's world has them: poppler-utils (pdftotext,
// pdffonts, pdfinfo, pdftoppm) and qpdf, Debian packages CI installs. A missing tool fails the test
// and names the package to install; nothing is skipped.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const PACKAGES: Record<string, string> = {
  pdftotext: 'poppler-utils',
  pdffonts: 'poppler-utils',
  pdfinfo: 'poppler-utils',
  pdftoppm: 'poppler-utils',
  qpdf: 'qpdf',
};

export interface ToolResult {
  stdout: string;
  stderr: string;
  status: number | null;
}

/** Runs a PDF tool; throws naming the Debian package when it is not installed. */
export function runPdfTool(tool: keyof typeof PACKAGES | string, args: string[]): ToolResult {
  const result = spawnSync(tool, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.error && (result.error as NodeJS.ErrnoException).code === 'ENOENT') {
    const pkg = PACKAGES[tool] ?? tool;
    throw new Error(`${tool} is not installed: install the Debian package ${pkg} (apt-get install ${pkg})`);
  }
  if (result.error) throw result.error;
  return { stdout: result.stdout, stderr: result.stderr, status: result.status };
}

/**
 * The text of a PDF file as pdftotext reads it (`args` e.g. `-layout`), without the bidi embedding
 * marks it puts around right-to-left stretches.
 */
export function pdfFileText(file: string, ...args: string[]): string {
  const { stdout, stderr, status } = runPdfTool('pdftotext', [...args, file, '-']);
  if (status !== 0) throw new Error(`pdftotext failed: ${stderr}`);
  return stdout.replace(/[\u202a-\u202e]/g, '');
}

/** The text of PDF bytes (written to a temporary file for pdftotext). */
export function pdfText(bytes: Uint8Array, ...args: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'karya-pdftext-'));
  try {
    const file = join(dir, 'file.pdf');
    writeFileSync(file, bytes);
    return pdfFileText(file, ...args);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
