import { describe, expect, it } from 'vitest';
import { engineIn, TEST_PIN } from '../../../tests/support/engine';
import { tempDirPerTest } from '../../../tests/support/tempDir';
import type { Actor, EngineContext } from '../context';
import { openDatabase } from '../db/open';
import { EngineError } from '../errors';
import { requireApproval } from './approval';
import { Sessions } from './sessions';

const tempDir = tempDirPerTest();

async function setUp() {
  const dir = tempDir();
  const t = engineIn(dir);
  const manager = await t.as('manager', 'Pak Andi');
  const cashier = await t.as('cashier', 'Sri');
  t.engine.close();
  const { db } = openDatabase(`${dir}/karya.db`);
  const ctx = {
    db,
    now: () => new Date('2026-11-28T02:00:00Z'),
    device: { device: 'BTH1', timeZone: 'Asia/Makassar', dayCutoffHour: 4 },
    sessions: new Sessions(),
    door: 'window',
  } as unknown as EngineContext;
  const asCashier: Actor = {
    kind: 'user',
    userId: cashier.user.id,
    name: 'Sri',
    role: 'cashier',
    session: 's',
  };
  return { ctx, db, manager: manager.user, cashier: cashier.user, asCashier };
}

function codeOf(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    if (error instanceof EngineError) return error.code;
    throw error;
  }
  return 'none';
}

describe('manager approval', () => {
  it("takes a manager's own role, or a manager's PIN typed on the cashier's screen", async () => {
    const { ctx, db, manager, cashier, asCashier } = await setUp();
    const asManager: Actor = {
      kind: 'user',
      userId: manager.id,
      name: 'Pak Andi',
      role: 'manager',
      session: 's',
    };
    expect(requireApproval(ctx, asManager, undefined)).toEqual({ userId: manager.id, name: 'Pak Andi' });
    expect(codeOf(() => requireApproval(ctx, asCashier, undefined))).toBe('APPROVAL_REQUIRED');
    expect(requireApproval(ctx, asCashier, { userId: manager.id, pin: TEST_PIN })).toEqual({
      userId: manager.id,
      name: 'Pak Andi',
    });
    expect(codeOf(() => requireApproval(ctx, asCashier, { userId: manager.id, pin: '0000' }))).toBe(
      'FORBIDDEN',
    );
    // A cashier cannot approve for another cashier, even with the right PIN.
    expect(codeOf(() => requireApproval(ctx, asCashier, { userId: cashier.id, pin: TEST_PIN }))).toBe(
      'FORBIDDEN',
    );
    // The wrong PIN was counted towards the manager's lockout, though the request was refused.
    expect(db.prepare('SELECT door, failures FROM pin_attempts WHERE user_id = ?').get(manager.id)).toEqual({
      door: 'window',
      failures: 1,
    });
    db.close();
  });

  it('counts wrong approval PINs and makes the manager wait after five', async () => {
    const { ctx, db, manager, asCashier } = await setUp();
    for (let i = 0; i < 4; i++) requireApprovalCode();
    expect(codeOf(() => requireApproval(ctx, asCashier, { userId: manager.id, pin: '0000' }))).toBe('LOCKED');
    expect(codeOf(() => requireApproval(ctx, asCashier, { userId: manager.id, pin: TEST_PIN }))).toBe(
      'LOCKED',
    );
    db.close();

    function requireApprovalCode() {
      expect(codeOf(() => requireApproval(ctx, asCashier, { userId: manager.id, pin: '0000' }))).toBe(
        'FORBIDDEN',
      );
    }
  });
});
