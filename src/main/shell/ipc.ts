import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { channelNames } from '../../shared/channels';
import type { ChannelOutput } from '../../shared/ipc';
import { fail } from '../../shared/result';
import type { Core } from '../core/core';
import { isAppUrl } from './policy';
import { senderIdOf } from './windows';

export interface IpcHooks {
  /** The dev server's URL while developing; its pages count as ours. */
  devServerUrl: string | undefined;
  /** A plan was already open in the window of `senderId`: bring that window forward. */
  focusSender(senderId: string): void;
  /** The preferences were saved: rebuild the menu, tell every window. */
  prefsChanged(prefs: ChannelOutput<'prefs.update'>): void;
}

/** Only the top frame of our own renderer may call; an embedded or foreign page is refused. */
function fromOurRenderer(event: IpcMainInvokeEvent, devServerUrl: string | undefined): boolean {
  const frame = event.senderFrame;
  return frame !== null && frame.parent === null && isAppUrl(frame.url, devServerUrl);
}

/**
 * Every channel of the contract, registered once through one wrapper: sender check, then the
 * core (which validates input and output and answers with a Result, never throwing).
 */
export function registerIpc(core: Core, hooks: IpcHooks): void {
  for (const channel of channelNames) {
    ipcMain.handle(channel, async (event, input: unknown) => {
      if (!fromOurRenderer(event, hooks.devServerUrl)) return fail('UNSUPPORTED');
      const result = await core.handle(channel, input, { senderId: senderIdOf(event.sender) });
      if (!result.ok && result.error.code === 'ALREADY_OPEN') {
        const owner = result.error.details?.['ownerSenderId'];
        if (typeof owner === 'string') hooks.focusSender(owner);
      }
      if (result.ok && channel === 'prefs.update') {
        hooks.prefsChanged(result.value as ChannelOutput<'prefs.update'>);
      }
      return result;
    });
  }
}
