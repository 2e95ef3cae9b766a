import type { Database } from 'better-sqlite3';
import { DEFAULT_DAY_CUTOFF_HOUR, DEFAULT_TIME_ZONE } from '../../../shared/time';

export interface DeviceSettings {
  /** Receipt prefix, unique per till: `BTH1` in `BTH1-20261128-0001`. */
  device: string;
  /** IANA zone the business day follows. */
  timeZone: string;
  /** Before this hour (in the zone) a sale belongs to the day before: a night bazaar's evening. */
  dayCutoffHour: number;
}

export const DEVICE_CODE_PATTERN = /^[A-Z0-9]{2,8}$/;

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

/** First run writes the defaults once; later runs read what is stored. */
export function ensureDeviceSettings(
  db: Database,
  defaults: Omit<DeviceSettings, 'dayCutoffHour'>,
): DeviceSettings {
  if (!DEVICE_CODE_PATTERN.test(defaults.device)) {
    throw new Error(`Kode perangkat tidak valid: ${defaults.device} (2-8 huruf besar atau angka)`);
  }
  db.transaction(() => {
    if (getSetting(db, 'device_code') === undefined) setSetting(db, 'device_code', defaults.device);
    if (getSetting(db, 'time_zone') === undefined) setSetting(db, 'time_zone', defaults.timeZone);
  }).immediate();
  return {
    device: getSetting(db, 'device_code') ?? defaults.device,
    timeZone: getSetting(db, 'time_zone') ?? DEFAULT_TIME_ZONE,
    dayCutoffHour: Number(getSetting(db, 'day_cutoff_hour') ?? DEFAULT_DAY_CUTOFF_HOUR),
  };
}
