// The till's device code is its identity: it starts every receipt number (`PLU2-20261205-0001`),
// every Z and every batch file the office receives. Until the first sale carries it, an admin may
// still correct it; after that it is fixed, since a changed code would split one till's history in
// two at the office and make printed receipts point at a till that no longer exists.
import type { Database } from 'better-sqlite3';
import { audit } from '../audit/audit';
import type { Actor, EngineContext } from '../context';
import { EngineError } from '../errors';
import { getSetting, PROVISIONAL_DEVICE_KEY, setSetting } from '../settings/settings';

/** Tables whose rows carry the device code for good: numbered receipts, refunds, voids, Zs, batches. */
const ISSUED = ['receipt_counters', 'sales', 'refunds', 'sale_voids', 'day_closes', 'batches'] as const;

/** `sales` once anything numbered with the code exists, else null (the code may still change). */
export function deviceCodeLock(db: Database): 'sales' | null {
  for (const table of ISSUED) {
    if (db.prepare(`SELECT 1 FROM ${table} LIMIT 1`).get()) return 'sales';
  }
  // A closed shift's slip was printed with the code (and closed shifts never change).
  if (db.prepare('SELECT 1 FROM shifts WHERE closed_at IS NOT NULL LIMIT 1').get()) return 'sales';
  return null;
}

export function isDeviceCodeProvisional(db: Database): boolean {
  return getSetting(db, PROVISIONAL_DEVICE_KEY) === '1';
}

export const DEVICE_CODE_LOCKED_MESSAGE =
  'Kode perangkat tidak bisa diganti lagi: struk, shift yang sudah ditutup, laporan Z atau batch sudah memakai kode ini, dan kantor mengenali kasir ini dari kode tersebut.';

/**
 * Gives the till a new device code, inside the caller's transaction. Shifts and parked carts made
 * before the first sale (still open) move with it; anything numbered refuses the change. The old and new codes
 * are audited. The caller updates `ctx.device` after the commit.
 */
export function changeDeviceCode(ctx: EngineContext, code: string, actor: Actor): void {
  const before = ctx.device.device;
  if (code === before) {
    ctx.db.prepare('DELETE FROM settings WHERE key = ?').run(PROVISIONAL_DEVICE_KEY);
    return;
  }
  if (deviceCodeLock(ctx.db)) throw new EngineError('CONFLICT', 'device.codeLocked');
  ctx.db.prepare('UPDATE shifts SET device = ? WHERE device = ?').run(code, before);
  ctx.db.prepare('UPDATE parked_carts SET device = ? WHERE device = ?').run(code, before);
  setSetting(ctx.db, 'device_code', code);
  ctx.db.prepare('DELETE FROM settings WHERE key = ?').run(PROVISIONAL_DEVICE_KEY);
  audit(ctx.db, code, ctx.now(), {
    action: 'device.code',
    actor,
    subject: code,
    detail: { before, after: code },
  });
}
