import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import { chromiumLaunchOptions } from '../e2e/harness/chromium';
import {
  Acks,
  appUrl,
  harnessCore,
  installApi,
  scriptedDialogs,
  serveRenderer,
} from '../e2e/harness/launch';
import { CoreError } from '../src/main/core/errors';

/**
 * Renderer figures: the BUILT renderer in Chromium on the real core, launched exactly as the e2e
 * harness launches it (e2e/harness/launch.ts). Method and caveats: docs/PERFORMANCE.md.
 */

export interface RendererFigures {
  keystroke_p50: number[];
  keystroke_p95: number[];
  open_to_editable: number[];
  renderer_heap_mb: number[];
}

/** Key presses per run, typed into the middle of section ~20. */
const keyPresses = 240;
/** The section (in document order, from 0) whose middle paragraph gets the caret. */
const typingSection = 19;
const sentence = 'opiskeluhuollon palvelut vahvistuvat yhteistyossa kuntien kanssa ';
/** The page-side recorder: globals the bench reads back. */
const recorder = '__suuntaBench';

interface PageRecorder {
  /** performance.now() when the open request was made (the "Avaa…" click). */
  openAt: number;
  /** performance.now() when an editor first got the focus (the caret). */
  focusAt: number | null;
  /** One entry per keydown: its event.timeStamp and when the next frame was painted. */
  keys: Array<{ down: number; painted: number | null }>;
}

/**
 * Installed before the app's scripts: a keydown's latency is from its `event.timeStamp` (when
 * the browser received the input) to a task queued from the next animation frame callback, i.e.
 * right after that frame's paint was handed to the compositor.
 */
const recorderScript = `(() => {
  const state = { openAt: 0, focusAt: null, keys: [] };
  Object.defineProperty(window, ${JSON.stringify(recorder)}, { value: state });
  document.addEventListener('focusin', (event) => {
    if (state.focusAt === null && event.target.classList?.contains('editor-content'))
      state.focusAt = performance.now();
  }, true);
  document.addEventListener('keydown', (event) => {
    const entry = { down: event.timeStamp, painted: null };
    state.keys.push(entry);
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => { entry.painted = performance.now(); };
      channel.port2.postMessage(null);
    });
  }, true);
})();`;

const readRecorder = (page: Page) =>
  page.evaluate((name) => (window as unknown as Record<string, PageRecorder>)[name]!, recorder);

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank]!;
}

const round1 = (value: number) => Math.round(value * 10) / 10;

/** A seeded generator, so each run types with the same rhythm. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1_664_525 + 1_013_904_223) >>> 0;
    return state / 2 ** 32;
  };
}

async function waitForPaints(page: Page, count: number): Promise<void> {
  await page.waitForFunction(
    ({ name, count }) => {
      const keys = (window as unknown as Record<string, PageRecorder>)[name]!.keys;
      return keys.length >= count && keys.every((key) => key.painted !== null);
    },
    { name: recorder, count },
  );
}

/** Heap in use after a full garbage collection, in MiB (CDP, as DevTools' memory panel). */
async function heapAfterGc(page: Page): Promise<number> {
  const session = await page.context().newCDPSession(page);
  await session.send('HeapProfiler.enable');
  await session.send('HeapProfiler.collectGarbage');
  await session.send('HeapProfiler.collectGarbage');
  const { usedSize } = await session.send('Runtime.getHeapUsage');
  await session.detach();
  return usedSize / 2 ** 20;
}

interface RunFigures {
  keystroke_p50: number;
  keystroke_p95: number;
  open_to_editable: number;
  renderer_heap_mb: number;
}

