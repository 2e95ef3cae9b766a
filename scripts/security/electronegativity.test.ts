// The security check must fail on an insecure window or a risky call, and pass on the app as it is.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { tempDirPerTest } from '../../tests/support/tempDir';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SCRIPT = join(ROOT, 'scripts/security/electronegativity.mjs');
const tempDir = tempDirPerTest();

function copyOfTheApp(): string {
  const root = tempDir();
  for (const folder of ['electron', 'renderer', 'shared']) {
    cpSync(join(ROOT, folder), join(root, folder), {
      recursive: true,
      filter: (p) => !p.includes('node_modules'),
    });
  }
  cpSync(join(ROOT, 'package.json'), join(root, 'package.json'));
  return root;
}

function scan(root: string) {
  const result = spawnSync(process.execPath, [SCRIPT], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, KARYA_SECURITY_ROOT: root },
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

describe('npm run security', () => {
  it('passes on the app as it is, with every accepted finding explained', () => {
    const { status, output } = scan(copyOfTheApp());
    expect(output).toMatch(/0 open\)/);
    expect(status, output).toBe(0);
  });

  it('fails on a window without isolation and on opening outside links', () => {
    const root = copyOfTheApp();
    mkdirSync(join(root, 'electron', 'extra'));
    writeFileSync(
      join(root, 'electron', 'extra', 'popup.ts'),
      `import { BrowserWindow, shell } from 'electron';
export function popup(url: string) {
  const w = new BrowserWindow({ webPreferences: { nodeIntegration: true, contextIsolation: false, sandbox: false } });
  shell.openExternal(url);
  return w;
}
`,
    );
    const { status, output } = scan(root);
    expect(status).toBe(1);
    expect(output).toContain('FINDING CONTEXT_ISOLATION_JS_CHECK HIGH at electron/extra/popup.ts');
    expect(output).toContain('FINDING OPEN_EXTERNAL_JS_CHECK');
  });

  it('fails when a reason for an accepted finding stops being true', () => {
    const root = copyOfTheApp();
    const window = join(root, 'electron', 'window.ts');
    writeFileSync(window, readFileSync(window, 'utf8').replace('sandbox: true', 'sandbox: false'));
    const { status, output } = scan(root);
    expect(status).toBe(1);
    expect(output).toContain('electron/window.ts no longer has /sandbox: true/');
  });
});
