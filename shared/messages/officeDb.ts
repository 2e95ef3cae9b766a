// Refusals of the office's database layer (office/db/), in both languages.
import type { Catalogue } from './types';

export const officeDb = {
  'officeDb.notOfficeDatabase': {
    id: 'Database ini bukan database kantor Karya POS dan tidak akan dipakai: {label}. Pakai database kosong atau database kantor yang benar.',
    en: 'This database is not a Karya POS office database and will not be used: {label}. Use an empty database or the right office database.',
  },
  'officeDb.folderInUse': {
    id: 'Folder data {folder} sedang dipakai server kantor lain (proses {pid} di {host}). Hentikan server itu dulu, atau pakai folder data lain.',
    en: 'The data folder {folder} is in use by another office server (process {pid} on {host}). Stop that server first, or use another data folder.',
  },
  'officeDb.createFailed': {
    id: 'Database bawaan di {folder} tidak dapat dibuat: {message}',
    en: 'The embedded database in {folder} could not be created: {message}',
  },
} as const satisfies Catalogue;
