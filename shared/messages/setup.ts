// Refusals of the engine's setup area (electron/core/setup/), in both languages.
import type { Catalogue } from './types';

export const setup = {
  'setup.alreadySetUp': {
    id: 'Kasir ini sudah disiapkan; masuk dengan PIN.',
    en: 'This till is already set up; sign in with your PIN.',
  },
} as const satisfies Catalogue;
