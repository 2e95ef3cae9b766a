import type { Database } from 'better-sqlite3';
import { scaleSettingsSchema } from '../../../shared/contract';
import { DEFAULT_SCALE_SETTINGS, type ScaleSettings } from '../../../shared/weightBarcode';
import { setSetting } from '../settings/settings';
import { cachedStatement } from './statements';

export const SCALE_SETTINGS_KEY = 'scale_barcodes';

function parse(stored: string | undefined): ScaleSettings {
  if (stored === undefined) return DEFAULT_SCALE_SETTINGS;
  try {
    const parsed = scaleSettingsSchema.safeParse(JSON.parse(stored));
    return parsed.success ? parsed.data : DEFAULT_SCALE_SETTINGS;
  } catch {
    return DEFAULT_SCALE_SETTINGS;
  }
}

// Every scan that misses the barcodes reads the layout; parsing it once per stored text keeps
// that read to one indexed row.
let lastParsed: { stored: string | undefined; settings: ScaleSettings } | undefined;

/** The stored layout, or the default when none was saved (or the stored text no longer parses). */
export function loadScaleSettings(db: Database): ScaleSettings {
  const row = cachedStatement(db, 'SELECT value FROM settings WHERE key = ?').get(SCALE_SETTINGS_KEY) as
    | { value: string }
    | undefined;
  if (!lastParsed || lastParsed.stored !== row?.value) {
    lastParsed = { stored: row?.value, settings: parse(row?.value) };
  }
  return lastParsed.settings;
}

/** `settings` has passed the contract's schema (layout lengths, overlapping prefixes). */
export function saveScaleSettings(db: Database, settings: ScaleSettings): ScaleSettings {
  db.transaction(() => setSetting(db, SCALE_SETTINGS_KEY, JSON.stringify(settings))).immediate();
  return loadScaleSettings(db);
}
