// The package check must see what is missing and what should not ship.
import { describe, expect, it } from 'vitest';
import { FONT_FILES } from '../../electron/core/fonts/fonts';
import { type PackageListing, packageProblems } from './checkPackage';

const SQLITE = '/node_modules/better-sqlite3/build/Release/better_sqlite3.node';

function good(): PackageListing {
  return {
    asar: [
      'pack   : /package.json',
      'pack   : /out/main/main.js',
      'pack   : /out/main/migrations/001_init.sql',
      'pack   : /out/main/migrations/002_users.sql',
      'pack   : /out/preload/preload.cjs',
      'pack   : /out/renderer/index.html',
      'pack   : /out/renderer/assets/index-abc.js',
      'pack   : /node_modules/better-sqlite3/lib/index.js',
      `unpack : ${SQLITE}`,
    ],
    unpacked: [SQLITE],
    beside: [
      'resources/catalogue-demo.csv',
      ...Object.values(FONT_FILES).map((font) => `resources/fonts/${font}`),
      'resources/fonts/OFL.txt',
    ],
    migrations: ['001_init.sql', '002_users.sql'],
  };
}

describe('packageProblems', () => {
  it('passes a complete package', () => {
    expect(packageProblems(good())).toEqual([]);
  });

  it('finds missing parts: a migration, the preload, the demo catalogue', () => {
    const listing = good();
    listing.asar = listing.asar.filter((l) => !l.includes('002_users') && !l.includes('preload'));
    listing.beside = listing.beside.filter((f) => f.includes('fonts/'));
    expect(packageProblems(listing)).toEqual([
      'missing in app.asar: /out/preload/preload.cjs',
      'missing in app.asar: migration 002_users.sql',
      'missing beside app.asar: resources/catalogue-demo.csv',
    ]);
  });

  it('finds a missing font or its licence beside the archive', () => {
    const listing = good();
    listing.beside = listing.beside.filter(
      (f) => !f.endsWith('NotoSansArabic-Regular.ttf') && !f.endsWith('OFL.txt'),
    );
    expect(packageProblems(listing)).toEqual([
      'missing beside app.asar: resources/fonts/NotoSansArabic-Regular.ttf',
      'missing beside app.asar: resources/fonts/OFL.txt',
    ]);
  });

  it('finds a native module packed inside the archive, where it cannot load', () => {
    const listing = good();
    listing.asar = listing.asar.map((l) => (l.endsWith(SQLITE) ? `pack   : ${SQLITE}` : l));
    listing.unpacked = [];
    expect(packageProblems(listing)).toEqual([`packed inside app.asar (cannot load): ${SQLITE}`]);
  });

  it('finds C sources and build leftovers of better-sqlite3, and source maps', () => {
    const listing = good();
    listing.asar.push(
      'pack   : /node_modules/better-sqlite3/deps/sqlite3/sqlite3.c',
      'pack   : /node_modules/better-sqlite3/src/better_sqlite3.cpp',
      'pack   : /out/main/main.js.map',
    );
    listing.unpacked.push('/node_modules/better-sqlite3/build/Release/obj.target/better_sqlite3.node');
    expect(packageProblems(listing)).toEqual([
      'shipped better-sqlite3 C/C++ sources: /node_modules/better-sqlite3/deps/sqlite3/sqlite3.c',
      'shipped better-sqlite3 C/C++ sources: /node_modules/better-sqlite3/src/better_sqlite3.cpp',
      'shipped source maps: /out/main/main.js.map',
      'shipped better-sqlite3 object files: /node_modules/better-sqlite3/build/Release/obj.target/better_sqlite3.node',
    ]);
  });

  it('finds the command line or the office programs packed into the app', () => {
    const listing = good();
    listing.asar.push(
      'pack   : /out/cli/karya.mjs',
      'pack   : /out/office/checkUploadWorker.mjs',
      'pack   : /out/web/web.mjs',
      'pack   : /out/office-web/index.html',
    );
    expect(packageProblems(listing)).toEqual([
      'shipped a Node program of out/ (not part of the app): /out/cli/karya.mjs',
      'shipped a Node program of out/ (not part of the app): /out/office/checkUploadWorker.mjs',
      'shipped a Node program of out/ (not part of the app): /out/web/web.mjs',
      'shipped a Node program of out/ (not part of the app): /out/office-web/index.html',
    ]);
  });
});
