import { contextBridge, ipcRenderer } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import type { KaryaBridge } from '../shared/contract';
import './preload';

// The real module would try to locate (and download) the Electron binary.
vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: vi.fn() },
  ipcRenderer: { invoke: vi.fn() },
}));

function exposedBridge(): KaryaBridge {
  const exposed = vi.mocked(contextBridge.exposeInMainWorld).mock.calls[0]?.[1];
  if (typeof exposed !== 'object' || exposed === null || typeof exposed.call !== 'function') {
    throw new Error('preload exposed no call function');
  }
  return exposed;
}

describe('preload', () => {
  it("exposes one object, as window.karya, holding only 'call'", () => {
    const expose = vi.mocked(contextBridge.exposeInMainWorld);
    expect(expose).toHaveBeenCalledTimes(1);
    expect(expose.mock.calls[0]?.[0]).toBe('karya');
    expect(Object.keys(exposedBridge())).toEqual(['call']);
  });

  it('forwards call(name, input, session) to ipcRenderer.invoke on karya:call and returns its answer', async () => {
    const answer = {
      ok: false,
      error: expect.objectContaining({ code: 'NOT_FOUND', message: 'Transaksi tidak ditemukan' }),
    };
    const invoke = vi.mocked(ipcRenderer.invoke).mockResolvedValueOnce(answer);
    const input = { receiptNo: 'BTH1-0001' };
    await expect(exposedBridge().call('sales.get', input, 'session-1')).resolves.toBe(answer);
    expect(invoke).toHaveBeenCalledExactlyOnceWith('karya:call', 'sales.get', input, 'session-1');
  });
});
