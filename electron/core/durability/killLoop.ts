// The crash harness: start a workload in a child process, SIGKILL it at a moment chosen by a seeded
// random generator, and hand the outcome to the workload's own check. A workload is one entry in
// WORKLOADS-like tables of the tests: the batch export (issue 'batches') plugs in as another child
// workload with its own check, nothing here changes.
import type { ChildProcess } from 'node:child_process';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const CHILD_SCRIPT = fileURLToPath(new URL('./crashChild.ts', import.meta.url));
const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** mulberry32: small, fast, and the same sequence for the same seed on every machine. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface ChildRun {
  /** Every stdout line the child wrote before it died. */
  lines: string[];
  /** Milliseconds from spawn to the marker line, -1 when it never came. */
  markerAfterSpawnMs: number;
  /** Milliseconds from the marker line to the kill (or -1 when the marker never came). */
  killedAfterMarkerMs: number;
  exitSignal: NodeJS.Signals | null;
  exitCode: number | null;
  stderr: string;
}

export interface KillPlan {
  args: string[];
  /** The line after which the delay starts (`READY`, `MIGRATING`); null: from the spawn itself. */
  marker: string | null;
  /** Delay after the marker, in ms; null: never kill, wait for `untilLine` instead. */
  delayMs: number | null;
  /** With delayMs null: resolve once this line appears (then kill). */
  untilLine?: string;
  timeoutMs?: number;
}

/** Spawns crashChild.ts under tsx and kills it with SIGKILL as planned. */
export function runChild(plan: KillPlan): Promise<ChildRun> {
  return new Promise((resolve, reject) => {
    const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', CHILD_SCRIPT, ...plan.args], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const spawnedAt = Date.now();
    const lines: string[] = [];
    let pending = '';
    let stderr = '';
    let markerAt = -1;
    let killedAt = -1;
    const kill = () => {
      if (killedAt < 0) {
        killedAt = Date.now();
        child.kill('SIGKILL');
      }
    };
    if (plan.marker === null && plan.delayMs !== null) setTimeout(kill, plan.delayMs);
    const timeout = setTimeout(() => {
      kill();
      reject(new Error(`child did not reach ${plan.untilLine ?? plan.marker} in time:\n${stderr}`));
    }, plan.timeoutMs ?? 30_000);
    child.stdout?.setEncoding('utf8');
    child.stdout?.on('data', (chunk: string) => {
      pending += chunk;
      const parts = pending.split('\n');
      pending = parts.pop() ?? '';
      for (const line of parts) {
        // Lines read after the kill were still written before it: the sale behind an ACK had
        // committed, so they count as acknowledged too.
        lines.push(line);
        if (line === plan.marker && markerAt < 0) {
          markerAt = Date.now();
          if (plan.delayMs !== null) setTimeout(kill, plan.delayMs);
        }
        if (plan.untilLine !== undefined && line === plan.untilLine) kill();
      }
    });
    child.stderr?.setEncoding('utf8');
    child.stderr?.on('data', (chunk: string) => {
      stderr += chunk;
    });
    child.on('error', reject);
    child.on('close', (exitCode, exitSignal) => {
      clearTimeout(timeout);
      if (pending) lines.push(pending);
      resolve({
        lines,
        markerAfterSpawnMs: markerAt < 0 ? -1 : markerAt - spawnedAt,
        killedAfterMarkerMs: markerAt < 0 || killedAt < 0 ? -1 : killedAt - markerAt,
        exitSignal,
        exitCode,
        stderr,
      });
    });
  });
}

/** KARYA_SOAK=1 runs the long version (documented in docs/operations.md). */
export function soakMode(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.KARYA_SOAK === '1';
}

export function crashSeed(env: NodeJS.ProcessEnv = process.env): number {
  const given = Number(env.KARYA_CRASH_SEED);
  return Number.isInteger(given) && given > 0 ? given : 0x4b525941;
}
