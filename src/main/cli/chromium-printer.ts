import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext } from 'playwright-core';
import { CoreError } from '../core/errors';
import { printPasses } from '../core/export/print-passes';
import { printPolicy } from '../core/export/print-policy';
import type { Printer } from '../core/ports';
import type { Env } from '../core/settings/location';

/**
 * The Printer port on Chromium driven by Playwright: the e2e harness hands it the test's browser,
 * the CLI launches the machine's own Chromium, Chrome or Edge. The print HTML is served from memory
 * on a private origin under the print policy (no script runs); every other request is refused.
 */

const printOrigin = 'http://print.localhost';

/** Headless Chromium without network chatter, updates or GPU; the e2e config uses them too. */
export const quietChromiumArgs = [
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface ClosablePrinter extends Printer {
  /** Closes the print context (and the browser, when this printer launched it). */
  close(): Promise<void>;
}

export function chromiumPrinter(
  browser: () => Promise<Browser>,
  { ownsBrowser = false }: { ownsBrowser?: boolean } = {},
): ClosablePrinter {
  let context: Promise<BrowserContext> | undefined;
  let launched: Browser | undefined;
  const jobs = new Map<string, string>();
  let nextJob = 0;
  const printContext = () =>
    (context ??= browser().then(async (opened) => {
      launched = opened;
      const created = await opened.newContext({ javaScriptEnabled: false });
      await created.route('**/*', (route) => {
        const url = new URL(route.request().url());
        const html = url.origin === printOrigin ? jobs.get(url.pathname.slice(1)) : undefined;
        return html === undefined
          ? route.abort('blockedbyclient')
          : route.fulfill({
              body: html,
              headers: {
                'content-type': 'text/html; charset=utf-8',
                'content-security-policy': printPolicy,
              },
            });
      });
      return created;
    }));
  return {
    async print(html, options) {
      const job = `job-${++nextJob}`;
      jobs.set(job, html);
      let created: BrowserContext;
      try {
        created = await printContext();
      } catch (error) {
        // Not found or failed to start: the next print tries again.
        context = undefined;
        throw error;
      }
      const page = await created.newPage();
      try {
        await page.goto(`${printOrigin}/${job}`);
        // Runs in the page's isolated world, so the page's disabled JavaScript does not stop it.
        const { title, language } = options;
        await page.evaluate(
          async (meta) => {
            document.title ||= meta.title;
            document.documentElement.lang ||= meta.language;
            await document.fonts.ready;
          },
          { title, language },
        );
        return await printPasses(
          {
            pdf: (layoutOnly) =>
              page.pdf({
                format: 'A4',
                preferCSSPageSize: true,
                printBackground: true,
                tagged: !layoutOnly,
                outline: !layoutOnly,
              }),
            setTexts: (texts) =>
              page.evaluate(
                (entries) => {
                  for (const [id, text] of entries) {
                    const element = document.getElementById(id);
                    if (element) element.textContent = text;
                  }
                },
                [...texts],
              ),
            setRootClass: (name, on) =>
              page.evaluate(
                ([name, on]) => void document.documentElement.classList.toggle(name, on),
                [name, on] as const,
              ),
          },
          options.revise,
        );
      } finally {
        jobs.delete(job);
        await page.close();
      }
    },
    async close() {
      const opened = context;
      context = undefined;
      if (!opened) return;
      try {
        // A browser that never started (none found) has nothing to close.
        const created = await opened.catch(() => null);
        await created?.close();
      } finally {
        if (ownsBrowser) await launched?.close();
      }
    },
  };
}

/** Where Chromium-family browsers are installed by default, in the order they are tried. */
export function chromiumCandidates(
  env: Env,
  platform: NodeJS.Platform = process.platform,
): string[] {
  const own = env.SUUNTA_CHROMIUM?.trim();
  const candidates = own ? [own] : [];
  if (platform === 'win32') {
    const roots = [env.PROGRAMFILES, env['PROGRAMFILES(X86)'], env.LOCALAPPDATA].filter(
      (root): root is string => Boolean(root),
    );
    for (const root of roots) {
      candidates.push(
        join(root, 'Google', 'Chrome', 'Application', 'chrome.exe'),
        join(root, 'Microsoft', 'Edge', 'Application', 'msedge.exe'),
        join(root, 'Chromium', 'Application', 'chrome.exe'),
      );
    }
  } else if (platform === 'darwin') {
    candidates.push(
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
      '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
      '/Applications/Chromium.app/Contents/MacOS/Chromium',
    );
  } else {
    candidates.push(
      '/usr/bin/chromium',
      '/usr/bin/chromium-browser',
      '/usr/bin/google-chrome',
      '/usr/bin/google-chrome-stable',
      '/usr/bin/microsoft-edge',
    );
  }
  return candidates;
}

/**
 * The first browser found; CHROMIUM_MISSING (its message says what to install on this system)
 * when none is. A SUUNTA_CHROMIUM that names no file is an error of its own, not skipped.
 */
export function findChromium(
  env: Env,
  platform: NodeJS.Platform = process.platform,
  exists: (path: string) => boolean = existsSync,
): string {
  const own = env.SUUNTA_CHROMIUM?.trim();
  if (own && !exists(own)) {
    throw new CoreError('CHROMIUM_MISSING', { platform: 'env', path: own });
  }
  const found = chromiumCandidates(env, platform).find((path) => exists(path));
  if (found === undefined) {
    throw new CoreError('CHROMIUM_MISSING', {
      platform: platform === 'win32' || platform === 'darwin' ? platform : 'linux',
    });
  }
  return found;
}

/** The CLI's printer: finds and launches a headless browser on its first print. */
export function launchingChromiumPrinter(env: Env): ClosablePrinter {
  return chromiumPrinter(
    async () => {
      const executablePath = findChromium(env);
      const { chromium } = await import('playwright-core');
      return chromium.launch({
        executablePath,
        headless: true,
        args: [
          ...quietChromiumArgs,
          // Root in containers and CI cannot use the sandbox; elsewhere it stays on.
          ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
        ],
      });
    },
    { ownsBrowser: true },
  );
}
