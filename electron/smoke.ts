// `Karya POS --smoke`: the release workflow starts the packaged app with this flag to prove that the
// engine (better-sqlite3 built for Electron, migrations inside the asar) answers a command.
import type { Engine } from './core/engine';

export const SMOKE_FLAG = '--smoke';

export async function smokeCheck(engine: Pick<Engine, 'call'>): Promise<{ ok: boolean; line: string }> {
  const result = await engine.call('app.info', {});
  return { ok: result.ok, line: `KARYA_SMOKE ${JSON.stringify(result)}` };
}
