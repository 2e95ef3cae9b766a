// Opens an address in the system's browser (xdg-open, open, start), failing softly: where no
// desktop browser exists the printed address is enough. Used by browser mode and the office server.
import { spawn } from 'node:child_process';

export function openInBrowser(url: string, platform: NodeJS.Platform = process.platform): void {
  const [command, ...args] =
    platform === 'win32'
      ? ['cmd', '/c', 'start', '""', url]
      : platform === 'darwin'
        ? ['open', url]
        : ['xdg-open', url];
  try {
    const child = spawn(command ?? 'xdg-open', args, { detached: true, stdio: 'ignore' });
    child.on('error', () => {}); // no desktop browser: the printed address is enough
    child.unref();
  } catch {
    // same: printing the address is the fallback
  }
}
