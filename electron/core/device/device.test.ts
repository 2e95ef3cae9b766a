import { describe, expect, it } from 'vitest';
import { isIanaTimeZone } from '../../../shared/time';
import { engineIn } from '../../../tests/support/engine';
import { tempDirPerTest } from '../../../tests/support/tempDir';

const tempDir = tempDirPerTest();

describe('device settings: zone and cut-off', () => {
  it('knows an IANA name from an abbreviation or an offset', () => {
    for (const zone of ['Asia/Makassar', 'Asia/Jakarta', 'Asia/Jayapura', 'America/New_York', 'UTC'])
      expect(isIanaTimeZone(zone), zone).toBe(true);
    for (const zone of ['WITA', 'EST', '+08:00', 'GMT+8', 'Asia/Atlantis', '', 'asia/makassar'])
      expect(isIanaTimeZone(zone), zone).toBe(false);
  });

  it('refuses a zone that is not an IANA name and a cut-off out of range, changing nothing', async () => {
    const t = engineIn(tempDir());
    const admin = await t.as('admin', 'Bu Admin', { shift: false });
    for (const [input, message] of [
      [
        { timeZone: 'WITA', dayCutoffHour: 4 },
        /Zona waktu tidak dikenal: pakai nama IANA seperti Asia\/Makassar/,
      ],
      [{ timeZone: '+08:00', dayCutoffHour: 4 }, /Zona waktu tidak dikenal/],
      [{ timeZone: 'Asia/Makassar', dayCutoffHour: 13 }, /paling lambat 12/],
      [{ timeZone: 'Asia/Makassar', dayCutoffHour: 2.5 }, /jam bulat/],
    ] as const) {
      const result = await admin.call('device.saveSettings', input);
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.error.code).toBe('INVALID_INPUT');
        expect(result.error.message).toMatch(message);
      }
    }
    expect(await admin.ok('device.settings', {})).toMatchObject({
      timeZone: 'Asia/Makassar',
      dayCutoffHour: 4,
    });
    t.engine.close();
  });

  it('takes a new zone and cut-off at once, refuses while a shift is open, audits the change', async () => {
    const dir = tempDir();
    const t = engineIn(dir);
    t.setNow('2026-12-05T16:30:00Z'); // 00.30 WITA on the 6th, 01.30 WIT, 23.30 WIB on the 5th
    const sri = await t.as('cashier', 'Sri');
    const admin = await t.as('admin', 'Bu Admin', { shift: false });
    const refused = await admin.call('device.saveSettings', { timeZone: 'Asia/Jayapura', dayCutoffHour: 0 });
    expect(refused.ok ? null : refused.error.message).toMatch(/Masih ada shift terbuka \(Sri\)/);
    await sri.ok('shifts.close', { count: {} });
    expect((await t.ok('app.info', {})).businessDay).toBe('2026-12-05');
    const saved = await admin.ok('device.saveSettings', { timeZone: 'Asia/Jayapura', dayCutoffHour: 0 });
    expect(saved).toMatchObject({ timeZone: 'Asia/Jayapura', dayCutoffHour: 0 });
    expect((await t.ok('app.info', {})).businessDay).toBe('2026-12-06');
    const [entry] = await admin.ok('audit.list', { action: 'settings.change' });
    expect(entry?.detail).toEqual({
      before: { timeZone: 'Asia/Makassar', dayCutoffHour: 4 },
      after: { timeZone: 'Asia/Jayapura', dayCutoffHour: 0 },
    });
    t.engine.close();
    // Kept in the database: a restart reads it back.
    const again = engineIn(dir);
    again.setNow('2026-12-05T16:30:00Z');
    expect((await again.ok('app.info', {})).timeZone).toBe('Asia/Jayapura');
    again.engine.close();
  });
});
