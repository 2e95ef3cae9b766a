import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { COMMAND_NAMES, type CommandName, type CommandResult } from '../shared/contract';
import type { Engine } from './core/engine';
import { CALL_CHANNEL, registerCommands } from './ipc';
import { isAppPageUrl } from './paths';

type Handler = Parameters<IpcMain['handle']>[1];

const APP_URL = 'file:///opt/karya/resources/app.asar/out/renderer/index.html';
const INFO: CommandResult<CommandName> = {
  ok: true,
  data: {
    appVersion: '0.1.0',
    schemaVersion: 1,
    device: 'BTH1',
    timeZone: 'Asia/Makassar',
    businessDay: '2025-01-02',
    calendarDay: '2025-01-02',
    unclosedDays: [],
    productCount: 3,
  },
};

/** Records what the door registers, the way Electron's ipcMain would. */
function standInIpcMain() {
  const handlers = new Map<string, Handler>();
  const ipcMain: Pick<IpcMain, 'handle'> = {
    handle: (channel, listener) => {
      if (handlers.has(channel)) throw new Error(`second handler for ${channel}`);
      handlers.set(channel, listener);
    },
  };
  return { ipcMain, handlers };
}

function fromFrame(url: string | null): IpcMainInvokeEvent {
  // Only senderFrame is read by the handler; the rest of the event is irrelevant here.
  return { senderFrame: url === null ? null : { url } } as unknown as IpcMainInvokeEvent;
}

function setUp(call: Engine['call'] = vi.fn<Engine['call']>().mockResolvedValue(INFO)) {
  const { ipcMain, handlers } = standInIpcMain();
  const engine = { call: vi.fn(call) };
  registerCommands(ipcMain, engine);
  const handler = handlers.get(CALL_CHANNEL);
  if (!handler) throw new Error('no handler registered on karya:call');
  const invoke = (url: string | null, name: unknown, input: unknown, session?: unknown): Promise<unknown> =>
    Promise.resolve(handler(fromFrame(url), name, input, session));
  return { handlers, engine, invoke };
}

beforeEach(() => {
  // Outside `electron-vite dev` there is no dev server, whatever the shell running the tests says.
  vi.stubEnv('ELECTRON_RENDERER_URL', undefined);
});

afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

