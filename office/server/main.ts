// `npm run office` (scripts/office.mjs): the office server's entry, built into
// out/office/server.mjs (scripts/build/node.mjs). It finds no file by itself: the launcher passes
// the folders in (the built page, the migrations, resources/), so the same code runs from the
// bundle and from the sources.
import { ArgsError, parseOfficeArgs, USAGE } from './args';
import { type OfficePaths, runOffice } from './run';

export type { OfficePaths } from './run';

/** Parses the flags and runs the server until SIGINT/SIGTERM. Returns the exit code (2: bad flags). */
export async function officeMain(argv: readonly string[], paths: OfficePaths): Promise<number> {
  let args: ReturnType<typeof parseOfficeArgs>;
  try {
    args = parseOfficeArgs(argv);
  } catch (error) {
    if (!(error instanceof ArgsError)) throw error;
    console.error(`${error.message}\n\n${USAGE}`);
    return 2;
  }
  if (args.help) {
    console.log(USAGE);
    return 0;
  }
  return runOffice(args, paths);
}
