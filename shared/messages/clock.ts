// Refusals of the engine's clock area (electron/core/clock/), in both languages.
import type { Catalogue } from './types';

export const clock = {
  'clock.confirmNeedsPin': {
    id: 'Konfirmasi jam perlu PIN manajer atau admin: pilih nama lalu ketik PIN.',
    en: "Confirming the clock needs a manager's or admin's PIN: choose the name and type the PIN.",
  },
  'clock.jumpedAhead': {
    id: 'Jam perangkat melompat maju: sekarang {now}, padahal kegiatan terakhir {lastActivityAt} dan shift masih terbuka. Betulkan jam laptop, atau minta manajer atau admin mengonfirmasi jam ini dengan PIN.',
    en: "The device clock jumped ahead: it is now {now}, but the last activity was {lastActivityAt} and a shift is still open. Fix the laptop's clock, or ask a manager or admin to confirm this time with their PIN.",
  },
  'clock.wentBack': {
    id: 'Jam perangkat mundur: sekarang {now}, padahal data terbaru tercatat {newestAt}. Betulkan jam laptop, atau minta manajer atau admin mengonfirmasi jam ini dengan PIN.',
    en: "The device clock went back: it is now {now}, but the newest data was recorded at {newestAt}. Fix the laptop's clock, or ask a manager or admin to confirm this time with their PIN.",
  },
} as const satisfies Catalogue;
