import type { Page } from '@playwright/test';
import { contentSecurityPolicy } from '../src/main/shell/policy';
import { appOrigin, expect, test } from './harness/index';

/**
 * The renderer's Content-Security-Policy at work in Chromium: the built app, served with the very
 * header the app:// protocol handler sends, runs no injected script and loads nothing remote. A
 * control page without the policy runs the same injection, so the probes can tell.
 */

const remote = 'https://evil.example';

/** What a hostile text that reached the DOM would try; reports what ran and what was blocked. */
function inject(remoteOrigin: string) {
  const violations: string[] = [];
  document.addEventListener('securitypolicyviolation', (event) => {
    violations.push(event.effectiveDirective);
  });
  const flags = window as unknown as Record<string, boolean>;

  const script = document.createElement('script');
  script.textContent = 'window.__inlineRan = true;';
  document.head.append(script);

  const handler = document.createElement('img');
  handler.setAttribute('onerror', 'window.__handlerRan = true;');
  handler.src = 'data:image/png;base64,broken';
  document.body.append(handler);

  const link = document.createElement('a');
  link.href = 'javascript:window.__linkRan = true';
  document.body.append(link);
  link.click();

  const remoteScript = document.createElement('script');
  remoteScript.src = `${remoteOrigin}/x.js`;
  document.head.append(remoteScript);
  const image = document.createElement('img');
  image.src = `${remoteOrigin}/pixel.png`;
  document.body.append(image);
  const style = document.createElement('link');
  style.rel = 'stylesheet';
  style.href = `${remoteOrigin}/style.css`;
  document.head.append(style);
  const frame = document.createElement('iframe');
  frame.src = `${remoteOrigin}/frame.html`;
  document.body.append(frame);
  const fetched = fetch(`${remoteOrigin}/data.json`).then(
    () => 'fetched',
    () => 'refused',
  );

  return fetched.then(
    (fetchResult) =>
      new Promise<{
        ran: string[];
        fetchResult: string;
        violations: string[];
      }>((resolve) =>
        setTimeout(
          () =>
            resolve({
              ran: ['__inlineRan', '__handlerRan', '__linkRan'].filter((flag) => flags[flag]),
              fetchResult,
              violations: [...new Set(violations)].sort(),
            }),
          500,
        ),
      ),
  );
}

/** Requests to the remote origin that got past the page's own policy (then answered empty). */
async function recordRemoteRequests(page: Page): Promise<string[]> {
  const requested: string[] = [];
  await page.route(`${remote}/**`, (route) => {
    requested.push(new URL(route.request().url()).pathname);
    return route.fulfill({ status: 200, body: '' });
  });
  return requested;
}

test('an injected script does not run and nothing remote loads under the real CSP', async ({
  suunta,
}) => {
  const { page } = suunta;
  const served = page.waitForResponse(`${appOrigin}/index.html`);
  await suunta.open();
  expect((await served).headers()['content-security-policy']).toBe(contentSecurityPolicy);
  await page.waitForFunction(() => (document.getElementById('root')?.childElementCount ?? 0) > 0);
  const requested = await recordRemoteRequests(page);

  const outcome = await page.evaluate(inject, remote);

  expect(outcome.ran).toEqual([]);
  expect(outcome.fetchResult).toBe('refused');
  expect(requested).toEqual([]);
  // Chromium logs each blocked action as a console error; here they are the expected outcome.
  const blocked = suunta.pageErrors.filter((error) => error.includes('Content Security Policy'));
  expect(blocked.length).toBeGreaterThanOrEqual(8);
  suunta.pageErrors.splice(
    0,
    suunta.pageErrors.length,
    ...suunta.pageErrors.filter((e) => !blocked.includes(e)),
  );
  expect(outcome.violations).toEqual(
    expect.arrayContaining([
      'connect-src',
      'frame-src',
      'img-src',
      'script-src-attr',
      'script-src-elem',
      'style-src-elem',
    ]),
  );
});

test('the probes do see script run and remote requests where no policy stops them', async ({
  suunta,
}) => {
  const { page } = suunta;
  await page.route(`${appOrigin}/control.html`, (route) =>
    route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>x</title><body>' }),
  );
  await page.goto(`${appOrigin}/control.html`);
  const requested = await recordRemoteRequests(page);

  const outcome = await page.evaluate(inject, remote);

  expect(outcome.ran).toEqual(['__inlineRan', '__handlerRan', '__linkRan']);
  expect(outcome.violations).toEqual([]);
  expect(requested).toEqual(
    expect.arrayContaining(['/x.js', '/pixel.png', '/style.css', '/frame.html', '/data.json']),
  );
});
