// The top bar reads app.info once a minute; a screen that changes what it shows (the device code,
// the zone) says so at once instead.
const EVENT = 'karya:app-info-changed';

export function announceAppInfoChanged(): void {
  window.dispatchEvent(new Event(EVENT));
}

export function onAppInfoChanged(listener: () => void): () => void {
  window.addEventListener(EVENT, listener);
  return () => window.removeEventListener(EVENT, listener);
}
