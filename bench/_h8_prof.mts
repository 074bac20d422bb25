import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../e2e/harness/chromium';
import { Acks, appUrl, harnessCore, installApi, scriptedDialogs, serveRenderer } from '../e2e/harness/launch';
import { CoreError } from '../src/main/core/errors';

const mode = process.argv[2] ?? 'measure'; // measure | profile
const keys = Number(process.argv[3] ?? 200);
const dir = mkdtempSync(join(tmpdir(), 'h8-'));
const copy = join(dir, 'large.opsu');
copyFileSync('/tmp/lead/large-keep.opsu', copy);
const dialogs = scriptedDialogs();
const acks = new Acks();
const core = harnessCore({
  clock: { now: () => new Date() },
  printer: { print: () => Promise.reject(new CoreError('UNSUPPORTED')) },
  dialogs,
  system: { openExternal: () => Promise.resolve(), openPath: () => Promise.resolve(), flushed: (s) => acks.record(s), exportProgress: () => undefined },
  settingsDir: join(dir, 'settings'),
});
const browser = await chromium.launch(chromiumLaunchOptions);
const context = await browser.newContext({ locale: 'fi-FI', viewport: { width: 1366, height: 768 } });
await serveRenderer(context);
const page = await context.newPage();
page.on('pageerror', (e) => console.error('pageerror', e));
await installApi(page, (channel, input) => core.handle(channel, input, { senderId: 'window-1' }));
await page.addInitScript(`(() => { const s = { keys: [] }; window.__h8 = s;
 document.addEventListener('keydown', (e) => { const en = { down: e.timeStamp, painted: null, handled: null }; s.keys.push(en);
  queueMicrotask(() => {}); setTimeout(() => {}, 0);
  requestAnimationFrame(() => { en.raf = performance.now(); const c = new MessageChannel(); c.port1.onmessage = () => { en.painted = performance.now(); }; c.port2.postMessage(null); }); }, true);
 document.addEventListener('keydown', (e) => { }, false);
})();`);
await page.goto(appUrl());
dialogs.queueOpenPath(copy);
await page.getByRole('button', { name: /^Avaa…/ }).click();
await page.locator('.editor-content').nth(39).waitFor({ timeout: 60000 });
await page.waitForTimeout(3000);
const editor = page.locator('.editor-content').nth(19);
const ps = editor.locator(':scope > p');
const mid = ps.nth(Math.floor((await ps.count()) / 2));
await mid.scrollIntoViewIfNeeded();
await mid.click();
await page.waitForTimeout(1000);
const session = await context.newCDPSession(page);
if (mode === 'profile') {
  await session.send('Profiler.enable');
  await session.send('Profiler.setSamplingInterval', { interval: 100 });
  await session.send('Profiler.start');
}
if (mode === 'trace') {
  await session.send('Tracing.start', { categories: 'devtools.timeline,disabled-by-default-devtools.timeline,blink.user_timing', transferMode: 'ReturnAsStream' });
}
const before = await page.evaluate(() => (window as any).__h8.keys.length);
const sentence = 'opiskeluhuollon palvelut vahvistuvat yhteistyossa kuntien kanssa ';
let st = 20260301 >>> 0; const rnd = () => { st = (st * 1664525 + 1013904223) >>> 0; return st / 2 ** 32; };
for (let i = 0; i < keys; i++) { await page.keyboard.press(sentence[i % sentence.length]!); await page.waitForTimeout(70 + rnd() * 100); }
await page.waitForTimeout(500);
if (mode === 'profile') {
  const { profile } = await session.send('Profiler.stop');
  writeFileSync('/tmp/h8/prof.cpuprofile', JSON.stringify(profile));
}
if (mode === 'trace') {
  const done = new Promise<string>((res) => session.once('Tracing.tracingComplete', (e: any) => res(e.stream)));
  await session.send('Tracing.end');
  const stream = await done; let data = '';
  for (;;) { const r: any = await session.send('IO.read', { handle: stream }); data += r.data; if (r.eof) break; }
  writeFileSync('/tmp/h8/trace.json', data);
}
const ks = (await page.evaluate(() => (window as any).__h8.keys)).slice(before);
const lat = ks.map((k: any) => k.painted - k.down).sort((a: number, b: number) => a - b);
const raf = ks.map((k: any) => k.raf - k.down).sort((a: number, b: number) => a - b);
const pct = (a: number[], p: number) => a[Math.min(a.length - 1, Math.ceil(p / 100 * a.length) - 1)]!.toFixed(1);
console.log(`n=${lat.length} p50=${pct(lat, 50)} p95=${pct(lat, 95)} raf p50=${pct(raf, 50)} p95=${pct(raf, 95)}`);
await context.close(); await browser.close(); core.close();
