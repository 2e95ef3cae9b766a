// The command line as `npm run build` makes it (out/cli/karya.mjs), built from the current sources
// into a temp folder once per test file, so tests that spawn `scripts/karya.mjs` run the built
// program, never a stale out/ and never tsx.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { buildNode } from '../../scripts/build/node.mjs';

/** The environment to spawn scripts/karya.mjs with: KARYA_OUT_DIR is the fresh build. */
export function builtCliEnv(): () => NodeJS.ProcessEnv {
  let outDir = '';
  beforeAll(async () => {
    outDir = mkdtempSync(join(tmpdir(), 'karya-cli-'));
    await buildNode({ outDir, programs: ['cli'] });
  }, 60_000);
  afterAll(() => rmSync(outDir, { recursive: true, force: true }));
  return () => {
    const env: NodeJS.ProcessEnv = { ...process.env, KARYA_OUT_DIR: outDir };
    delete env.KARYA_FROM_SOURCE;
    return env;
  };
}
