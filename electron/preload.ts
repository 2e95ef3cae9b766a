// Runs sandboxed and bundled to CommonJS. The page gets exactly one function and never sees
// ipcRenderer itself, so it can reach nothing but the command table.
import { contextBridge, ipcRenderer } from 'electron';
import type { KaryaBridge } from '../shared/contract';
import { CALL_CHANNEL } from './ipc';

const bridge: KaryaBridge = {
  call: (name, input, session) => ipcRenderer.invoke(CALL_CHANNEL, name, input, session),
};

contextBridge.exposeInMainWorld('karya', bridge);
