#!/usr/bin/env node
// npm run test:clock: the unit suite again under other clocks and time zones, one setting after
// another, so a test that reads the machine's calendar, time of day or zone fails here instead of
// on the day the real calendar reaches it. The clock is moved with Debian's libfaketime (`faketime`).
//
//   node scripts/testClock.mjs                    every setting below
//   node scripts/testClock.mjs --setting ID ...   only those settings (CI runs one)
//   node scripts/testClock.mjs -- FILTER...       anything after `--` goes to Vitest (files, -t ...)
//
// Exits with 1 if any setting fails, with 2 on wrong usage or when faketime is missing.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const VITEST = join(ROOT, 'node_modules', 'vitest', 'vitest.mjs');

/**
 * `at` is where the clock starts, in the setting's own zone; it keeps running from there. Without
 * `at` the suite runs at the real date and time, only in another zone.
 */
const SETTINGS = [
  {
    id: 'new-year-wita',
    tz: 'Asia/Makassar',
    at: '2027-01-01 00:30:00',
    why: 'half past midnight on a new year',
  },
  {
    id: 'leap-day-wita',
    tz: 'Asia/Makassar',
    at: '2028-02-29 23:59:00',
    why: 'a leap day turning into March',
  },
  { id: 'future-utc', tz: 'UTC', at: '2031-06-15 12:00:00', why: 'years ahead, on a machine set to UTC' },
  {
    id: 'future-new-york',
    tz: 'America/New_York',
    at: '2031-06-15 12:00:00',
    why: 'years ahead, west of UTC, midnight in WITA (what CI runs)',
  },
  { id: 'new-york', tz: 'America/New_York', why: 'today, a zone behind UTC with summer time' },
  { id: 'jayapura', tz: 'Asia/Jayapura', why: 'today, WIT: an hour ahead of the till' },
];

function usage(message) {
  console.error(`test:clock: ${message}`);
  console.error(`Usage: node scripts/testClock.mjs [--setting ID]... [-- VITEST ARGS]`);
  console.error(`Settings: ${SETTINGS.map((s) => s.id).join(', ')}`);
  process.exit(2);
}

function parseArgs(argv) {
  const ids = [];
  let vitestArgs = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') {
      vitestArgs = argv.slice(i + 1);
      break;
    }
    if (arg === '--setting') {
      const id = argv[++i];
      if (!id) usage('--setting needs an ID');
      ids.push(id);
    } else if (arg.startsWith('--setting=')) {
      ids.push(arg.slice('--setting='.length));
    } else {
      usage(`unknown argument ${arg}`);
    }
  }
  for (const id of ids) if (!SETTINGS.some((s) => s.id === id)) usage(`no setting called ${id}`);
  return { settings: ids.length ? SETTINGS.filter((s) => ids.includes(s.id)) : SETTINGS, vitestArgs };
}

/**
 * What the clock settings add to the environment. -m takes the thread-safe libfaketime (Node reads
 * the clock from several threads). FAKETIME_DONT_RESET: Vitest's workers and the child processes
 * tests spawn continue the same fake clock; without it each new process starts again at `at`,
 * behind the data its parent already wrote. FAKETIME_DONT_FAKE_MONOTONIC: only the wall clock
 * moves, so timers and timeouts keep their real length.
 */
function command(setting, args) {
  const env = { ...process.env, TZ: setting.tz, FAKETIME_DONT_FAKE_MONOTONIC: '1', FAKETIME_DONT_RESET: '1' };
  if (!setting.at) return { file: process.execPath, args, env };
  return { file: 'faketime', args: ['-m', '-f', `@${setting.at}`, process.execPath, ...args], env };
}

function requireFaketime() {
  const probe = spawnSync('faketime', ['-f', '+0', 'true'], { stdio: 'ignore' });
  if (probe.error?.code === 'ENOENT') {
    console.error(
      'test:clock: the `faketime` command is missing; it moves the clock for these runs. Install it with: apt-get install faketime',
    );
    process.exit(2);
  }
}

