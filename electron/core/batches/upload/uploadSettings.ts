// The office's upload address and token, kept in the settings table of this till. The token is a
// shared secret the office hands out: it goes out only in the Authorization header of an upload
// and is never returned to a screen (a hint of its last four characters is).
import type { Database } from 'better-sqlite3';
import type { UploadSettings } from '../../../../shared/contract';
import { getSetting, setSetting } from '../../settings/settings';

const URL_KEY = 'batch_upload_url';
const TOKEN_KEY = 'batch_upload_token';

export interface UploadTarget {
  url: string;
  token: string;
}

/** Where to send, or null when upload is off or not fully set up. */
export function uploadTarget(db: Database): UploadTarget | null {
  const url = getSetting(db, URL_KEY) ?? '';
  const token = getSetting(db, TOKEN_KEY) ?? '';
  return url !== '' && token !== '' ? { url, token } : null;
}

export function getUploadSettings(db: Database): UploadSettings {
  const url = getSetting(db, URL_KEY) ?? '';
  const token = getSetting(db, TOKEN_KEY) ?? '';
  return {
    url: url === '' ? null : url,
    tokenSet: token !== '',
    tokenHint: token === '' ? null : `…${token.slice(-4)}`,
  };
}

/** Null `url` turns upload off (the token is kept for when it is turned on again). */
export function saveUploadSettings(
  db: Database,
  input: { url: string | null; token?: string | undefined },
): void {
  // `…/batches/` and `…/batches` are one address; the status check adds `/<key>` to it.
  setSetting(db, URL_KEY, (input.url ?? '').replace(/\/+$/, ''));
  if (input.token !== undefined) setSetting(db, TOKEN_KEY, input.token);
}
