import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Prefs, RecentPlan } from '../../../shared/domain/settings';
import type { OpenedPlan } from '../../../shared/ipc';
import { makeTestCore, type TestCore } from '../testing/test-core';
import { MAX_RECENT } from './store';

const cores: TestCore[] = [];
const core = (locale = 'fi-FI') => {
  const made = makeTestCore({ locale });
  cores.push(made);
  return made;
};
afterEach(() => {
  for (const made of cores.splice(0)) made.dispose();
});

const writeSettings = (t: TestCore, text: string) => {
  mkdirSync(t.settingsDir, { recursive: true });
  writeFileSync(join(t.settingsDir, 'settings.json'), text);
};

describe('preferences', () => {
  it('start from the OS locale and are remembered', async () => {
    expect(await core('sv-FI').value('prefs.get', {})).toEqual({
      name: '',
      organisation: '',
      language: 'sv',
    });
    expect(await core('de-DE').value<Prefs>('prefs.get', {})).toMatchObject({ language: 'fi' });
    const t = core('en-GB');
    expect(await t.value('prefs.update', { name: '  Sanna  ', language: 'fi' })).toEqual({
      name: 'Sanna',
      organisation: '',
      language: 'fi',
    });
    expect(await t.value('prefs.update', { organisation: 'Pohde' })).toMatchObject({
      name: 'Sanna',
      organisation: 'Pohde',
    });
    const saved = JSON.parse(readFileSync(join(t.settingsDir, 'settings.json'), 'utf8')) as {
      prefs: Prefs;
    };
    expect(saved.prefs).toEqual({ name: 'Sanna', organisation: 'Pohde', language: 'fi' });
  });

  const broken: Array<[string, string]> = [
    ['not JSON', '{"prefs": {'],
    ['an array', '[1, 2, 3]'],
    ['null', 'null'],
    ['wrong types', '{"prefs": {"name": 5, "language": "de"}, "recent": "x", "window": [1]}'],
    ['an empty file', ''],
    ['binary', '\u0000\u0001\u0002'],
  ];
  for (const [name, text] of broken) {
    it(`fall back to defaults when the file is ${name}`, async () => {
      const t = core('sv-SE');
      writeSettings(t, text);
      expect(await t.value('prefs.get', {})).toEqual({
        name: '',
        organisation: '',
        language: 'sv',
      });
      expect(await t.value('recent.list', {})).toEqual([]);
      expect(t.core.windowState.get()).toBeNull();
      expect(await t.value('prefs.update', { name: 'Uusi' })).toMatchObject({ name: 'Uusi' });
    });
  }

  it('keep the valid parts of a partly broken file', async () => {
    const t = core();
    writeSettings(
      t,
      JSON.stringify({
        prefs: { name: 'Sanna', organisation: 42, language: 'en' },
        recent: [
          { path: '/x/a.opsu', title: 'A', region: 'R', openedAt: '2026-01-01T00:00:00.000Z' },
          { path: 7 },
        ],
        window: { width: 800, height: 600, maximized: false },
      }),
    );
    expect(await t.value('prefs.get', {})).toEqual({
      name: 'Sanna',
      organisation: '',
      language: 'en',
    });
    expect(await t.value<RecentPlan[]>('recent.list', {})).toEqual([
      {
        path: '/x/a.opsu',
        title: 'A',
        region: 'R',
        openedAt: '2026-01-01T00:00:00.000Z',
        exists: false,
      },
    ]);
    expect(t.core.windowState.get()).toEqual({ width: 800, height: 600, maximized: false });
  });
});

describe('recent plans', () => {
  it(`keep at most ${MAX_RECENT}, say which still exist, and can be forgotten`, async () => {
    const t = core();
    const plans: OpenedPlan[] = [];
    for (let i = 0; i < MAX_RECENT + 2; i++) {
      t.clock.advance(1000);
      const plan = await t.value<OpenedPlan>('plan.create', {
        path: join(t.dir, `p${i}.opsu`),
        title: `P${i}`,
        region: 'R',
      });
      await t.value('plan.close', { docId: plan.docId });
      plans.push(plan);
    }
    let recent = await t.value<RecentPlan[]>('recent.list', {});
    expect(recent).toHaveLength(MAX_RECENT);
    expect(recent[0]!.title).toBe(`P${MAX_RECENT + 1}`);
    rmSync(plans.at(-1)!.path);
    recent = await t.value<RecentPlan[]>('recent.list', {});
    expect(recent[0]).toMatchObject({ exists: false });
    expect(recent[1]).toMatchObject({ exists: true });
    recent = await t.value<RecentPlan[]>('recent.remove', { path: plans.at(-1)!.path });
    expect(recent).toHaveLength(MAX_RECENT - 1);
    expect(recent.some((entry) => entry.path === plans.at(-1)!.path)).toBe(false);
  });
});

describe('window state', () => {
  it('is remembered, and nonsense is ignored', () => {
    const t = core();
    t.core.windowState.set({ x: 10, y: 20, width: 1200, height: 800, maximized: true });
    expect(t.core.windowState.get()).toEqual({
      x: 10,
      y: 20,
      width: 1200,
      height: 800,
      maximized: true,
    });
    t.core.windowState.set({ width: Number.NaN, height: -1, maximized: false });
    expect(t.core.windowState.get()).toMatchObject({ width: 1200 });
  });

  it('never throws when the settings folder cannot be written', async () => {
    const t = core();
    // A file where the folder should be: every write fails.
    writeFileSync(t.settingsDir, '');
    expect(() =>
      t.core.windowState.set({ width: 900, height: 700, maximized: false }),
    ).not.toThrow();
    expect(t.core.windowState.get()).toBeNull();
    expect(await t.call('prefs.update', { name: 'x' })).toMatchObject({
      ok: false,
      error: { code: 'IO' },
    });
    // The plan opens all the same; it just is not remembered.
    expect(
      await t.call('plan.create', { path: join(t.dir, 'p.opsu'), title: 'T', region: 'R' }),
    ).toMatchObject({ ok: true });
  });
});
