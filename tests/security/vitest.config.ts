// `npm run test:security`: the attack cases (attackCases.ts), where they live beside the code, and
// the fuzz of every command through the loopback door in this folder. See docs/security.md.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { ATTACK_CASE_FILES } from './attackCases';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const FILES = ATTACK_CASE_FILES;
// A moved or renamed attack case must not drop out of the suite unnoticed.
const gone = FILES.filter((file) => !existsSync(`${ROOT}/${file}`));
if (gone.length > 0) throw new Error(`test:security lists files that do not exist: ${gone.join(', ')}`);

export default defineConfig({
  root: ROOT,
  test: {
    include: [...FILES, 'tests/security/**/*.test.ts'],
    environment: 'node',
    // The office's tests open PostgreSQL and PGlite databases made once per run (office/db/testing).
    globalSetup: ['office/db/testing/globalSetup.ts'],
    pool: 'forks',
    // Two files at a time, as the unit tests (tests/vitest.config.ts says why).
    maxWorkers: 2,
    testTimeout: 20_000,
  },
});
