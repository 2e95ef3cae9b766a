// Where the app's own page lives, as URLs. Both the IPC guard and the navigation guard ask this one
// question, so they cannot drift apart. No runtime imports: the sandboxed preload bundles
// ipc.ts, which imports this file, and a sandboxed preload cannot require Node modules.

/** The built renderer entry (out/renderer/index.html), in dev builds and inside app.asar alike. */
export const RENDERER_ENTRY = '/renderer/index.html';

/**
 * True when `url` is the app's own page: the bundled renderer loaded from a local file, or (only
 * while electron-vite's dev server runs) a page on that server's origin. Query and hash are
 * ignored so hash routing keeps working.
 */
export function isAppPageUrl(url: string, devServerUrl = process.env.ELECTRON_RENDERER_URL): boolean {
  const page = parseUrl(url);
  if (!page) return false;
  if (page.protocol === 'file:') {
    // A host means a network share (file://server/...), which is never the installed app.
    return page.host === '' && page.pathname.endsWith(RENDERER_ENTRY);
  }
  if (!devServerUrl) return false;
  const dev = parseUrl(devServerUrl);
  return (
    dev !== null && (dev.protocol === 'http:' || dev.protocol === 'https:') && page.origin === dev.origin
  );
}

function parseUrl(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}
