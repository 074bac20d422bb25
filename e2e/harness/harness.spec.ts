import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { appOrigin, chromiumPrinter, expect, test } from './index';

/** The bridge itself, on a bare page of the app's origin (the renderer has journeys of its own). */
const bareUrl = `${appOrigin}/harness-smoke.html`;

async function openBarePage(page: Page): Promise<void> {
  await page.route(bareUrl, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: '<!doctype html><html lang="fi"><title>Suunta</title><main><h1>Suunta</h1></main></html>',
    }),
  );
  await page.goto(bareUrl);
}

test.beforeEach(async ({ suunta }) => {
  await openBarePage(suunta.page);
});

test('window.api answers through the real core', async ({ page, suunta }) => {
  const info = await page.evaluate(() => window.api.app.info({}));
  expect(info).toEqual({
    ok: true,
    value: { version: expect.any(String), schemaVersion: expect.any(Number) },
  });
  expect(suunta.senderId).toBe('window-1');
});

test('an invalid input comes back as INVALID_INPUT', async ({ page }) => {
  const answer = await page.evaluate(() =>
    window.api.app.info({ unexpected: true } as unknown as Record<string, never>),
  );
  expect(answer).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
});

test('an emitted event reaches the subscriber, and no longer after unsubscribing', async ({
  page,
  suunta,
}) => {
  await page.evaluate(() => {
    const seen: string[] = [];
    const stop = window.api.events.menuCommand(({ command }) => {
      seen.push(command);
      stop();
    });
    Object.assign(window, { seen });
  });
  await suunta.emit('menuCommand', { command: 'toggleOutline' });
  await suunta.emit('menuCommand', { command: 'about' });
  expect(await page.evaluate(() => (window as unknown as { seen: string[] }).seen)).toEqual([
    'toggleOutline',
  ]);
});

test('emit refuses a payload the contract does not allow', async ({ suunta }) => {
  await expect(
    suunta.emit('menuCommand', { command: 'formatDisk' } as unknown as { command: 'about' }),
  ).rejects.toThrow();
});

test('flush waits for the page to acknowledge with app.flushed', async ({ page, suunta }) => {
  await page.evaluate(() => {
    window.api.events.flushRequest(() => void window.api.app.flushed({}));
  });
  await suunta.flush();
  expect(suunta.flushAcks).toEqual(['window-1']);
});

test('the window has the app language and the scripted dialogs', async ({ page, suunta }) => {
  expect(await page.evaluate(() => window.api.prefs.get({}))).toMatchObject({
    ok: true,
    value: { language: 'fi' },
  });
  const planPath = `${suunta.dir}/uusi.opsu`;
  suunta.dialogs.queueNewPlanPath(planPath);
  const chosen = await page.evaluate(() =>
    window.api.dialog.chooseNewPlanPath({ suggestedName: 'Suunnitelma' }),
  );
  expect(chosen).toEqual({ ok: true, value: { path: planPath } });
  const cancelled = await page.evaluate(() => window.api.dialog.chooseOpenPath({}));
  expect(cancelled).toEqual({ ok: true, value: { path: null } });
  expect(suunta.dialogs.asked.map((request) => request.kind)).toEqual(['newPlan', 'open']);
});

test('a plan open in one window is refused in another, which brings the first forward', async ({
  suunta,
}) => {
  const path = `${suunta.dir}/kaksi.opsu`;
  const created = await suunta.page.evaluate(
    (planPath) => window.api.plan.create({ path: planPath, title: 'Kaksi', region: 'Alue' }),
    path,
  );
  expect(created.ok).toBe(true);
  const second = await suunta.newWindow();
  await openBarePage(second.page);
  const again = await second.page.evaluate(
    (planPath) => window.api.plan.open({ path: planPath }),
    path,
  );
  expect(again).toMatchObject({
    ok: false,
    error: { code: 'ALREADY_OPEN', details: { ownerSenderId: suunta.senderId } },
  });
  expect(second.senderId).toBe('window-2');
  expect(suunta.focused).toEqual([suunta.senderId]);
});

test('the Chromium printer makes a tagged A4 PDF with an outline, running no script', async ({
  browser,
}, testInfo) => {
  const printer = chromiumPrinter(browser);
  const pdf = await printer.print(
    '<!doctype html><html><head><style>h1 { color: #123 }</style></head><body>' +
      '<h1>Suunnitelma</h1><h2>Yhteistyö</h2><p>Äänekoski ja Närpes</p>' +
      '<script>document.body.append("SCRIPT RAN")</script></body></html>',
    { title: 'Testisuunnitelma', language: 'fi' },
  );
  await printer.close();
  const file = testInfo.outputPath('print.pdf');
  writeFileSync(file, pdf);
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  expect(info).toMatch(/^Tagged:\s+yes$/m);
  expect(info).toMatch(/^Title:\s+Testisuunnitelma$/m);
  expect(info).toMatch(/^Page size:.*\(A4\)$/m);
  const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
  expect(text).toContain('Äänekoski ja Närpes');
  expect(text).not.toContain('SCRIPT RAN');
  expect(Buffer.from(pdf).toString('latin1')).toContain('/Outlines');
});
