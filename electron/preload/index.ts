/**
 * The bridge: one function per contract channel on `window.zuoci`, nothing else.
 * Runs sandboxed with contextIsolation; validation happens in the main process.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { CHANNELS, INVOKE } from '../../shared/ipc/channels';

const api = Object.fromEntries(
  CHANNELS.map((channel) => [channel, (request: unknown) => ipcRenderer.invoke(INVOKE, channel, request)]),
);

contextBridge.exposeInMainWorld('zuoci', api);
