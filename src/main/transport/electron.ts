// Electron IPC transport: one ipcMain.handle per contract channel, each over the shared dispatch.
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { allChannels } from '../../shared/contract';
import type { Dispatch } from '../ipc/handle';
import { isTrustedSender } from '../ipc/sender';

export function registerIpcTransport(ipcMain: Pick<IpcMain, 'handle'>, dispatch: Dispatch): string[] {
  const names = allChannels.map((c) => c.name);
  for (const name of names) {
    ipcMain.handle(name, (event: IpcMainInvokeEvent, payload: unknown) =>
      dispatch(name, payload, { senderTrusted: isTrustedSender(event.senderFrame) }),
    );
  }
  return names;
}
