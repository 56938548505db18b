// The sandboxed preload: exposes only the typed API built from the contract, as window.chairside.
import { contextBridge, ipcRenderer } from 'electron';
import { buildApi } from '../shared/contract';

contextBridge.exposeInMainWorld(
  'chairside',
  buildApi((channel, payload) => ipcRenderer.invoke(channel, payload)),
);
