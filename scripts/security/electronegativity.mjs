#!/usr/bin/env node
// `npm run security`: Doyensec's Electronegativity over the app's own code (main, preload, engine,
// doors, renderer; tests excluded, they hold stand-ins on purpose). Fails on any finding above
// informational unless it is in ACCEPTED below, with its reason (docs/security.md explains each)
// and a check that the reason still holds. Runs offline: the tool's two network look-ups
// (translations, Electron's release list) are answered "offline" at once instead of timing out.
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = fileURLToPath(new URL('../../', import.meta.url));
// The sources to scan; the test of this script points it at a doctored copy.
const ROOT = process.env.KARYA_SECURITY_ROOT ?? REPO;
const require = createRequire(join(REPO, 'package.json'));
const TOOL = join(REPO, 'node_modules/@doyensec/electronegativity');

// The tool's TypeScript parser (typescript-estree 4) needs the TypeScript 4 it ships with, but npm
// hoists the parser next to the project's TypeScript 7, whose API it cannot read. Point it back.
const ownTypeScript = join(TOOL, 'node_modules/typescript');
const resolveFilename = Module._resolveFilename;
Module._resolveFilename = function (request, parent, ...rest) {
  if (request === 'typescript' && parent?.filename?.includes('typescript-estree')) {
    return resolveFilename.call(this, ownTypeScript, parent, ...rest);
  }
  return resolveFilename.call(this, request, parent, ...rest);
};
const load = Module._load;
Module._load = function (request, parent, isMain) {
  if (request === 'got' && parent?.filename?.startsWith(TOOL)) {
    const offline = () => Promise.reject(new Error('offline: npm test does not use the network'));
    offline.get = offline;
    return offline;
  }
  return load.call(this, request, parent, isMain);
};

const read = (path) => readFileSync(join(ROOT, path), 'utf8');
const has = (path, ...patterns) => {
  const text = read(path);
  const missing = patterns.filter((p) => !p.test(text));
  return missing.length === 0 ? null : `${path} no longer has ${missing.map(String).join(', ')}`;
};
const lineOf = (file, line) => (read(file).split('\n')[line - 1] ?? '').trim();

/**
 * Findings the tool cannot see past, each with why it is safe and a check that keeps it true.
 * `match` gets the finding; `verify` returns null when the reason holds, else what changed.
 */
const ACCEPTED = [
  {
    ids: ['CONTEXT_ISOLATION_JS_CHECK', 'SANDBOX_JS_CHECK', 'NODE_INTEGRATION_JS_CHECK', 'AUXCLICK_JS_CHECK'],
    why: 'The main window options come from windowOptions() in electron/window.ts; the tool reads only object literals written inside `new BrowserWindow(...)`. window.test.ts asserts them too.',
    match: (f) => f.file === 'electron/main.ts' && lineOf(f.file, f.line).includes('windowOptions('),
    verify: () =>
      has(
        'electron/window.ts',
        /contextIsolation: true/,
        /sandbox: true/,
        /nodeIntegration: false/,
        /nodeIntegrationInSubFrames: false/,
        /webviewTag: false/,
        /disableBlinkFeatures: 'Auxclick'/,
      ),
  },
  {
    ids: ['CONTEXT_ISOLATION_JS_CHECK', 'SANDBOX_JS_CHECK', 'NODE_INTEGRATION_JS_CHECK', 'AUXCLICK_JS_CHECK'],
    why: "The customer display window takes displayWindowOptions() from electron/window.ts, which keeps the main window's webPreferences unchanged (window.test.ts asserts they are equal).",
    match: (f) => f.file === 'electron/main.ts' && lineOf(f.file, f.line).includes('displayWindowOptions('),
    verify: () =>
      has(
        'electron/window.ts',
        /export function displayWindowOptions/,
        /const main = windowOptions\(preloadPath\);/,
        /\.\.\.main,/,
      ) ??
      has(
        'electron/window.test.ts',
        /expect\(options\.webPreferences\)\.toEqual\(windowOptions\('\/app\/preload\.cjs'\)\.webPreferences\)/,
      ),
  },
  {
    ids: ['CONTEXT_ISOLATION_JS_CHECK', 'SANDBOX_JS_CHECK', 'NODE_INTEGRATION_JS_CHECK', 'AUXCLICK_JS_CHECK'],
    why: 'The hidden print window (system printers) takes PRINT_WINDOW_OPTIONS from electron/systemPrint.ts: never shown, JavaScript off, sandboxed and isolated, so nothing can be clicked or run in it.',
    match: (f) => f.file === 'electron/main.ts' && lineOf(f.file, f.line).includes('PRINT_WINDOW_OPTIONS'),
    verify: () =>
      has(
        'electron/systemPrint.ts',
        /show: false/,
        /javascript: false/,
        /sandbox: true/,
        /contextIsolation: true/,
        /nodeIntegration: false/,
      ),
  },
  {
    ids: ['CSP_GLOBAL_CHECK'],
    why: "The header CSP is the constant CONTENT_SECURITY_POLICY, which the tool cannot parse from an identifier; it is the same policy as renderer/index.html's meta tag, which the tool does check.",
    match: (f) => f.file === 'electron/window.ts' && f.description.includes('Failed to parse'),
    verify: () => {
      const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(
        read('renderer/index.html'),
      )?.[1];
      const header = read('electron/window.ts')
        .match(/CONTENT_SECURITY_POLICY =([\s\S]*?);\n/)?.[1]
        ?.match(/"([^"]*)"/g)
        ?.map((part) => part.slice(1, -1))
        .join('');
      return meta && header === meta
        ? null
        : 'the CSP header in electron/window.ts differs from renderer/index.html';
    },
  },
  {
    ids: ['CSP_GLOBAL_CHECK'],
    why: 'script-src \'self\' is rated "maybe weak" because a site hosting JSONP or user uploads could be abused; the app serves only its own bundle from file:// or its loopback door, no uploads, no JSONP, no inline scripts.',
    match: (f) => f.file === 'renderer/index.html' && f.severity === 'LOW',
    verify: () =>
      has(
        'renderer/index.html',
        /script-src 'self';/,
        /default-src 'none'/,
        /object-src 'none'/,
        /base-uri 'none'/,
      ),
  },
];

