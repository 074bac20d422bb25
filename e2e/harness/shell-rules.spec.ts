import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { planFileName, planPathInArgs, withPlanExtension } from '../../src/main/shell/files';
import { restoredBounds } from '../../src/main/shell/placement';
import { contentSecurityPolicy, isAppUrl, rendererFile } from '../../src/main/shell/policy';
import { spellCheckerLanguages } from '../../src/main/shell/spelling';

/**
 * The Electron shell's rules are plain functions so they are checked here, where there is no
 * Electron binary; the harness serves the renderer under the same policy module.
 */

test('renderer files stay inside the renderer folder', () => {
  const root = '/app/out/renderer';
  expect(rendererFile(root, '/')).toBe(join(root, 'index.html'));
  expect(rendererFile(root, '/assets/index-1a2b.js')).toBe(join(root, 'assets/index-1a2b.js'));
  expect(rendererFile(root, '/assets/../index.html')).toBe(join(root, 'index.html'));
  for (const escape of [
    '/../package.json',
    '/%2e%2e/package.json',
    '/assets/%2E%2E/%2e%2e/secret',
    '/%2e%2e%2fpackage.json',
    '/..%5c..%5cpackage.json',
    '/index.html%00.png',
    '/%E0%A4%A',
  ]) {
    expect(rendererFile(root, escape), escape).toBeNull();
  }
});

test('only our own origin counts as the app renderer', () => {
  expect(isAppUrl('app://suunta/index.html?open=%2Ftmp%2Fa.opsu')).toBe(true);
  expect(isAppUrl('app://other/index.html')).toBe(false);
  expect(isAppUrl('https://suunta/index.html')).toBe(false);
  expect(isAppUrl('file:///app/out/renderer/index.html')).toBe(false);
  expect(isAppUrl('not a url')).toBe(false);
  expect(isAppUrl('http://localhost:5173/', undefined)).toBe(false);
  expect(isAppUrl('http://localhost:5173/index.html', 'http://localhost:5173')).toBe(true);
  expect(isAppUrl('http://localhost:5174/', 'http://localhost:5173')).toBe(false);
});

test('the content security policy allows no foreign, inline or evaluated script', () => {
  const directives = new Map(
    contentSecurityPolicy.split('; ').map((directive) => {
      const [name = '', ...values] = directive.split(' ');
      return [name, values] as const;
    }),
  );
  expect(directives.get('default-src')).toEqual(["'none'"]);
  expect(directives.get('script-src')).toEqual(["'self'"]);
  expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
});

test('a window reopens where it was only while that place is on a screen', () => {
  const screens = [{ x: 0, y: 0, width: 1920, height: 1040 }];
  const fallback = { width: 1280, height: 860 };
  const state = { x: 100, y: 80, width: 1000, height: 700, maximized: false };
  expect(restoredBounds(null, screens, fallback)).toEqual(fallback);
  expect(restoredBounds(state, screens, fallback)).toEqual({
    x: 100,
    y: 80,
    width: 1000,
    height: 700,
  });
  // The second monitor it was on is gone, or just a sliver would show.
  expect(restoredBounds({ ...state, x: 2200 }, screens, fallback)).toEqual({
    width: 1000,
    height: 700,
  });
  expect(restoredBounds({ ...state, x: 1880 }, screens, fallback)).toEqual({
    width: 1000,
    height: 700,
  });
  const twoScreens = [...screens, { x: 1920, y: 0, width: 2560, height: 1400 }];
  expect(restoredBounds({ ...state, x: 2200 }, twoScreens, fallback)).toMatchObject({ x: 2200 });
});

test('plan file names from titles and command lines', () => {
  expect(planFileName('Keski-Uusimaa: suunnitelma 2026/2029', 'Suunta')).toBe(
    'Keski-Uusimaa- suunnitelma 2026-2029.opsu',
  );
  expect(planFileName('  ..  ', 'Suunta')).toBe('Suunta.opsu');
  expect(planFileName('Plan.opsu', 'Suunta')).toBe('Plan.opsu');
  expect(withPlanExtension('/home/a/plan')).toBe('/home/a/plan.opsu');
  expect(withPlanExtension('/home/a/PLAN.OPSU')).toBe('/home/a/PLAN.OPSU');
  expect(planPathInArgs(['/opt/Suunta/suunta', '--no-sandbox', 'plans/a.opsu'], '/home/a')).toBe(
    '/home/a/plans/a.opsu',
  );
  expect(planPathInArgs(['/opt/Suunta/suunta', '--open=a.opsu', 'notes.txt'], '/home/a')).toBe(
    null,
  );
});

test('spell checking needs a dictionary for the language the user writes in', () => {
  const chromiumLinux = ['da', 'de', 'en-GB', 'en-US', 'et', 'nb', 'sv'];
  expect(spellCheckerLanguages(chromiumLinux, 'fi')).toEqual([]);
  expect(spellCheckerLanguages(chromiumLinux, 'en')).toEqual([]);
  expect(spellCheckerLanguages(chromiumLinux, 'sv')).toEqual(['sv']);
  const windows = ['en-US', 'fi-FI', 'sv-SE'];
  expect(spellCheckerLanguages(windows, 'fi')).toEqual(['fi-FI', 'sv-SE']);
  expect(spellCheckerLanguages(windows, 'sv')).toEqual(['sv-SE', 'fi-FI']);
});
