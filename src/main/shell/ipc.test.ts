import { beforeEach, describe, expect, it, vi } from 'vitest';
import { channelNames } from '../../shared/channels';
import type { Core } from '../core/core';
import { appEntryUrl } from './policy';

/** The real IPC registration with `electron` replaced by a recorder of `ipcMain.handle`. */
const handlers = vi.hoisted(() => new Map<string, (event: unknown, input: unknown) => unknown>());

vi.mock('electron', () => ({
  ipcMain: {
    handle: (channel: string, handler: (event: unknown, input: unknown) => unknown) => {
      handlers.set(channel, handler);
    },
  },
  BrowserWindow: { fromWebContents: () => null },
  webContents: { fromId: () => undefined },
}));

const { registerIpc } = await import('./ipc');

const coreCalls: { channel: string; senderId: string }[] = [];
const fakeCore = {
  handle: (channel: string, _input: unknown, { senderId }: { senderId: string }) => {
    coreCalls.push({ channel, senderId });
    return Promise.resolve({ ok: true, value: {} });
  },
} as unknown as Core;

interface Frame {
  url: string;
  parent: Frame | null;
}
const topFrame = (url: string): Frame => ({ url, parent: null });
const eventFrom = (senderFrame: Frame | null) => ({ senderFrame, sender: { id: 3 } });
const call = (channel: string, senderFrame: Frame | null) =>
  handlers.get(channel)!(eventFrom(senderFrame), {});

beforeEach(() => {
  handlers.clear();
  coreCalls.length = 0;
});

describe('IPC', () => {
  const hooks = { focusSender: () => undefined, prefsChanged: () => undefined };

  it('registers every channel of the contract and nothing else', () => {
    registerIpc(fakeCore, { ...hooks, devServerUrl: undefined });
    expect([...handlers.keys()].sort()).toEqual([...channelNames].sort());
  });

  it('answers only the top frame of our own renderer', async () => {
    registerIpc(fakeCore, { ...hooks, devServerUrl: undefined });
    expect(await call('app.info', topFrame(`${appEntryUrl}?open=%2Ftmp%2Fa.opsu`))).toMatchObject({
      ok: true,
    });
    expect(coreCalls).toEqual([{ channel: 'app.info', senderId: '3' }]);

    const ours = topFrame(appEntryUrl);
    for (const [name, frame] of [
      ['no frame (destroyed)', null],
      ['a subframe of our page', { url: appEntryUrl, parent: ours }],
      ['a foreign page', topFrame('https://evil.example/')],
      ['a file', topFrame('file:///tmp/evil.html')],
      ['another app host', topFrame('app://evil/index.html')],
      ['a data page', topFrame('data:text/html,<script>api.plan.open()</script>')],
      ['the dev server when not developing', topFrame('http://localhost:5173/')],
    ] as const) {
      for (const channel of ['plan.open', 'section.save', 'system.openExternal']) {
        expect(await call(channel, frame), `${name}: ${channel}`).toMatchObject({
          ok: false,
          error: { code: 'UNSUPPORTED' },
        });
      }
    }
    expect(coreCalls).toHaveLength(1);
  });

  it('trusts the dev server only while developing, and only its origin', async () => {
    registerIpc(fakeCore, { ...hooks, devServerUrl: 'http://localhost:5173' });
    expect(await call('app.info', topFrame('http://localhost:5173/index.html'))).toMatchObject({
      ok: true,
    });
    expect(await call('app.info', topFrame('http://localhost:5174/'))).toMatchObject({
      ok: false,
    });
    expect(coreCalls).toHaveLength(1);
  });
});
