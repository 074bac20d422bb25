import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { channelNames } from '../../shared/channels';
import { channels, type OpenedPlan } from '../../shared/ipc';
import { createI18n, errorMessage } from '../../shared/i18n';
import { AppErrorSchema } from '../../shared/result';
import { SCHEMA_VERSION } from './db/migrations';
import { classify, CoreError, toFailure } from './errors';
import { checkExternalUrl } from './external-url';
import { makeTestCore, type TestCore } from './testing/test-core';

let t: TestCore;
beforeEach(() => {
  t = makeTestCore();
});
afterEach(() => t.dispose());

describe('the router', () => {
  it('binds every channel of the contract, and only those', async () => {
    expect(Object.keys(channels).sort()).toEqual([...channelNames].sort());
    for (const name of channelNames) {
      const result = await t.call(name, { unexpected: true });
      expect(result, name).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
      expect(JSON.stringify(result), name).not.toContain('channel: unknown');
    }
    for (const name of ['nope', '__proto__', 'constructor', 'toString', 'plan', '']) {
      expect(await t.call(name, {})).toMatchObject({
        ok: false,
        error: { code: 'INVALID_INPUT', details: { issue: 'channel: unknown' } },
      });
    }
  });

  it('says briefly what is wrong with the input', async () => {
    const result = await t.call('plan.create', { path: '/x.opsu', title: '', region: 'R' });
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'INVALID_INPUT',
        messageKey: 'errors.INVALID_INPUT',
        details: { issue: expect.stringMatching(/^title: /) as string },
      },
    });
    const huge = await t.call('outline.get', { docId: 'x'.repeat(100_000) });
    if (huge.ok) throw new Error('expected a failure');
    expect(String(huge.error.details?.issue).length).toBeLessThanOrEqual(200);
  });

  it('ignores prototype keys rather than acting on them', async () => {
    const input = JSON.parse('{"__proto__": {"polluted": true}, "name": "x"}') as unknown;
    expect(await t.call('prefs.update', input)).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(await t.value('prefs.get', {})).toMatchObject({ name: '' });
  });

  it('turns unreadable input and a missing sender into Results', async () => {
    const hostile = {
      get docId(): string {
        throw new Error('boom');
      },
    };
    expect(await t.call('outline.get', hostile)).toMatchObject({
      error: { code: 'INVALID_INPUT' },
    });
    expect(await t.core.handle('app.info', {}, { senderId: '' })).toMatchObject({
      error: { code: 'INVALID_INPUT' },
    });
  });

  it('answers app.info and relays flushes and dialogs to the shell', async () => {
    expect(await t.value('app.info', {})).toEqual({
      version: '0.1.0-test',
      schemaVersion: SCHEMA_VERSION,
    });
    expect(await t.value('app.flushed', {}, 'window-7')).toBeNull();
    expect(t.flushedBy).toEqual(['window-7']);
    t.dialogAnswer.path = join(t.dir, 'chosen.opsu');
    expect(await t.value('dialog.chooseNewPlanPath', { suggestedName: 'x.opsu' })).toEqual({
      path: join(t.dir, 'chosen.opsu'),
    });
    t.dialogAnswer.path = null;
    expect(await t.value('dialog.chooseOpenPath', {})).toEqual({ path: null });
  });

  it('opens only http and https links', async () => {
    expect(await t.value('system.openExternal', { url: 'https://finlex.fi/fi/laki' })).toBeNull();
    expect(await t.value('system.openExternal', { url: 'http://example.fi/' })).toBeNull();
    for (const url of [
      'mailto:kirjaamo@example.fi',
      'mailto:a@example.fi?attach=/home/a/.ssh/id_rsa',
      'javascript:alert(1)',
      'file:///etc/passwd',
      'data:text/html,<b>x</b>',
      'https://trusted.example@evil.example/',
      'not a url',
      '//example.fi',
      'vbscript:x',
    ]) {
      expect(await t.call('system.openExternal', { url }), url).toMatchObject({
        error: { code: 'INVALID_INPUT' },
      });
    }
    expect(t.openedUrls).toEqual(['https://finlex.fi/fi/laki', 'http://example.fi/']);
    expect(checkExternalUrl('HTTPS://Example.FI/a b')).toBe('https://example.fi/a%20b');
  });

  it('returns an output that fails its schema as INTERNAL, not as a value', async () => {
    const plan = await t.value<OpenedPlan>('plan.create', {
      path: join(t.dir, 'p.opsu'),
      title: 'T',
      region: 'R',
    });
    expect(plan.outline.length).toBeGreaterThan(0);
    t.dialogAnswer.path = 42 as unknown as string;
    expect(await t.call('dialog.chooseOpenPath', {})).toMatchObject({
      ok: false,
      error: { code: 'INTERNAL' },
    });
  });
});

describe('error mapping', () => {
  const sqlite = (code: string) => Object.assign(new Error('x'), { code, name: 'SqliteError' });
  const errno = (code: string) => Object.assign(new Error('x'), { code, path: '/p' });

  it('maps SQLite and file-system errors to our codes', () => {
    const cases: Array<[unknown, string]> = [
      [sqlite('SQLITE_FULL'), 'DISK_FULL'],
      [sqlite('SQLITE_READONLY'), 'READ_ONLY'],
      [sqlite('SQLITE_READONLY_DBMOVED'), 'READ_ONLY'],
      [sqlite('SQLITE_BUSY'), 'LOCKED'],
      [sqlite('SQLITE_BUSY_SNAPSHOT'), 'LOCKED'],
      [sqlite('SQLITE_LOCKED'), 'LOCKED'],
      [sqlite('SQLITE_NOTADB'), 'NOT_A_PLAN'],
      [sqlite('SQLITE_CORRUPT'), 'CORRUPT'],
      [sqlite('SQLITE_CORRUPT_INDEX'), 'CORRUPT'],
      [sqlite('SQLITE_IOERR_WRITE'), 'IO'],
      [sqlite('SQLITE_CONSTRAINT_CHECK'), 'INTERNAL'],
      [errno('ENOENT'), 'FILE_NOT_FOUND'],
      [errno('EACCES'), 'READ_ONLY'],
      [errno('EROFS'), 'READ_ONLY'],
      [errno('ENOSPC'), 'DISK_FULL'],
      [errno('EEXIST'), 'FILE_EXISTS'],
      [errno('EMFILE'), 'IO'],
      [new CoreError('ALREADY_OPEN', { ownerSenderId: 'w' }), 'ALREADY_OPEN'],
      [new TypeError('x is not a function'), 'INTERNAL'],
      ['a string', 'INTERNAL'],
      [undefined, 'INTERNAL'],
    ];
    for (const [error, code] of cases) expect(classify(error).code, String(code)).toBe(code);
  });

  it('fills every placeholder, in every language, without a stack', () => {
    const error = new Error('first line\n    at secret (/home/x/file.ts:1:1)');
    const failure = toFailure(error);
    expect(failure.error.details?.reason).toBe('Error: first line');
    for (const language of ['fi', 'sv', 'en'] as const) {
      const i18n = createI18n(language);
      for (const code of AppErrorSchema.shape.code.options) {
        const message = errorMessage(i18n, toFailure(new CoreError(code), '/plans/p.opsu').error);
        expect(message, `${language} ${code}`).not.toMatch(/\{\{|\}\}|errors[.:]/);
      }
    }
  });
});
