// Refusals of the engine's device area (electron/core/device/), in both languages.
import type { Catalogue } from './types';

export const device = {
  'device.closeShiftsFirst': {
    id: 'Masih ada shift terbuka ({value}): tutup semua shift dulu sebelum mengganti zona waktu atau jam pergantian hari.',
    en: 'There are still open shifts ({value}): close all shifts before changing the time zone or the day change hour.',
  },
  'device.codeLocked': {
    id: 'Kode perangkat tidak bisa diganti lagi: struk, shift yang sudah ditutup, laporan Z atau batch sudah memakai kode ini, dan kantor mengenali kasir ini dari kode tersebut.',
    en: 'The device code can no longer be changed: receipts, closed shifts, Z reports or batches already use this code, and the office knows this till by it.',
  },
} as const satisfies Catalogue;
