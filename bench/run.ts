import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { parseArgs } from 'node:util';
import { measureCore, sofficeVersion } from './core';
import { buildLargePlan } from './large-plan';
import { measureRenderer } from './renderer';
import { figure, median, type Figure } from './stats';

/**
 * `npm run bench` (issue 9): builds the seeded large plan, measures the core under Node and the
 * built renderer in Chromium, prints a table and writes bench/results.json (flat keys, each with
 * _min and _max, and `meta`). Options: --runs N (measured runs, default 3, after one warm-up),
 * --seed N, --core-only (skips the renderer; its keys are null).
 */

const run = promisify(execFile);
const here = dirname(fileURLToPath(import.meta.url));

/** The targets: `max` a figure must not exceed, `below` one it must stay under. */
const targets: Record<string, { max: number } | { below: number }> = {
  keystroke_p95: { max: 16 },
  open_to_editable: { max: 500 },
  save_p95: { max: 5 },
  search_p95: { max: 30 },
  import_csv_2000: { max: 1000 },
  import_docx_comments: { max: 1500 },
  pdf_ratio: { below: 1 },
  renderer_heap_mb: { max: 150 },
};

const keys = [
  'keystroke_p50',
  'keystroke_p95',
  'open_to_editable',
  'save_p95',
  'search_p95',
  'import_csv_2000',
  'import_docx_comments',
  'export_pdf_100_pages',
  'peer_libreoffice_pdf',
  'pdf_ratio',
  'renderer_heap_mb',
  'core_rss_mb',
] as const;
type Key = (typeof keys)[number];

function met(key: string, value: number | null): boolean | null {
  const target = targets[key];
  if (target === undefined || value === null) return null;
  return 'max' in target ? value <= target.max : value < target.below;
}

const targetText = (key: string) => {
  const target = targets[key];
  if (target === undefined) return '';
  return 'max' in target ? `≤ ${target.max}` : `< ${target.below}`;
};

/** The core alone in a child process, with the plan open after a session's calls. */
async function coreRss(planPath: string): Promise<number> {
  const { stdout } = await run(
    process.execPath,
    ['--expose-gc', '--import', 'tsx', join(here, 'core-rss.ts'), planPath],
    { cwd: join(here, '..'), maxBuffer: 16 * 1024 * 1024 },
  );
  const last = stdout.trim().split('\n').pop()!;
  return (JSON.parse(last) as { rssMb: number }).rssMb;
}

async function chromiumVersion(): Promise<string | null> {
  try {
    return (await run('chromium', ['--version'])).stdout.trim();
  } catch {
    return null;
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      runs: { type: 'string', default: '3' },
      seed: { type: 'string', default: '2026' },
      'core-only': { type: 'boolean', default: false },
    },
  });
  const runs = Number(values.runs);
  const seed = Number(values.seed);
  const warmup = 1;
  const log = (line: string) => console.log(`  ${line}`);
  const work = mkdtempSync(join(tmpdir(), 'suunta-bench-'));
  try {
    console.log(`Building the large plan (seed ${seed})…`);
    const started = performance.now();
    const plan = await buildLargePlan({ seed, dir: join(work, 'plan') });
    log(
      `${plan.sections.length} sections, ${plan.words} words, ${plan.versions} versions, ` +
        `${plan.comments} comments from ${plan.respondents} organisations ` +
        `(${((performance.now() - started) / 1000).toFixed(0)} s)`,
    );

    console.log('Measuring the core…');
    const core = await measureCore(plan, { runs, warmup, workDir: join(work, 'core'), log });
    const rss: number[] = [];
    for (let index = 0; index < warmup + runs; index++) {
      const mb = await coreRss(plan.planPath);
      if (index >= warmup) rss.push(mb);
    }
    log(`core_rss_mb runs: ${rss.map((v) => v.toFixed(1)).join(', ')}`);

    let renderer: Awaited<ReturnType<typeof measureRenderer>> | null = null;
    if (!values['core-only']) {
      console.log('Measuring the renderer…');
      renderer = await measureRenderer(plan.planPath, { runs });
    }

    const peer = core.peer_libreoffice_pdf;
    const ratios = peer?.map((ms, index) => core.export_pdf_100_pages[index]! / ms) ?? null;
    const figures: Record<Key, Figure> = {
      keystroke_p50: figure(renderer?.keystroke_p50 ?? null),
      keystroke_p95: figure(renderer?.keystroke_p95 ?? null),
      open_to_editable: figure(renderer?.open_to_editable ?? null),
      save_p95: figure(core.save_p95),
      search_p95: figure(core.search_p95),
      import_csv_2000: figure(core.import_csv_2000),
      import_docx_comments: figure(core.import_docx_comments),
      export_pdf_100_pages: figure(core.export_pdf_100_pages),
      peer_libreoffice_pdf: figure(peer),
      pdf_ratio: figure(ratios),
      renderer_heap_mb: figure(renderer?.renderer_heap_mb ?? null),
      core_rss_mb: figure(rss),
    };

    const results: Record<string, unknown> = {};
    for (const key of keys) {
      results[key] = figures[key].value;
      results[`${key}_min`] = figures[key].min;
      results[`${key}_max`] = figures[key].max;
    }
    const soffice = await sofficeVersion();
    results.meta = {
      date: new Date().toISOString(),
      seed,
      runs,
      warmup,
      node: process.version,
      chromium: await chromiumVersion(),
      soffice,
      machine: {
        cores: cpus().length,
        cpu: cpus()[0]?.model ?? null,
        memoryGb: Math.round((totalmem() / 1024 ** 3) * 10) / 10,
      },
      plan: {
        sections: plan.sections.length,
        words: plan.words,
        versions: plan.versions,
        comments: plan.comments,
        respondents: plan.respondents,
        pdfPages: core.pdf_pages,
        searchHits: core.search_hits,
      },
      targets: Object.fromEntries(
        Object.keys(targets).map((key) => [
          key,
          { target: targetText(key), met: met(key, figures[key as Key].value) },
        ]),
      ),
    };
    const path = join(here, 'results.json');
    writeFileSync(path, `${JSON.stringify(results, null, 2)}\n`);

    console.log('');
    console.table(
      Object.fromEntries(
        keys.map((key) => {
          const { value, min, max } = figures[key];
          const ok = met(key, value);
          return [
            key,
            {
              median: value,
              min,
              max,
              target: targetText(key),
              met: ok === null ? '' : ok ? 'yes' : 'NO',
            },
          ];
        }),
      ),
    );
    console.log(`Written ${path} (${readFileSync(path).length} bytes).`);
    if (ratios !== null) log(`pdf_ratio median of per-run ratios: ${median(ratios).toFixed(2)}`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

await main();
