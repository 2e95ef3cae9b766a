// The Electron door: one IPC channel onto the engine's command table. The preload imports
// CALL_CHANNEL from here, so this module keeps to type-only imports of Electron and the engine.
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import type { CommandError, CommandName, CommandResult } from '../shared/contract';
import type { Engine } from './core/engine';
import { isAppPageUrl } from './paths';

export const CALL_CHANNEL = 'karya:call';

type Result = CommandResult<CommandName>;

export const FORBIDDEN_ERROR: CommandError = {
  code: 'FORBIDDEN',
  message: 'Permintaan ditolak: asal tidak dikenal',
  key: 'common.foreignOrigin',
};
export const INTERNAL_ERROR: CommandError = {
  code: 'INTERNAL',
  message: 'Terjadi kesalahan internal',
  key: 'common.internalShort',
};
const UNKNOWN_COMMAND_ERROR: CommandError = {
  code: 'UNKNOWN_COMMAND',
  message: 'Perintah tidak dikenal',
  key: 'common.unknownCommandShort',
};

/**
 * Registers the single `karya:call` handler. Only the app's own page may call (a frame that
 * navigated elsewhere, or any foreign page, is refused), and nothing ever throws back into the
 * renderer: failures come back as `{ ok: false }` like any other refusal.
 */
export function registerCommands(
  ipcMain: Pick<IpcMain, 'handle'>,
  engine: Pick<Engine, 'call'>,
  isAppPage: (url: string) => boolean = isAppPageUrl,
): void {
  ipcMain.handle(
    CALL_CHANNEL,
    async (
      event: Pick<IpcMainInvokeEvent, 'senderFrame'>,
      name: unknown,
      input: unknown,
      session?: unknown,
    ): Promise<Result> => {
      const senderUrl = event.senderFrame?.url;
      if (senderUrl === undefined || !isAppPage(senderUrl)) return { ok: false, error: FORBIDDEN_ERROR };
      if (typeof name !== 'string') return { ok: false, error: UNKNOWN_COMMAND_ERROR };
      try {
        // Only a session string passes; the system caller exists for the command line alone.
        return await engine.call(name, input, typeof session === 'string' ? session : undefined);
      } catch (error) {
        // The input stays out of the log: later commands carry PINs.
        console.error(`Perintah ${name} gagal:`, error);
        return { ok: false, error: INTERNAL_ERROR };
      }
    },
  );
}
