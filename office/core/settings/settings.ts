// The office's settings: one row per changed key (a missing key has its default), each change an
// audit row with the value before and after, in the same transaction.
import {
  DEFAULT_OFFICE_SETTINGS,
  type OfficeSettingKey,
  type OfficeSettings,
  officeSettingsShape,
} from '../../../shared/office/contract';
import type { Db, Queryable } from '../../db/types';
import { recordAudit } from '../audit/audit';

const KEYS = Object.keys(DEFAULT_OFFICE_SETTINGS) as OfficeSettingKey[];

/** Every setting: the stored value when it still passes its rule, else the default. */
export async function readSettings(q: Queryable): Promise<OfficeSettings> {
  const { rows } = await q.query<{ key: string; value: unknown }>('select key, value from settings');
  const settings: Record<string, unknown> = { ...DEFAULT_OFFICE_SETTINGS };
  for (const row of rows) {
    if (!(KEYS as string[]).includes(row.key)) continue;
    const parsed = officeSettingsShape[row.key as OfficeSettingKey].safeParse(row.value);
    if (parsed.success) settings[row.key] = parsed.data;
  }
  return settings as OfficeSettings;
}

/** One setting, as readSettings gives it; for the server's own use on every call. */
export async function readSetting<K extends OfficeSettingKey>(
  q: Queryable,
  key: K,
): Promise<OfficeSettings[K]> {
  const { rows } = await q.query<{ value: unknown }>('select value from settings where key = $1', [key]);
  const parsed = rows[0] ? officeSettingsShape[key].safeParse(rows[0].value) : null;
  return (parsed?.success ? parsed.data : DEFAULT_OFFICE_SETTINGS[key]) as OfficeSettings[K];
}

/** Writes the settings that change (an unchanged one writes nothing) and audits each. */
export async function updateSettings(
  db: Db,
  changes: Partial<OfficeSettings>,
  by: { userId: number; at: Date },
): Promise<OfficeSettings> {
  return db.tx(async (client) => {
    // One writer of settings at a time, so "before" is what the change replaced.
    await client.query('lock table settings in share row exclusive mode');
    const before = await readSettings(client);
    for (const key of KEYS) {
      const after = changes[key];
      if (after === undefined || after === before[key]) continue;
      await client.query(
        `insert into settings (key, value, updated_at, updated_by) values ($1, $2::jsonb, $3::timestamptz, $4)
         on conflict (key) do update set value = excluded.value, updated_at = excluded.updated_at,
           updated_by = excluded.updated_by`,
        [key, JSON.stringify(after), by.at.toISOString(), by.userId],
      );
      await recordAudit(client, {
        at: by.at,
        userId: by.userId,
        action: 'settings.change',
        target: key,
        detail: { key, before: before[key], after },
      });
    }
    return readSettings(client);
  });
}
