// Refusals of the engine's stock area (electron/core/stock/), in both languages.
import type { Catalogue } from './types';

export const stock = {
  'stock.locationNotFound': {
    id: 'Lokasi dengan id {id} tidak ditemukan.',
    en: 'Location with id {id} was not found.',
  },
  'stock.notAnEvent': {
    id: '{name} bukan acara (bazar/pameran).',
    en: '{name} is not an event (bazaar/exhibition).',
  },
  'stock.eventClosed': {
    id: 'Acara {name} sudah ditutup.',
    en: 'Event {name} is already closed.',
  },
  'stock.tillSellsThere': {
    id: 'Kasir masih menjual di {name}; pilih lokasi penjualan lain dulu.',
    en: 'The till still sells at {name}; choose another sales location first.',
  },
  'stock.returnElsewhere': {
    id: 'Barang harus kembali ke lokasi lain, bukan ke acara itu sendiri.',
    en: 'Goods must go back to another location, not to the event itself.',
  },
  'stock.countedTwice': {
    id: '{name} dihitung dua kali.',
    en: '{name} is counted twice.',
  },
  'stock.countMissing': {
    id: 'Jumlah hitung belum diisi untuk: {value}.',
    en: 'The count is not filled in for: {value}.',
  },
  'stock.noSalesLocation': {
    id: 'Belum ada lokasi penjualan untuk kasir. Atur di menu Stok.',
    en: 'There is no sales location for the till yet. Set it in the Stock menu.',
  },
  'stock.eventNeedsDates': {
    id: 'Acara harus punya tanggal mulai dan tanggal selesai.',
    en: 'An event needs a start date and an end date.',
  },
  'stock.onlyEventsDates': {
    id: 'Hanya acara (bazar/pameran) yang punya tanggal.',
    en: 'Only events (bazaar/exhibition) have dates.',
  },
  'stock.endBeforeStart': {
    id: 'Tanggal selesai tidak boleh sebelum tanggal mulai.',
    en: 'The end date cannot be before the start date.',
  },
  'stock.locationCodeTaken': {
    id: 'Kode lokasi {code} sudah dipakai.',
    en: 'Location code {code} is already in use.',
  },
  'stock.eventClosedNoEdit': {
    id: 'Acara {name} sudah ditutup dan tidak dapat diubah.',
    en: 'Event {name} is already closed and cannot be changed.',
  },
  'stock.kindFixed': {
    id: 'Jenis lokasi tidak dapat diubah setelah dibuat; buat lokasi baru.',
    en: "A location's kind cannot be changed after it is created; create a new location.",
  },
  'stock.tillSellsFrom': {
    id: 'Kasir menjual dari {name}; pilih lokasi penjualan lain dulu.',
    en: 'The till sells from {name}; choose another sales location first.',
  },
  'stock.stockStillThere': {
    id: 'Masih ada stok di {name}; pindahkan dulu sebelum menonaktifkan.',
    en: 'There is still stock at {name}; move it first before deactivating.',
  },
  'stock.locationUnreadable': {
    id: 'Lokasi tersimpan tetapi tidak dapat dibaca kembali.',
    en: 'The location was saved but could not be read back.',
  },
  'stock.unknownProducer': {
    id: 'Unit produksi {producerCode} tidak dikenal.',
    en: 'Producer {producerCode} is not known.',
  },
  'stock.wrongProducer': {
    id: '{name} dibuat oleh unit {producerCode}, bukan {name2}.',
    en: '{name} is made by producer {producerCode}, not {name2}.',
  },
  'stock.expiredDate': {
    id: 'Tanggal kedaluwarsa {name} ({expiresOn}) sudah lewat; periksa tanggalnya.',
    en: 'The expiry date of {name} ({expiresOn}) has already passed; check the date.',
  },
  'stock.batchOtherExpiry': {
    id: 'Batch {code} untuk {name} sudah tercatat dengan tanggal kedaluwarsa {value}.',
    en: 'Batch {code} for {name} is already recorded with expiry date {value}.',
  },
  'stock.lineNoStock': {
    id: 'Baris {lineNo} transaksi ini tidak mengeluarkan stok.',
    en: 'Line {lineNo} of this sale did not take stock.',
  },
  'stock.returnExceedsSold': {
    id: 'Retur {name} melebihi yang terjual: paling banyak {value} {unit}.',
    en: 'Return of {name} exceeds what was sold: at most {value} {unit}.',
  },
  'stock.locationIdNotFound': {
    id: 'Lokasi dengan id {locationId} tidak ditemukan.',
    en: 'Location with id {locationId} was not found.',
  },
  'stock.qtyDecimals': {
    id: 'Jumlah {name} paling banyak 3 angka desimal.',
    en: 'The quantity of {name} has at most 3 decimals.',
  },
  'stock.sameFromTo': {
    id: 'Lokasi asal dan tujuan tidak boleh sama.',
    en: 'The source and target locations cannot be the same.',
  },
  'stock.eventClosedNoMoves': {
    id: 'Acara {name} sudah ditutup; stok tidak dapat dipindahkan ke atau dari sana.',
    en: 'Event {name} is already closed; stock cannot be moved to or from it.',
  },
  'stock.locationInactive': {
    id: 'Lokasi {name} tidak aktif.',
    en: 'Location {name} is not active.',
  },
  'stock.notEnough': {
    id: 'Stok {product} di {location} tidak cukup: tersedia {available} {unit}, dibutuhkan {wanted} {unit}.',
    en: 'Not enough stock of {product} at {location}: {available} {unit} available, {wanted} {unit} needed.',
  },
  'stock.returnMoreThanHeld': {
    id: 'Tidak dapat mengembalikan {wanted} {unit} {product} ke {producer}: stok di {location} hanya {available} {unit}.',
    en: 'Cannot return {wanted} {unit} of {product} to {producer}: only {available} {unit} at {location}.',
  },
  'stock.productNo': {
    id: 'produk {id}',
    en: 'product {id}',
  },
  'stock.thisLocation': {
    id: 'lokasi ini',
    en: 'this location',
  },
} as const satisfies Catalogue;
