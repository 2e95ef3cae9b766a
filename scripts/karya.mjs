#!/usr/bin/env node
// `npx karya ...`: the command-line door, run straight from the TypeScript sources.
import { register } from 'tsx/esm/api';

register();
const { runCli } = await import('../electron/cli/karya.ts');
process.exitCode = await runCli(process.argv.slice(2));
