import { join } from 'node:path';
import { expect, it } from 'vitest';
import { ArgsError, DEFAULT_PORT, defaultOfficeDataDir, parseOfficeArgs } from './args';

const env = { XDG_CONFIG_HOME: '/home/sari/.config' };

it('has a default for everything: embedded database beside the till’s data, 127.0.0.1:8417, browser opened', () => {
  expect(parseOfficeArgs([], env)).toEqual({
    dataDir: join('/home/sari/.config', 'Karya POS Kantor'),
    port: DEFAULT_PORT,
    host: '127.0.0.1',
    open: true,
    help: false,
  });
  expect(defaultOfficeDataDir({ APPDATA: 'C:\\Users\\sari\\AppData\\Roaming' }, 'win32')).toContain(
    'Karya POS Kantor',
  );
});

it('reads every flag, with a value after it or after =', () => {
  expect(
    parseOfficeArgs(
      [
        '--database',
        'postgres://karya@db/kantor',
        '--data=/srv/kantor',
        '--port',
        '0',
        '--host',
        '0.0.0.0',
        '--no-open',
        '--public-url',
        'https://kantor.example.id/',
        '--watch',
        '/media/usb/batch',
      ],
      env,
    ),
  ).toEqual({
    database: 'postgres://karya@db/kantor',
    watchDir: '/media/usb/batch',
    dataDir: '/srv/kantor',
    port: 0,
    host: '0.0.0.0',
    open: false,
    publicUrl: 'https://kantor.example.id',
    help: false,
  });
});

it('refuses what it cannot use, saying which flag', () => {
  expect(() => parseOfficeArgs(['--database', 'mysql://x'], env)).toThrow(ArgsError);
  expect(() => parseOfficeArgs(['--port', '70000'], env)).toThrow('--port');
  expect(() => parseOfficeArgs(['--port'], env)).toThrow('--port perlu nilai');
  expect(() => parseOfficeArgs(['--public-url', 'kantor'], env)).toThrow('--public-url');
  expect(() => parseOfficeArgs(['--bogus'], env)).toThrow('Pilihan tidak dikenal: --bogus');
});
