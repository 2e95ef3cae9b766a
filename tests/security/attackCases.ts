// The attack cases of `npm run test:security`, where they live beside the code: the regression
// tests of the holes a security review found, each reproducing its attack, and the tests of the
// fences they go through. Paths are from the repository root. See docs/security.md. `npm test` runs
// them once, in test:security, and the unit step leaves them out (tests/vitest.unit.config.ts).
export const ATTACK_CASES = {
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

export const ATTACK_CASE_FILES: readonly string[] = Object.values(ATTACK_CASES).flat();
