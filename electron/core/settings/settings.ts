import type { Database } from 'better-sqlite3';
import { DEVICE_CODE_PATTERN } from '../../../shared/contract';
import { DEFAULT_DAY_CUTOFF_HOUR, DEFAULT_TIME_ZONE } from '../../../shared/time';

export interface DeviceSettings {
  /** Receipt prefix, unique per till: `BTH1` in `BTH1-20261128-0001`. */
  device: string;
  /** IANA zone the business day follows. */
  timeZone: string;
  /** Before this hour (in the zone) a sale belongs to the day before: a night bazaar's evening. */
  dayCutoffHour: number;
}

/** Set while the device code is the built-in placeholder: nobody chose it yet (first-run setup does). */
export const PROVISIONAL_DEVICE_KEY = 'device_code_provisional';

export function getSetting(db: Database, key: string): string | undefined {
  const row = db.prepare('SELECT value FROM settings WHERE key = ?').get(key) as
    | { value: string }
    | undefined;
  return row?.value;
}

export function setSetting(db: Database, key: string, value: string): void {
  db.prepare(
    'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
  ).run(key, value);
}

/**
 * First run writes the defaults once; later runs read what is stored. A device code nobody gave
 * (no KARYA_DEVICE, no option) is written too, so the command line works on a fresh file, but it
 * is marked provisional: first-run setup asks for the real one.
 */
export function ensureDeviceSettings(
  db: Database,
  defaults: Omit<DeviceSettings, 'dayCutoffHour'> & { deviceGiven?: boolean },
): DeviceSettings {
  if (!DEVICE_CODE_PATTERN.test(defaults.device)) {
    throw new Error(`Kode perangkat tidak valid: ${defaults.device} (2-8 huruf besar atau angka)`);
  }
  db.transaction(() => {
    if (getSetting(db, 'device_code') === undefined) {
      setSetting(db, 'device_code', defaults.device);
      if (defaults.deviceGiven === false) setSetting(db, PROVISIONAL_DEVICE_KEY, '1');
    }
    if (getSetting(db, 'time_zone') === undefined) setSetting(db, 'time_zone', defaults.timeZone);
  }).immediate();
  return readDeviceSettings(db, defaults.device);
}

/** What is stored now: another process (the command line) may have changed it. */
export function readDeviceSettings(db: Database, fallbackDevice: string): DeviceSettings {
  return {
    device: getSetting(db, 'device_code') ?? fallbackDevice,
    timeZone: getSetting(db, 'time_zone') ?? DEFAULT_TIME_ZONE,
    dayCutoffHour: Number(getSetting(db, 'day_cutoff_hour') ?? DEFAULT_DAY_CUTOFF_HOUR),
  };
}
