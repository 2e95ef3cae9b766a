// `npm run test:security`: the attack cases below, where they live beside the code (the regression
// tests of the holes a security review found, each reproducing its attack, and the tests of the
// fences they go through), and the fuzz of every command through the loopback door in this folder.
// Paths are from the repository root. See docs/security.md.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const ATTACK_CASES = {
  'doors: token, origin, host, broken addresses': [
    'electron/web/server.test.ts',
    'electron/web/doorGuards.test.ts',
    'electron/web/brokenPaths.test.ts',
  ],
  'window: isolation, navigation, permissions, IPC sender': [
    'electron/window.test.ts',
    'electron/ipc.test.ts',
    'electron/preload.test.ts',
  ],
  'roles and PINs: waits per user and door, approvals': [
    'electron/core/auth/auth.test.ts',
    'electron/core/auth/approval.test.ts',
  ],
  'paths: printer targets only device files; backups and restore': [
    'electron/core/printing/printerTargets.test.ts',
    'electron/core/printing/transports/device.test.ts',
    'electron/core/printing/transports/serial.test.ts',
    'electron/core/backup/backup.test.ts',
  ],
  'spreadsheet formulas in CSV': [
    'shared/csv.test.ts',
    'shared/catalogueFile.test.ts',
    'electron/core/batches/formulaCells.test.ts',
  ],
  'office: zips, long lines, tokens, bad files': [
    'electron/office/receiver.test.ts',
    'electron/office/receiverToken.test.ts',
    'electron/office/receiverHealth.test.ts',
    'electron/office/readLines.test.ts',
    'electron/office/verifyBatches.test.ts',
    'electron/office/batchCli.test.ts',
  ],
  // The roles of every office command are office/core/roles.test.ts, in the unit tests.
  'office server: session cookie, origin, host, body': ['office/server/http.test.ts'],
  'control characters and secrets': [
    'electron/core/controlCharacters.test.ts',
    'electron/core/search/ftsQuery.test.ts',
    'electron/core/logs/noSecrets.test.ts',
  ],
  'random input at every command, one command at a time': ['electron/web/commandFuzz.test.ts'],
} as const;

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const FILES = Object.values(ATTACK_CASES).flat();
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
    testTimeout: 20_000,
  },
});
