import { describe, expect, it } from 'vitest';
import { csvLine, localTime } from './batchTables';

describe('batch tables', () => {
  it('writes local times as Intl does, in zones with and without summer time', () => {
    const reference = (zone: string, instant: string) => {
      const parts = new Intl.DateTimeFormat('en-GB', {
        timeZone: zone,
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
        second: '2-digit',
        hourCycle: 'h23',
      }).formatToParts(new Date(instant));
      const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
      return `${get('year')}-${get('month')}-${get('day')} ${get('hour')}:${get('minute')}:${get('second')}`;
    };
    for (const zone of ['Asia/Makassar', 'Asia/Jakarta', 'Europe/Berlin', 'America/New_York']) {
      const time = localTime(zone);
      for (
        let t = Date.parse('2026-03-28T00:00:00Z');
        t < Date.parse('2026-03-30T00:00:00Z');
        t += 17 * 60_000 + 321
      ) {
        const instant = new Date(t).toISOString();
        expect(time(instant), `${zone} ${instant}`).toBe(reference(zone, instant));
      }
    }
    expect(localTime('Asia/Makassar')('2026-11-28T01:01:00.000Z')).toBe('2026-11-28 09:01:00');
  });

  it('quotes only what needs quoting, and starts a file with a byte order mark', () => {
    expect(csvLine(['a', 1, null, 'x,y', 'say "hi"', ' pad'], true)).toBe(
      '\ufeffa,1,,"x,y","say ""hi"""," pad"\r\n',
    );
  });
});
