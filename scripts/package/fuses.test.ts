// The fuse check must see a fuse missing from the configuration, a wrong value, and a packaged
// executable whose wire was not flipped; and the stand-in's wire must be one @electron/fuses
// reads and flips like Electron's.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FuseV1Options, FuseVersion, flipFuses, getCurrentFuseWire } from '@electron/fuses';
import { load } from 'js-yaml';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultFuseWire, FUSE_INDEX, fuseConfigProblems, fuseWireProblems, INTENDED_FUSES } from './fuses';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function standIn(): string {
  const dir = mkdtempSync(join(tmpdir(), 'karya-fuses-'));
  dirs.push(dir);
  const file = join(dir, 'karya-pos');
  writeFileSync(file, Buffer.concat([Buffer.from('#!/bin/sh\nexit 0\n# '), defaultFuseWire()]));
  return file;
}

describe('fuses', () => {
  it('electron-builder.yml carries every fuse with its intended value', () => {
    const config = load(readFileSync(new URL('../../electron-builder.yml', import.meta.url), 'utf8')) as {
      electronFuses?: unknown;
    };
    expect(fuseConfigProblems(config.electronFuses)).toEqual([]);
  });

  it('finds a missing fuse, a wrong value and a missing section', () => {
    const { runAsNode: _, ...rest } = INTENDED_FUSES;
    expect(fuseConfigProblems({ ...rest, onlyLoadAppFromAsar: false })).toEqual([
      'electronFuses.runAsNode is not set (should be false)',
      'electronFuses.onlyLoadAppFromAsar is false, should be true',
    ]);
    expect(fuseConfigProblems(undefined)).toEqual(['electron-builder.yml sets no electronFuses']);
  });

  it('an unflipped wire (Electron defaults) fails, the flipped one passes', async () => {
    const file = standIn();
    const before = await getCurrentFuseWire(file);
    expect(fuseWireProblems(before as Record<string, unknown>)).toContain(
      'fuse runAsNode is on in the packaged executable, should be off',
    );
    const config: Record<number, boolean> = {};
    for (const [key, value] of Object.entries(INTENDED_FUSES))
      config[FUSE_INDEX[key as keyof typeof INTENDED_FUSES]] = value;
    await flipFuses(file, { version: FuseVersion.V1, ...config });
    expect(fuseWireProblems((await getCurrentFuseWire(file)) as Record<string, unknown>)).toEqual([]);
    expect(FUSE_INDEX.runAsNode).toBe(FuseV1Options.RunAsNode);
  });
});
