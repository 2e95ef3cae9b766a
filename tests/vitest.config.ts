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
    testTimeout: 20_000,
  },
});
