import { contextBridge, ipcRenderer } from 'electron';
import { isChannelName } from '../shared/channels.js';

/**
 * The renderer's only door to the main process: a generic invoke for the channels of the table. The raw
 * ipcRenderer is never exposed.
 */
const bridge = {
  invoke(channel: string, input: unknown, session?: string): Promise<unknown> {
    if (!isChannelName(channel)) {
      return Promise.resolve({ ok: false, error: { code: 'unknown_channel', message: `There is no channel "${channel}".` } });
    }
    return ipcRenderer.invoke(channel, input, typeof session === 'string' ? session : undefined);
  },
};

contextBridge.exposeInMainWorld('workshop', bridge);
