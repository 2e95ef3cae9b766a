// Which paths a printer may be written to. A "device" or "serial" printer is written byte by byte
// from the start, so a path that named an ordinary file (karya.db, a backup, a document) would be
// destroyed by one test page. Only the shapes device files have are accepted; the engine checks
// again at print time what the path really is (electron/core/printing/transports/deviceTarget.ts).

/** Linux and macOS printer devices: USB and parallel printer class, serial, Bluetooth. */
const POSIX_DEVICE =
  /^\/dev\/(?:usb\/lp\d{1,3}|lp\d{1,3}|tty[A-Za-z0-9_.-]{0,32}|rfcomm\d{1,3}|cu\.[A-Za-z0-9_.-]{1,64})$/;
const POSIX_SERIAL = /^\/dev\/(?:tty[A-Za-z0-9_.-]{0,32}|rfcomm\d{1,3}|cu\.[A-Za-z0-9_.-]{1,64})$/;
/** Windows ports by their DOS names: COM3, LPT1. */
const WINDOWS_PORT = /^(?:COM\d{1,3}|LPT\d)$/i;
/** Windows device namespace, one name only (`\\.\COM10`); never a drive or a file under it. */
const WINDOWS_DEVICE = /^\\\\\.\\(?:COM\d{1,3}|LPT\d|USB\d{3})$/i;
const WINDOWS_SERIAL = /^(?:COM\d{1,3}|\\\\\.\\COM\d{1,3})$/i;
/** A shared printer, `\\host\share`: exactly two parts, so never a file in a shared folder. */
const WINDOWS_SHARE = /^\\\\[A-Za-z0-9][A-Za-z0-9._-]{0,62}\\[A-Za-z0-9][A-Za-z0-9 _.$()-]{0,79}$/;

export type PathTransport = 'device' | 'serial';

/** True when `target` has the shape of a device on Linux or macOS (an absolute /dev path). */
export function isPosixDeviceTarget(transport: PathTransport, target: string): boolean {
  return (transport === 'serial' ? POSIX_SERIAL : POSIX_DEVICE).test(target);
}

/** True when `target` has the shape of a Windows port, device or printer share. */
export function isWindowsDeviceTarget(transport: PathTransport, target: string): boolean {
  if (transport === 'serial') return WINDOWS_SERIAL.test(target);
  return WINDOWS_PORT.test(target) || WINDOWS_DEVICE.test(target) || WINDOWS_SHARE.test(target);
}

/** The save-time rule: a device shape of any system (a profile may be typed on another laptop). */
export function isDeviceTarget(transport: PathTransport, target: string): boolean {
  return isPosixDeviceTarget(transport, target) || isWindowsDeviceTarget(transport, target);
}
