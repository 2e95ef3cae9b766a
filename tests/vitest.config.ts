import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Unit tests live beside the code they test; they use real SQLite files in temp folders.
export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    include: [
      'electron/**/*.test.ts',
      'office/**/*.test.ts',
      'shared/**/*.test.ts',
      'renderer/**/*.test.ts',
      'scripts/**/*.test.ts',
    ],
    environment: 'node',
    // A folder per run for the office's PostgreSQL cluster and PGlite template, started lazily.
    globalSetup: ['office/db/testing/globalSetup.ts'],
    pool: 'forks',
    // Two files at a time: Vitest's default is cores - 1, one at a time on the two-core machines the
    // CI runs on, and most files wait on child processes, sockets, PostgreSQL and the disk (the unit
    // step took 1,430 s one at a time and 680 s two at a time under the same load).
    maxWorkers: 2,
    testTimeout: 20_000,
  },
});