function stage() {
  const dir = mkdtempSync(join(tmpdir(), 'karya-security-'));
  const keep = (source) => !/\.test\.tsx?$/.test(source) && !source.includes('node_modules');
  for (const folder of ['electron', 'renderer', 'shared']) {
    cpSync(join(ROOT, folder), join(dir, folder), { recursive: true, filter: keep });
  }
  cpSync(join(ROOT, 'package.json'), join(dir, 'package.json'));
  return dir;
}

const electronVersion = JSON.parse(
  readFileSync(join(REPO, 'node_modules/electron/package.json'), 'utf8'),
).version;
const run = require(join(TOOL, 'dist/runner.js'));
const input = stage();
let result;
try {
  result = await run(
    {
      input,
      isRelative: true,
      electronVersionOverride: electronVersion,
      customScan: [],
      excludeFromScan: [],
      parserPlugins: [],
    },
    false,
  );
} finally {
  rmSync(input, { recursive: true, force: true });
}

const findings = result.issues.map((issue) => ({
  id: issue.id,
  file: relative(input, join(input, issue.file)).replaceAll('\\', '/'),
  line: issue.location.line,
  severity: issue.severity.name,
  confidence: issue.confidence.name,
  description: issue.description,
}));
const unreadable = result.errors.filter((e) => !e.tolerable);
const problems = [];
const accepted = [];
for (const finding of findings) {
  if (finding.severity === 'INFORMATIONAL') continue;
  const entry = ACCEPTED.find((a) => a.ids.includes(finding.id) && a.match(finding));
  const broken = entry?.verify();
  if (entry && !broken) accepted.push({ finding, why: entry.why });
  else problems.push({ finding, why: broken ?? 'not accepted' });
}
for (const error of unreadable)
  problems.push({ finding: { id: 'PARSE_ERROR', file: error.file }, why: error.message });

const where = (f) => `${f.file}${f.line ? `:${f.line}` : ''}`;
console.log(
  `Electronegativity ${JSON.parse(readFileSync(join(TOOL, 'package.json'), 'utf8')).version}, Electron ${electronVersion}: ` +
    `${result.globalChecks + result.atomicChecks} checks, ${findings.length} findings ` +
    `(${findings.filter((f) => f.severity === 'INFORMATIONAL').length} informational, ${accepted.length} accepted, ${problems.length} open)`,
);
for (const { finding, why } of accepted)
  console.log(`  accepted ${finding.id} ${finding.severity} at ${where(finding)}: ${why}`);
for (const { finding, why } of problems) {
  console.error(
    `  FINDING ${finding.id} ${finding.severity ?? ''} at ${where(finding)}: ${finding.description ?? ''} (${why})`,
  );
}
process.exitCode = problems.length === 0 ? 0 : 1;
