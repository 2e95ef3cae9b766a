// Log files for support: one per process (main.log, engine.log) in the data folder's logs/, rotated
// by size. A log line carries an event name and a few plain fields, never a command's input, so
// PINs, session tokens and buyers' names have no way in; `redact` is a second fence for text that
// comes from error messages.
import { appendFileSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

export type LogLevel = 'INFO' | 'WARN' | 'ERROR';
export type LogFields = Record<string, string | number | boolean | null | undefined>;

export interface Logger {
  info(event: string, fields?: LogFields): void;
  warn(event: string, fields?: LogFields): void;
  /** `error` is summarised (name, message, stack), never serialised whole. */
  error(event: string, error?: unknown, fields?: LogFields): void;
}

export interface FileLoggerOptions {
  /** The logs folder, created on first write. */
  dir: string;
  /** `engine` writes engine.log, rotated to engine.1.log ... */
  name: string;
  maxBytes?: number;
  /** Rotated files kept besides the current one. */
  keep?: number;
  now?: () => Date;
  /** Also print warnings and errors here (the console while developing); same redacted line. */
  echo?: (line: string) => void;
}

export const LOG_MAX_BYTES = 1_000_000;
export const LOG_KEEP = 3;

const SECRET_PATTERNS: [RegExp, string][] = [
  // Session and door tokens: 32 random bytes as base64url (43) or hex (64). Shorter runs such as
  // backup file names (karya-BTH1-20261128-140500-auto) stay readable.
  [/[A-Za-z0-9_-]{40,}/g, '[disamarkan]'],
  // scrypt PIN hashes as stored in the users table.
  [/scrypt\$[^\s"']+/g, '[disamarkan]'],
  // `pin: 1234`, `"pin":"1234"`, `pin=1234`, whatever the quoting.
  [/(pin|token|session|password|secret)(["']?\s*[:=]\s*["']?)[^\s"',}]+/gi, '$1$2[disamarkan]'],
];

/** Masks anything shaped like a token, a PIN hash or a `pin: ...` pair. */
export function redact(text: string): string {
  return SECRET_PATTERNS.reduce((out, [pattern, replacement]) => out.replace(pattern, replacement), text);
}

function describeError(error: unknown): string {
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code;
    const head = `${error.name}${typeof code === 'string' ? ` [${code}]` : ''}: ${error.message}`;
    // Stack frames are file paths and line numbers; keep a few for support.
    const frames = (error.stack ?? '').split('\n').slice(1, 6).join('\n');
    return frames ? `${head}\n${frames}` : head;
  }
  return typeof error === 'string' ? error : 'non-Error value thrown';
}

function formatFields(fields: LogFields | undefined): string {
  if (!fields) return '';
  return Object.entries(fields)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => {
      const text = String(value);
      return ` ${key}=${/[\s"=]/.test(text) ? JSON.stringify(text) : text}`;
    })
    .join('');
}

export function formatLine(at: Date, level: LogLevel, event: string, fields?: LogFields, error?: unknown) {
  const errorText = error === undefined ? '' : ` error=${JSON.stringify(describeError(error))}`;
  return redact(`${at.toISOString()} ${level} ${event}${formatFields(fields)}${errorText}`);
}

/**
 * Appends synchronously, so the line is on disk before a crash; a full or missing disk never stops
 * the app (the failure is dropped: logging must not be the reason a sale fails).
 */
export function fileLogger(options: FileLoggerOptions): Logger {
  const maxBytes = options.maxBytes ?? LOG_MAX_BYTES;
  const keep = options.keep ?? LOG_KEEP;
  const now = options.now ?? (() => new Date());
  const file = join(options.dir, `${options.name}.log`);
  const rotated = (n: number) => join(options.dir, `${options.name}.${n}.log`);

  function rotateIfNeeded(incoming: number): void {
    let size = 0;
    try {
      size = statSync(file).size;
    } catch {
      return;
    }
    if (size + incoming <= maxBytes) return;
    rmSync(rotated(keep), { force: true });
    for (let n = keep - 1; n >= 1; n--) {
      if (existsSync(rotated(n))) renameSync(rotated(n), rotated(n + 1));
    }
    if (keep >= 1) renameSync(file, rotated(1));
    else rmSync(file, { force: true });
  }

  function write(level: LogLevel, event: string, fields?: LogFields, error?: unknown): void {
    const line = `${formatLine(now(), level, event, fields, error)}\n`;
    if (level !== 'INFO') options.echo?.(line.trimEnd());
    try {
      mkdirSync(options.dir, { recursive: true });
      rotateIfNeeded(Buffer.byteLength(line));
      appendFileSync(file, line);
    } catch {
      // Disk full or folder gone: the app carries on; the console echo above still shows errors.
    }
  }

  return {
    info: (event, fields) => write('INFO', event, fields),
    warn: (event, fields) => write('WARN', event, fields),
    error: (event, error, fields) => write('ERROR', event, fields, error),
  };
}

/** For the command line and tests without a data folder: warnings and errors to stderr only. */
export function consoleLogger(echo: (line: string) => void = (line) => console.error(line)): Logger {
  const write = (level: LogLevel, event: string, fields?: LogFields, error?: unknown) => {
    if (level !== 'INFO') echo(formatLine(new Date(), level, event, fields, error));
  };
  return {
    info: (event, fields) => write('INFO', event, fields),
    warn: (event, fields) => write('WARN', event, fields),
    error: (event, error, fields) => write('ERROR', event, fields, error),
  };
}

/** The last `maxLines` lines of each log in `dir`, oldest file first, for the diagnostics text. */
export function recentLogLines(dir: string, names: readonly string[], maxLines: number): string[] {
  const out: string[] = [];
  for (const name of names) {
    const file = join(dir, `${name}.log`);
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      continue;
    }
    const lines = text.split('\n').filter((line) => line.length > 0);
    out.push(`--- ${name}.log (${lines.length} baris, ${Math.min(lines.length, maxLines)} terakhir) ---`);
    out.push(...lines.slice(-maxLines).map(redact));
  }
  return out;
}
