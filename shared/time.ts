// Business days follow the device's configured time zone (Palu is WITA, Asia/Makassar), not UTC.

export const DEFAULT_TIME_ZONE = 'Asia/Makassar';

/** `2026-11-28` for the calendar day at `instant` in `timeZone`. */
export function calendarDay(instant: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(instant);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}

/** The night-bazaar cut-off: before this hour a sale still belongs to the evening before. */
export const DEFAULT_DAY_CUTOFF_HOUR = 4;

/**
 * The business day a sale made at `instant` belongs to: the calendar day in the device's zone,
 * except that before `cutoffHour` (04:00 by default) it is still the day before, so a night bazaar
 * that sells at 01:30 books on the evening it began. Never later than the calendar day.
 */
export function businessDayAt(instant: Date, timeZone: string, cutoffHour = DEFAULT_DAY_CUTOFF_HOUR): string {
  return calendarDay(new Date(instant.getTime() - cutoffHour * 3_600_000), timeZone);
}

/** `28/11/2026 14.05`, the Indonesian short date-time style, in `timeZone`. */
export function formatDateTime(instant: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('id-ID', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(instant);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('day')}/${get('month')}/${get('year')} ${get('hour')}.${get('minute')}`;
}

/**
 * An IANA zone name as a person types it for a till (`Asia/Makassar`, `UTC`): Region/City that the
 * runtime knows. Offsets (`+08:00`) and abbreviations (`WITA`, `EST`) are refused: they say nothing
 * of the place, and an abbreviation means different zones in different countries.
 */
export function isIanaTimeZone(timeZone: string): boolean {
  return /^(UTC|[A-Z][A-Za-z_]+(\/[A-Za-z0-9_+-]+)+)$/.test(timeZone) && isValidTimeZone(timeZone);
}

export function isValidTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return true;
  } catch {
    return false;
  }
}

/**
 * `Sabtu, 28 November 2026` for the business day `2026-11-28` (Indonesian), or `Saturday, 28 November
 * 2026`; `short` gives `Sab, 28 Nov 2026` for tight places such as the top bar.
 */
export function formatLongDay(day: string, lang: 'id' | 'en' = 'id', short = false): string {
  // Noon UTC of that calendar day is the same day in every zone from UTC-11 to UTC+11.
  const noon = new Date(`${day}T12:00:00Z`);
  if (Number.isNaN(noon.getTime())) return day;
  return new Intl.DateTimeFormat(lang === 'id' ? 'id-ID' : 'en-GB', {
    timeZone: 'UTC',
    weekday: short ? 'short' : 'long',
    day: 'numeric',
    month: short ? 'short' : 'long',
    year: 'numeric',
  }).format(noon);
}

/** Days from business day `from` to `to` (`YYYY-MM-DD`), both counted: calendar days, no zone. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000) + 1;
}