describe('registerCommands', () => {
  it('registers exactly one handler, on karya:call', () => {
    const { handlers } = setUp();
    expect(CALL_CHANNEL).toBe('karya:call');
    expect([...handlers.keys()]).toEqual(['karya:call']);
  });

  it('passes a call from the app page to the engine and returns its result unchanged', async () => {
    const { engine, invoke } = setUp();
    await expect(invoke(APP_URL, 'app.info', {})).resolves.toEqual(INFO);
    expect(engine.call).toHaveBeenCalledExactlyOnceWith('app.info', {}, undefined);
  });

  it('passes the session string along, and nothing that is not a string', async () => {
    const { engine, invoke } = setUp();
    await invoke(APP_URL, 'sales.get', { receiptNo: 'X' }, 'session-abc');
    expect(engine.call).toHaveBeenLastCalledWith('sales.get', { receiptNo: 'X' }, 'session-abc');
    await invoke(APP_URL, 'sales.get', { receiptNo: 'X' }, { kind: 'system' });
    expect(engine.call).toHaveBeenLastCalledWith('sales.get', { receiptNo: 'X' }, undefined);
  });

  it.each(COMMAND_NAMES)('passes %s through with its input', async (name) => {
    const { engine, invoke } = setUp(async (called) => ({
      ok: false,
      error: expect.objectContaining({ code: 'NOT_FOUND', message: `dari ${called}` }),
    }));
    const input = { probe: name };
    await expect(invoke(APP_URL, name, input)).resolves.toEqual({
      ok: false,
      error: expect.objectContaining({ code: 'NOT_FOUND', message: `dari ${name}` }),
    });
    expect(engine.call).toHaveBeenCalledExactlyOnceWith(name, input, undefined);
  });

  it('accepts the app page with a hash route and a Windows drive path', async () => {
    const { engine, invoke } = setUp();
    await expect(invoke(`${APP_URL}#/jual`, 'app.info', {})).resolves.toEqual(INFO);
    await expect(
      invoke(
        'file:///C:/Program%20Files/Karya%20POS/resources/app.asar/out/renderer/index.html',
        'app.info',
        {},
      ),
    ).resolves.toEqual(INFO);
    expect(engine.call).toHaveBeenCalledTimes(2);
  });

  it.each([
    ['a foreign web page', 'https://evil.example/out/renderer/index.html'],
    ['another local file', 'file:///home/kasir/Downloads/index.html'],
    ['a file on a network share', 'file://evil-host/share/out/renderer/index.html'],
    ['a dev server that is not running', 'http://localhost:5173/'],
    ['a data URL', 'data:text/html,<script>karya.call()</script>'],
    ['an unparsable URL', 'not a url'],
    ['a frame that is gone', null],
  ])('refuses %s as FORBIDDEN without reaching the engine', async (_label, url) => {
    const { engine, invoke } = setUp();
    await expect(invoke(url, 'app.info', {})).resolves.toEqual({
      ok: false,
      error: expect.objectContaining({
        code: 'FORBIDDEN',
        message: 'Permintaan ditolak: asal tidak dikenal',
      }),
    });
    expect(engine.call).not.toHaveBeenCalled();
  });

  it('accepts the dev server origin only while ELECTRON_RENDERER_URL is set', async () => {
    vi.stubEnv('ELECTRON_RENDERER_URL', 'http://localhost:5173');
    const { engine, invoke } = setUp();
    await expect(invoke('http://localhost:5173/#/jual', 'app.info', {})).resolves.toEqual(INFO);
    await expect(invoke('http://localhost:5174/', 'app.info', {})).resolves.toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect(engine.call).toHaveBeenCalledTimes(1);
  });

  it('answers UNKNOWN_COMMAND for a name that is not a string', async () => {
    const { engine, invoke } = setUp();
    await expect(invoke(APP_URL, { toString: () => 'app.info' }, {})).resolves.toMatchObject({
      ok: false,
      error: { code: 'UNKNOWN_COMMAND' },
    });
    expect(engine.call).not.toHaveBeenCalled();
  });

  it.each([
    ['rejects', () => Promise.reject(new Error('disk I/O error'))],
    [
      'throws synchronously',
      () => {
        throw new Error('disk I/O error');
      },
    ],
  ])('turns an engine that %s into INTERNAL and logs it without the input', async (_label, call) => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    const { invoke } = setUp(call);
    await expect(invoke(APP_URL, 'sales.get', { receiptNo: 'PIN-4321' })).resolves.toEqual({
      ok: false,
      error: expect.objectContaining({ code: 'INTERNAL', message: 'Terjadi kesalahan internal' }),
    });
    expect(logged).toHaveBeenCalledTimes(1);
    const text = logged.mock.calls.flat().map(String).join(' ');
    expect(text).toContain('disk I/O error');
    expect(text).not.toContain('PIN-4321');
  });
});

describe('isAppPageUrl', () => {
  it('needs a local file ending in the renderer entry', () => {
    expect(isAppPageUrl(APP_URL, undefined)).toBe(true);
    expect(isAppPageUrl(`${APP_URL}?x=1`, undefined)).toBe(true);
    expect(isAppPageUrl('file:///opt/karya/out/renderer/other.html', undefined)).toBe(false);
    expect(isAppPageUrl('file:///opt/karya/out/renderer/index.html.evil', undefined)).toBe(false);
  });

  it('ignores a dev server URL that is not http(s)', () => {
    expect(isAppPageUrl('javascript:alert(1)', 'javascript:void(0)')).toBe(false);
    expect(isAppPageUrl('http://localhost:5173/', 'http://localhost:5173')).toBe(true);
  });
});