/** One run: a fresh core and page open a copy of the plan, type, and measure the heap. */
async function measureOnce(browser: Browser, planPath: string): Promise<RunFigures> {
  const dir = mkdtempSync(join(tmpdir(), 'suunta-bench-renderer-'));
  const copy = join(dir, basename(planPath));
  copyFileSync(planPath, copy);
  const dialogs = scriptedDialogs();
  const acks = new Acks();
  const core = harnessCore({
    clock: { now: () => new Date() },
    printer: { print: () => Promise.reject(new CoreError('UNSUPPORTED')) },
    dialogs,
    system: {
      openExternal: () => Promise.resolve(),
      openPath: () => Promise.resolve(),
      flushed: (senderId) => acks.record(senderId),
      exportProgress: () => undefined,
    },
    settingsDir: join(dir, 'settings'),
  });
  const context = await browser.newContext({
    locale: 'fi-FI',
    viewport: { width: 1366, height: 768 },
  });
  const errors: string[] = [];
  try {
    await serveRenderer(context);
    const page = await context.newPage();
    page.on('pageerror', (error) => errors.push(String(error)));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await installApi(page, (channel, input) =>
      core.handle(channel, input, { senderId: 'window-1' }),
    );
    await page.addInitScript(recorderScript);
    await page.goto(appUrl());

    // open_to_editable: "Avaa…" on the start screen → the first section's editor has the caret →
    // a typed character is painted in it.
    dialogs.queueOpenPath(copy);
    await page.getByRole('button', { name: /^Avaa…/ }).evaluate((button: HTMLElement, name) => {
      (window as unknown as Record<string, PageRecorder>)[name]!.openAt = performance.now();
      button.click();
    }, recorder);
    await page.waitForFunction(
      (name) => (window as unknown as Record<string, PageRecorder>)[name]!.focusAt !== null,
      recorder,
      { timeout: 60_000 },
    );
    await page.keyboard.press('x');
    await waitForPaints(page, 1);
    const opened = await readRecorder(page);
    const first = opened.keys[0]!;
    // The time the bench itself took to notice the focus and send the key is not the app's.
    const openToEditable = first.painted! - opened.openAt - (first.down - opened.focusAt!);

    // Keystrokes: the caret in the middle paragraph of section ~20, then realistic typing.
    const editor = page.locator('.editor-content').nth(typingSection);
    const paragraphs = editor.locator(':scope > p');
    const middle = paragraphs.nth(Math.floor((await paragraphs.count()) / 2));
    await middle.scrollIntoViewIfNeeded();
    await middle.click();
    await page.waitForTimeout(1_000);
    const before = (await readRecorder(page)).keys.length;
    const random = seeded(20_260_301);
    for (let index = 0; index < keyPresses; index += 1) {
      await page.keyboard.press(sentence[index % sentence.length]!);
      // 70–170 ms between presses: 6–14 characters a second, a practised typist.
      await page.waitForTimeout(70 + random() * 100);
    }
    await waitForPaints(page, before + keyPresses);
    const latencies = (await readRecorder(page)).keys
      .slice(before)
      .map((key) => key.painted! - key.down);

    const heap = await heapAfterGc(page);
    if (errors.length > 0) throw new Error(`Errors in the page:\n${errors.join('\n')}`);
    return {
      keystroke_p50: round1(percentile(latencies, 50)),
      keystroke_p95: round1(percentile(latencies, 95)),
      open_to_editable: round1(openToEditable),
      renderer_heap_mb: round1(heap),
    };
  } finally {
    await context.close();
    core.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Measures the renderer with the plan at `planPath` (copied per run; the original is not
 * touched): one warm-up run, then `runs` measured runs, one value per run for each figure.
 */
export async function measureRenderer(
  planPath: string,
  options: { runs: number },
): Promise<RendererFigures> {
  const browser = await chromium.launch(chromiumLaunchOptions);
  const figures: RendererFigures = {
    keystroke_p50: [],
    keystroke_p95: [],
    open_to_editable: [],
    renderer_heap_mb: [],
  };
  try {
    await measureOnce(browser, planPath);
    for (let run = 0; run < options.runs; run += 1) {
      const result = await measureOnce(browser, planPath);
      for (const key of Object.keys(figures) as Array<keyof RendererFigures>) {
        figures[key].push(result[key]);
      }
    }
  } finally {
    await browser.close();
  }
  return figures;
}
