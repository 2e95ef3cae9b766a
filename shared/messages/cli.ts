// Refusals of the engine's cli area (electron/core/cli/), in both languages.
import type { Catalogue } from './types';

export const cli = {
  'cli.noDatabase': {
    id: 'Belum ada database.',
    en: 'There is no database yet.',
  },
} as const satisfies Catalogue;