/** The clock and zone Node really sees under a setting: a check that libfaketime took hold. */
function seenClock(setting) {
  const script =
    'const d=new Date();console.log(JSON.stringify({iso:d.toISOString(),local:d.toLocaleString("sv-SE"),zone:Intl.DateTimeFormat().resolvedOptions().timeZone}))';
  const { file, args, env } = command(setting, ['-e', script]);
  const run = spawnSync(file, args, { env, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`could not start node under this setting: ${run.stderr.trim()}`);
  const seen = JSON.parse(run.stdout);
  if (seen.zone !== setting.tz) throw new Error(`node sees the zone ${seen.zone}, not ${setting.tz}`);
  if (
    setting.at &&
    Math.abs(Date.parse(seen.local.replace(' ', 'T')) - Date.parse(setting.at.replace(' ', 'T'))) > 60_000
  ) {
    throw new Error(`node sees ${seen.local} local time, not ${setting.at}: libfaketime did not take hold`);
  }
  return seen;
}

function runVitest(setting, vitestArgs, jsonFile) {
  const { file, args, env } = command(setting, [
    VITEST,
    'run',
    '-c',
    'tests/vitest.config.ts',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${jsonFile}`,
    ...vitestArgs,
  ]);
  return new Promise((resolve) => {
    const child = spawn(file, args, { cwd: ROOT, env, stdio: 'inherit' });
    child.on('error', (error) => resolve({ code: null, error }));
    child.on('exit', (code, signal) => resolve({ code, signal }));
  });
}

function summarise(setting, outcome, jsonFile, seconds) {
  const label = `${setting.id} (TZ=${setting.tz}${setting.at ? `, from ${setting.at}` : ', real date'})`;
  let report;
  try {
    report = JSON.parse(readFileSync(jsonFile, 'utf8'));
  } catch {
    const how =
      outcome.error?.message ?? (outcome.signal ? `killed by ${outcome.signal}` : `exit ${outcome.code}`);
    return {
      ok: false,
      line: `FAIL ${label}: Vitest gave no results (${how}) in ${seconds} s`,
      failures: [],
    };
  }
  const failures = [];
  for (const file of report.testResults ?? []) {
    const path = file.name.startsWith(ROOT) ? file.name.slice(ROOT.length) : file.name;
    const failed = (file.assertionResults ?? []).filter((a) => a.status === 'failed');
    for (const a of failed) failures.push(`${path} > ${a.fullName}`);
    if (file.status === 'failed' && failed.length === 0)
      failures.push(`${path}: ${(file.message || 'failed').split('\n')[0]}`);
  }
  const ok = outcome.code === 0 && report.success === true && failures.length === 0;
  const counts = `${report.numPassedTests} passed, ${report.numFailedTests} failed, ${report.numPendingTests + report.numTodoTests} skipped`;
  return { ok, line: `${ok ? 'ok  ' : 'FAIL'} ${label}: ${counts} in ${seconds} s`, failures };
}

async function main() {
  const { settings, vitestArgs } = parseArgs(process.argv.slice(2));
  if (settings.some((s) => s.at)) requireFaketime();
  if (!existsSync(VITEST)) usage('Vitest is not installed here; run npm install first');
  const work = mkdtempSync(join(tmpdir(), 'karya-test-clock-'));
  const results = [];
  try {
    for (const [i, setting] of settings.entries()) {
      console.log(`\n=== test:clock ${i + 1}/${settings.length}: ${setting.id}: ${setting.why}`);
      let seen;
      try {
        seen = seenClock(setting);
      } catch (error) {
        const line = `FAIL ${setting.id}: ${error.message}`;
        console.log(line);
        results.push({ ok: false, line, failures: [] });
        continue;
      }
      console.log(
        `=== TZ=${setting.tz}${setting.at ? ` faketime -m -f '@${setting.at}'` : ''}: Node sees ${seen.local} ${seen.zone} (${seen.iso})\n`,
      );
      const jsonFile = join(work, `${setting.id}.json`);
      const started = Date.now();
      const outcome = await runVitest(setting, vitestArgs, jsonFile);
      const result = summarise(setting, outcome, jsonFile, Math.round((Date.now() - started) / 1000));
      console.log(`\n=== ${result.line}`);
      for (const failure of result.failures) console.log(`      ${failure}`);
      results.push(result);
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  console.log('\n=== test:clock summary');
  for (const result of results) {
    console.log(result.line);
    for (const failure of result.failures) console.log(`      ${failure}`);
  }
  process.exit(results.every((r) => r.ok) ? 0 : 1);
}

await main();
