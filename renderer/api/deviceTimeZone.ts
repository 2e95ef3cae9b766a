// The till's own time zone (WITA by default), from app.info, asked once per window. Times on screen
// then match the receipts and the reports even on a laptop whose clock zone is set otherwise; until
// the answer comes (or when the engine cannot be asked) the browser's zone stands in.
import { useEffect, useState } from 'react';
import { call } from './client';

const BROWSER_ZONE = Intl.DateTimeFormat().resolvedOptions().timeZone;

let asked: Promise<string | undefined> | null = null;

export function useDeviceTimeZone(): string {
  const [zone, setZone] = useState<string | undefined>(undefined);
  useEffect(() => {
    asked ??= call('app.info', {})
      .then((info) => info.timeZone)
      .catch(() => {
        asked = null; // ask again next time
        return undefined;
      });
    let live = true;
    void asked.then((found) => live && found && setZone(found));
    return () => {
      live = false;
    };
  }, []);
  return zone ?? BROWSER_ZONE;
}
