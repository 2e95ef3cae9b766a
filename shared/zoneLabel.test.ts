import { describe, expect, it } from 'vitest';
import {
  formatZonedDateTime,
  formatZonedTime,
  laptopTimeZone,
  offsetName,
  withZoneNote,
  zoneName,
  zoneNote,
  zoneOffsetMinutes,
} from './zoneLabel';

const SALE = new Date('2026-12-05T02:30:00Z'); // 10.30 WITA, 21.30 the evening before in New York
const JULY = new Date('2026-07-01T02:30:00Z'); // New York keeps summer time

describe('zone names', () => {
  it("names Indonesia's zones as people say them", () => {
    expect(zoneName('Asia/Makassar', SALE)).toBe('WITA');
    expect(zoneName('Asia/Ujung_Pandang', SALE)).toBe('WITA');
    expect(zoneName('Asia/Jakarta', SALE)).toBe('WIB');
    expect(zoneName('Asia/Pontianak', SALE)).toBe('WIB');
    expect(zoneName('Asia/Jayapura', SALE)).toBe('WIT');
  });

  it('names every other zone by its offset at that instant', () => {
    expect(zoneName('Asia/Shanghai', SALE)).toBe('UTC+8');
    expect(zoneName('America/New_York', SALE)).toBe('UTC-5');
    expect(zoneName('America/New_York', JULY)).toBe('UTC-4');
    expect(zoneName('Asia/Kolkata', SALE)).toBe('UTC+5:30');
    expect(zoneName('Asia/Kathmandu', SALE)).toBe('UTC+5:45');
    expect(zoneName('UTC', SALE)).toBe('UTC');
    expect(zoneName('Not/A_Zone', SALE)).toBe('');
  });

  it('measures offsets east of UTC as positive', () => {
    expect(zoneOffsetMinutes('Asia/Makassar', SALE)).toBe(480);
    expect(zoneOffsetMinutes('America/New_York', SALE)).toBe(-300);
    expect(zoneOffsetMinutes('Nope/Nowhere', SALE)).toBeNull();
    expect(offsetName(-570)).toBe('UTC-9:30');
  });
});

describe('a time says its zone only when the laptop keeps another', () => {
  it('reads 05/12/2026 10.30 WITA on a laptop set to New York, and no zone on one set to WITA', () => {
    expect(formatZonedDateTime(SALE, 'Asia/Makassar', 'America/New_York')).toBe('05/12/2026 10.30 WITA');
    expect(formatZonedDateTime(SALE, 'Asia/Makassar', 'Asia/Makassar')).toBe('05/12/2026 10.30');
    expect(formatZonedTime(SALE, 'Asia/Makassar', 'America/New_York')).toBe('10.30 WITA');
    expect(formatZonedTime(SALE, 'Asia/Makassar', 'Asia/Makassar')).toBe('10.30');
  });

  it('says the name even where only the name differs, and nothing where both agree', () => {
    // Same offset, other name: a laptop on China's clock still learns the till keeps WITA.
    expect(zoneNote(SALE, 'Asia/Makassar', 'Asia/Shanghai')).toBe('WITA');
    // Jakarta and Pontianak are both WIB.
    expect(zoneNote(SALE, 'Asia/Jakarta', 'Asia/Pontianak')).toBe('');
    expect(zoneNote(SALE, 'Asia/Makassar', 'Asia/Ujung_Pandang')).toBe('');
    expect(zoneNote(SALE, 'Asia/Jakarta', 'Asia/Makassar')).toBe('WIB');
    expect(zoneNote(SALE, 'Asia/Jayapura', 'UTC')).toBe('WIT');
    // A till kept on another offset zone says it the same way.
    expect(formatZonedDateTime(SALE, 'Asia/Kolkata', 'Asia/Makassar')).toBe('05/12/2026 08.00 UTC+5:30');
    expect(withZoneNote('Sri 08.55-14.00', SALE, 'Asia/Makassar', 'Europe/London')).toBe(
      'Sri 08.55-14.00 WITA',
    );
  });

  it("takes the process's (or the browser's) zone as the laptop's when none is given", () => {
    const here = Intl.DateTimeFormat().resolvedOptions().timeZone;
    expect(laptopTimeZone()).toBe(here);
    expect(formatZonedDateTime(SALE, here)).toBe(formatZonedDateTime(SALE, here, here));
    expect(formatZonedDateTime(SALE, 'Asia/Makassar')).toBe(formatZonedDateTime(SALE, 'Asia/Makassar', here));
  });
});
