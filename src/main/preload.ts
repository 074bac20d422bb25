import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { buildApi } from '../shared/api';
import { channelNames, eventChannel, eventNames, type EventName } from '../shared/channels';

/**
 * `window.api`: one named function per channel, built from the channel names alone (no zod here,
 * to keep this sandboxed script small; main validates everything it receives).
 */
contextBridge.exposeInMainWorld(
  'api',
  buildApi(
    { channels: channelNames, events: eventNames },
    (channel, input) => ipcRenderer.invoke(channel, input),
    (event, listener) => {
      const channel = eventChannel(event as EventName);
      const forward = (_event: IpcRendererEvent, payload: unknown) => listener(payload);
      ipcRenderer.on(channel, forward);
      return () => void ipcRenderer.removeListener(channel, forward);
    },
  ),
);
