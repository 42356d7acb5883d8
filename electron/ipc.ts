import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { contract } from '../core/contract';
import type { Service } from '../core/service';

export const channelOf = (name: string) => `anjian:${name}`;

/**
 * One ipcMain handler per contract operation. Each checks that the call comes from our own
 * window's main frame, then dispatches, which validates the input with the operation's zod schema.
 */
export function registerIpc(service: Service, isTrustedSender: (event: IpcMainInvokeEvent) => boolean): void {
  for (const name of Object.keys(contract)) {
    ipcMain.handle(channelOf(name), (event, input: unknown) => {
      if (!isTrustedSender(event)) {
        return { ok: false, error: { code: 'FORBIDDEN', message: '拒绝来自未知页面的调用' } };
      }
      return service.dispatch(name, input);
    });
  }
}
