// Times say their zone when the laptop's clock zone is not the till's. Business days, receipts and
// X/Z reports always follow the device's zone (WITA by default); a laptop set to another zone would
// otherwise show `10.30` where its own clock says `21.30`, and nobody could tell which is meant. So a
// time carries `WITA` (or `WIB`, `WIT`, `UTC+8`, ...) exactly when the two zones differ, and nothing
// when they agree, which is the everyday case at a booth in Palu.
//
// "The laptop" is the zone this code runs in: the browser's for the screens, the engine process's
// (which follows TZ) for paper and files made by the engine. Every function takes it as a last
// argument so tests can say which laptop they mean.
import { formatDateTime } from './time';

/** Indonesia's zones by their everyday names; every other zone is named by its offset. */
const INDONESIAN_ZONES: Record<string, string> = {
  'Asia/Jakarta': 'WIB',
  'Asia/Pontianak': 'WIB',
  'Asia/Makassar': 'WITA',
  'Asia/Ujung_Pandang': 'WITA',
  'Asia/Jayapura': 'WIT',
};

/** The zone this process (engine) or this window (renderer) shows local times in. */
export function laptopTimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  } catch {
    return 'UTC';
  }
}

const offsetFormats = new Map<string, Intl.DateTimeFormat>();

/** The zone's offset from UTC in minutes at `at` (east positive), or null for a zone Intl refuses. */
export function zoneOffsetMinutes(timeZone: string, at: Date): number | null {
  let format = offsetFormats.get(timeZone);
  if (!format) {
    try {
      format = new Intl.DateTimeFormat('en-US', {
        timeZone,
        hourCycle: 'h23',
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
      });
    } catch {
      return null;
    }
    offsetFormats.set(timeZone, format);
  }
  if (Number.isNaN(at.getTime())) return null;
  const parts = format.formatToParts(at);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const local = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'));
  return Math.round((local - Math.floor(at.getTime() / 60_000) * 60_000) / 60_000);
}

/** `UTC+8`, `UTC-5`, `UTC+5:30`, or `UTC` for no offset. */
export function offsetName(minutes: number): string {
  if (minutes === 0) return 'UTC';
  const sign = minutes > 0 ? '+' : '-';
  const abs = Math.abs(minutes);
  const hours = Math.floor(abs / 60);
  const rest = abs % 60;
  return `UTC${sign}${hours}${rest === 0 ? '' : `:${String(rest).padStart(2, '0')}`}`;
}

/**
 * The short name of `timeZone` at `at`: `WITA`, `WIB` or `WIT` for Indonesia's zones, `UTC+8`-style
 * for every other (the offset at that instant, so summer time shows), `''` for a zone Intl refuses.
 */
export function zoneName(timeZone: string, at: Date): string {
  const named = INDONESIAN_ZONES[timeZone];
  if (named) return named;
  const minutes = zoneOffsetMinutes(timeZone, at);
  return minutes === null ? '' : offsetName(minutes);
}

/**
 * What a time of `at` in `deviceZone` must carry: `''` when the laptop's zone has the same name (and
 * so the same offset) at that instant, else the device zone's name, e.g. `WITA`.
 */
export function zoneNote(at: Date, deviceZone: string, laptopZone: string = laptopTimeZone()): string {
  if (deviceZone === laptopZone) return '';
  const device = zoneName(deviceZone, at);
  return device === zoneName(laptopZone, at) ? '' : device;
}

/** `text WITA` when the zones differ at `at`, else `text` unchanged. */
export function withZoneNote(
  text: string,
  at: Date,
  deviceZone: string,
  laptopZone: string = laptopTimeZone(),
): string {
  const note = zoneNote(at, deviceZone, laptopZone);
  return note === '' ? text : `${text} ${note}`;
}

/** `05/12/2026 10.30` in the device zone, with ` WITA` when the laptop's zone differs. */
export function formatZonedDateTime(
  at: Date,
  deviceZone: string,
  laptopZone: string = laptopTimeZone(),
): string {
  return withZoneNote(formatDateTime(at, deviceZone), at, deviceZone, laptopZone);
}

/** `10.30` in the device zone, with ` WITA` when the laptop's zone differs. */
export function formatZonedTime(at: Date, deviceZone: string, laptopZone: string = laptopTimeZone()): string {
  return withZoneNote(formatDateTime(at, deviceZone).split(' ')[1] ?? '', at, deviceZone, laptopZone);
}
