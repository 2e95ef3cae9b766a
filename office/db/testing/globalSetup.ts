// Vitest's global setup for the office's database tests: one folder per run, where the first test
// file that needs them starts the PostgreSQL cluster and makes the embedded template
// (backends.ts). Nothing is started here, so a run without office tests costs nothing; the
// teardown stops the cluster if one was started and removes the folder.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { stopCluster } from './cluster';

declare module 'vitest' {
  export interface ProvidedContext {
    karyaDbRun: string;
  }
}

export default function setup(project: TestProject): () => void {
  const run = mkdtempSync(join(tmpdir(), 'karya-db-run-'));
  project.provide('karyaDbRun', run);
  return () => {
    stopCluster(run);
    rmSync(run, { recursive: true, force: true });
  };
}
