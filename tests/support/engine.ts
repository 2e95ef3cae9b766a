import { join } from 'node:path';
import type { Caller } from '../../electron/core/auth/access';
import { SYSTEM } from '../../electron/core/auth/access';
import type { Engine, EngineOptions } from '../../electron/core/engine';
import { openEngine } from '../../electron/core/engine';
import type { CommandInput, CommandName, CommandOutput, CommandResult, Role } from '../../shared/contract';

export const TEST_PIN = '2468';

/**
 * An engine on a real SQLite file in `dir`, with a clock the test controls. `ok` calls as the
 * system (like the command line); `as(role)` signs in a real user of that role, PIN and all.
 */
export function engineIn(dir: string, options: Partial<EngineOptions> = {}) {
  let now = new Date('2026-11-28T02:00:00Z'); // 10.00 WITA
  const engine = openEngine({ dbPath: join(dir, 'karya.db'), now: () => now, ...options });

  async function okAs<K extends CommandName>(
    caller: Caller,
    name: K,
    input: CommandInput<K>,
  ): Promise<CommandOutput<K>> {
    const result = await engine.call(name, input, caller);
    if (!result.ok) throw new Error(`${name} refused: ${result.error.code} ${result.error.message}`);
    return result.data as CommandOutput<K>;
  }

  return {
    engine,
    setNow(instant: string) {
      now = new Date(instant);
    },
    /** Calls a command as the system and returns its data, failing the test on a refusal. */
    ok<K extends CommandName>(name: K, input: CommandInput<K>): Promise<CommandOutput<K>> {
      return okAs(SYSTEM, name, input);
    },
    /**
     * A signed-in user of `role` (created on first use): `call` answers raw results, `ok` data. Like
     * a person at the till, the user has a shift open (float Rp 0) unless `shift: false`.
     */
    async as(role: Role, name = `Uji ${role}`, options: { shift?: boolean } = {}) {
      const users = (await okAs(SYSTEM, 'auth.status', {})).users;
      const user =
        users.find((u) => u.name === name) ??
        (await okAs(SYSTEM, 'users.create', { name, role, pin: TEST_PIN }));
      const { session } = await okAs(SYSTEM, 'auth.login', { userId: user.id, pin: TEST_PIN });
      if (options.shift !== false && (await okAs(session, 'shifts.current', {})).shift === null) {
        await okAs(session, 'shifts.open', { openingFloat: 0 });
      }
      return {
        user,
        session,
        call: (command: string, input: unknown): Promise<CommandResult<CommandName>> =>
          engine.call(command, input, session),
        ok: <K extends CommandName>(command: K, input: CommandInput<K>) => okAs(session, command, input),
      };
    },
  };
}

export type TestEngine = ReturnType<typeof engineIn>;
export type { Engine };
