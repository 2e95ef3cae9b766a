import { join } from 'node:path';
import type { Engine, EngineOptions } from '../../electron/core/engine';
import { openEngine } from '../../electron/core/engine';
import type { CommandInput, CommandName, CommandOutput } from '../../shared/contract';

/** An engine on a real SQLite file in `dir`, with a clock the test controls. */
export function engineIn(dir: string, options: Partial<EngineOptions> = {}) {
  let now = new Date('2026-11-28T02:00:00Z'); // 10.00 WITA
  const engine = openEngine({ dbPath: join(dir, 'karya.db'), now: () => now, ...options });
  return {
    engine,
    setNow(instant: string) {
      now = new Date(instant);
    },
    /** Calls a command and returns its data, failing the test on a refusal. */
    async ok<K extends CommandName>(name: K, input: CommandInput<K>): Promise<CommandOutput<K>> {
      const result = await engine.call(name, input);
      if (!result.ok) throw new Error(`${name} refused: ${result.error.code} ${result.error.message}`);
      return result.data as CommandOutput<K>;
    },
  };
}

export type TestEngine = ReturnType<typeof engineIn>;
export type { Engine };
