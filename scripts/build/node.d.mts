// Types of scripts/build/node.mjs for the TypeScript that calls it (tests, the bench).
import type { Metafile } from 'esbuild';

export declare const EXTERNAL: string[];
export type ProgramName = 'cli' | 'office' | 'web';
export declare const PROGRAMS: Record<
  ProgramName,
  { entries: Record<string, string>; copy: Record<string, string> }
>;
export declare function buildNode(options?: {
  outDir?: string;
  programs?: ProgramName[];
}): Promise<Partial<Record<ProgramName, Metafile>>>;
