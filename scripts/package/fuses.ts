// Electron fuses: switches compiled into the Electron binary that electron-builder flips while
// packaging (`electronFuses` in electron-builder.yml, applied with @electron/fuses right before
// signing). `npm run test:package` checks the configuration carries each one with the value below,
// and reads the fuse wire back from the packaged executable. Why each value: docs/security.md.
import { FuseV1Options } from '@electron/fuses';

/** electron-builder's `electronFuses` keys and the value the release must carry. */
export const INTENDED_FUSES = {
  runAsNode: false,
  enableCookieEncryption: true,
  enableNodeOptionsEnvironmentVariable: false,
  enableNodeCliInspectArguments: false,
  enableEmbeddedAsarIntegrityValidation: true,
  onlyLoadAppFromAsar: true,
  loadBrowserProcessSpecificV8Snapshot: false,
  // The app loads its pages with loadFile (file://) and Vite's module scripts need file://'s
  // extra privileges; switching this off comes with moving to a custom protocol.
  grantFileProtocolExtraPrivileges: true,
} as const satisfies Record<string, boolean>;

export type FuseKey = keyof typeof INTENDED_FUSES;

/** The index of each fuse in the wire (@electron/fuses' FuseV1Options). */
export const FUSE_INDEX: Record<FuseKey, number> = {
  runAsNode: FuseV1Options.RunAsNode,
  enableCookieEncryption: FuseV1Options.EnableCookieEncryption,
  enableNodeOptionsEnvironmentVariable: FuseV1Options.EnableNodeOptionsEnvironmentVariable,
  enableNodeCliInspectArguments: FuseV1Options.EnableNodeCliInspectArguments,
  enableEmbeddedAsarIntegrityValidation: FuseV1Options.EnableEmbeddedAsarIntegrityValidation,
  onlyLoadAppFromAsar: FuseV1Options.OnlyLoadAppFromAsar,
  loadBrowserProcessSpecificV8Snapshot: FuseV1Options.LoadBrowserProcessSpecificV8Snapshot,
  grantFileProtocolExtraPrivileges: FuseV1Options.GrantFileProtocolExtraPrivileges,
};

/** @electron/fuses' sentinel and states ('0' off, '1' on), as in its constants. */
const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
const ON = 0x31;
const OFF = 0x30;

/** What is wrong with electron-builder.yml's `electronFuses` (parsed), one line each. */
export function fuseConfigProblems(electronFuses: unknown): string[] {
  if (electronFuses === null || typeof electronFuses !== 'object') {
    return ['electron-builder.yml sets no electronFuses'];
  }
  const set = electronFuses as Record<string, unknown>;
  const problems: string[] = [];
  for (const [key, value] of Object.entries(INTENDED_FUSES)) {
    if (!(key in set)) problems.push(`electronFuses.${key} is not set (should be ${value})`);
    else if (set[key] !== value)
      problems.push(`electronFuses.${key} is ${String(set[key])}, should be ${value}`);
  }
  for (const key of Object.keys(set)) {
    if (!(key in INTENDED_FUSES) && key !== 'resetAdHocDarwinSignature')
      problems.push(`electronFuses.${key} is not a fuse this check knows`);
  }
  return problems;
}

/**
 * A fuse wire as Electron's binary carries it, with Electron's defaults (RunAsNode, NODE_OPTIONS,
 * inspect and file:// privileges on; the rest off), for the stand-in executable: electron-builder
 * flips it the way it flips the real one.
 */
export function defaultFuseWire(): Buffer {
  const states = [ON, OFF, ON, ON, OFF, OFF, OFF, ON];
  return Buffer.concat([Buffer.from(SENTINEL, 'ascii'), Buffer.from([1, states.length, ...states])]);
}

/** What differs between a fuse wire read back (getCurrentFuseWire) and the intended values. */
export function fuseWireProblems(wire: Record<string, unknown>): string[] {
  const problems: string[] = [];
  if (String(wire.version) !== '1') problems.push(`fuse wire version ${String(wire.version)}, expected 1`);
  for (const [key, value] of Object.entries(INTENDED_FUSES) as [FuseKey, boolean][]) {
    const state = wire[FUSE_INDEX[key]];
    const expected = value ? ON : OFF;
    if (state !== expected) {
      const seen = state === ON ? 'on' : state === OFF ? 'off' : `state ${String(state)}`;
      problems.push(`fuse ${key} is ${seen} in the packaged executable, should be ${value ? 'on' : 'off'}`);
    }
  }
  return problems;
}
