// Where the office finds the app's `resources/` folder (fonts for statements): beside the
// package.json above this file, whether it runs from the sources (office/core) or from a built
// bundle (out/office). KARYA_RESOURCES_DIR overrides it for an installation that keeps them apart.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let found: string | undefined;

export function officeResourcesDir(): string {
  if (process.env.KARYA_RESOURCES_DIR) return process.env.KARYA_RESOURCES_DIR;
  if (found) return found;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'resources', 'fonts'))) {
      found = join(dir, 'resources');
      return found;
    }
    const up = dirname(dir);
    if (up === dir)
      throw new Error('resources/fonts not found above the office server; set KARYA_RESOURCES_DIR');
    dir = up;
  }
}
