import { execFile } from 'node:child_process';
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { OpenedPlan } from '../src/shared/ipc';
import type { CommentImportPreview } from '../src/shared/domain/comment-import';
import type { ExportResult } from '../src/shared/domain/export';
import type { Round } from '../src/shared/domain/rounds';
import type { Section } from '../src/shared/domain/section';
import type { VersionSummary } from '../src/shared/domain/versions';
import { launchingChromiumPrinter } from '../src/main/cli/chromium-printer';
import { makeTestCore, type TestCore } from '../src/main/core/testing/test-core';
import type { LargePlan } from './large-plan';
import { SEARCH_QUERIES } from './queries';
import { percentile, timed } from './stats';

const run = promisify(execFile);

/** Autosaves per run of `save_p95`. */
const SAVES_PER_RUN = 40;
const ANNEXES = ['checklist', 'comments', 'decisions'] as const;

export interface CoreRuns {
  save_p95: number[];
  search_p95: number[] | null;
  import_csv_2000: number[];
  import_docx_comments: number[];
  export_pdf_100_pages: number[];
  peer_libreoffice_pdf: number[] | null;
  pdf_pages: number;
  search_hits: number | null;
}

/** Inserts `char` in the middle of the first long text node past the middle of the section. */
function typeInto(content: string, char: string): string {
  const state = JSON.parse(content) as { root: { children: Array<{ children?: unknown[] }> } };
  const blocks = state.root.children;
  const block = blocks.slice(Math.floor(blocks.length / 2)).find((b) => b.children?.length);
  const node = block!.children![0] as { text: string };
  const at = Math.floor(node.text.length / 2);
  node.text = `${node.text.slice(0, at)}${char}${node.text.slice(at)}`;
  return JSON.stringify(state);
}

async function open(t: TestCore, path: string): Promise<string> {
  return (await t.value<OpenedPlan>('plan.open', { path })).docId;
}

/** One run of `save_p95`: autosaves two seconds apart while she types in the middle section. */
async function saveRun(t: TestCore, docId: string, sectionId: string): Promise<number> {
  let content = (await t.value<Section>('section.get', { docId, sectionId })).content!;
  const times: number[] = [];
  for (let save = 0; save < SAVES_PER_RUN; save++) {
    content = typeInto(content, 'a');
    t.clock.advance(2000);
    times.push(await timed(() => t.value('section.save', { docId, sectionId, content })));
  }
  return percentile(times, 95);
}

/** One run of `search_p95`; null while the search channel answers an error (no service yet). */
async function searchRun(
  t: TestCore,
  docId: string,
): Promise<{ p95: number; hits: number } | null> {
  const times: number[] = [];
  let hits = 0;
  for (const query of SEARCH_QUERIES) {
    let result: Awaited<ReturnType<TestCore['call']>> | undefined;
    times.push(
      await timed(async () => {
        result = await t.call('search.query', {
          docId,
          query,
          sources: { versions: true, comments: true },
        });
      }),
    );
    if (!result!.ok) return null;
    hits += (result!.value as { total: number }).total;
  }
  return { p95: percentile(times, 95), hits };
}

/** Preview and commit of `path` into a new round on the round's version: what she waits for. */
async function importRun(t: TestCore, docId: string, path: string, title: string): Promise<number> {
  const versions = await t.value<VersionSummary[]>('versions.list', { docId });
  const versionId = versions.find((version) => version.kind === 'round')!.id;
  const round = await t.value<Round>('rounds.create', { docId, title, versionId });
  return timed(async () => {
    const preview = await t.value<CommentImportPreview>('comments.importPreview', {
      docId,
      roundId: round.id,
      files: [{ path }],
    });
    await t.value('comments.importCommit', {
      docId,
      roundId: round.id,
      files: preview.files.map((file) => ({ path: file.path, digest: file.digest })),
    });
  });
}

export async function sofficeVersion(): Promise<string | null> {
  try {
    return (await run('soffice', ['--version'])).stdout.trim();
  } catch {
    return null;
  }
}

/** LibreOffice converting our DOCX export to PDF, a fresh process each time as from a shell. */
async function sofficeRun(docx: string, outDir: string, profile: string): Promise<number> {
  return timed(() =>
    run(
      'soffice',
      [
        `-env:UserInstallation=file://${profile}`,
        '--headless',
        '--convert-to',
        'pdf',
        '--outdir',
        outDir,
        docx,
      ],
      { timeout: 600_000 },
    ),
  );
}

/**
 * The core-side figures: `warmup` unmeasured runs, then `runs` measured ones, each under plain
 * Node through `core.handle` as the renderer's calls arrive. Imports go into a copy of the plan,
 * so the plan the other figures read stays as generated.
 */
export async function measureCore(
  plan: LargePlan,
  options: { runs: number; warmup: number; workDir: string; log: (line: string) => void },
): Promise<CoreRuns> {
  const { runs, warmup, workDir, log } = options;
  mkdirSync(workDir, { recursive: true });
  const printer = launchingChromiumPrinter(process.env);
  const t = makeTestCore({ printer });
  const total = warmup + runs;
  const measured = <T>(index: number, value: T, into: T[]) => {
    if (index >= warmup) into.push(value);
  };
  try {
    const planCopy = join(workDir, 'plan.opsu');
    copyFileSync(plan.planPath, planCopy);
    const docId = await open(t, planCopy);

    const save: number[] = [];
    for (let index = 0; index < total; index++) {
      measured(index, await saveRun(t, docId, plan.middleSectionId), save);
    }
    log(`save_p95 runs: ${save.map((v) => v.toFixed(2)).join(', ')}`);

    let search: number[] | null = [];
    let searchHits: number | null = null;
    for (let index = 0; index < total && search !== null; index++) {
      const result = await searchRun(t, docId);
      if (result === null) search = null;
      else {
        measured(index, result.p95, search);
        searchHits = result.hits;
      }
    }
    log(`search_p95 runs: ${search?.map((v) => v.toFixed(2)).join(', ') ?? 'unavailable'}`);

    const exportOptions = { docId, annexes: [...ANNEXES], final: false };
    const pdf: number[] = [];
    let pages = 0;
    for (let index = 0; index < total; index++) {
      let result: ExportResult | undefined;
      const ms = await timed(async () => {
        result = await t.value<ExportResult>('export.pdf', {
          ...exportOptions,
          path: join(workDir, `ours-${index}.pdf`),
        });
      });
      pages = result!.pages ?? 0;
      measured(index, ms, pdf);
    }
    log(`export_pdf_100_pages runs (${pages} pages): ${pdf.map((v) => v.toFixed(0)).join(', ')}`);

    let peer: number[] | null = null;
    if ((await sofficeVersion()) !== null) {
      peer = [];
      const docx = join(workDir, 'ours.docx');
      await t.value('export.docx', { ...exportOptions, path: docx });
      const profile = join(workDir, 'lo-profile');
      for (let index = 0; index < total; index++) {
        const outDir = join(workDir, `peer-${index}`);
        measured(index, await sofficeRun(docx, outDir, profile), peer);
      }
      log(`peer_libreoffice_pdf runs: ${peer.map((v) => v.toFixed(0)).join(', ')}`);
    }

    const csv: number[] = [];
    const docx: number[] = [];
    for (let index = 0; index < total; index++) {
      measured(index, await importRun(t, docId, plan.csvPath, `Kysely ${index + 1}`), csv);
      measured(index, await importRun(t, docId, plan.docxPath, `Word ${index + 1}`), docx);
    }
    log(`import_csv_2000 runs: ${csv.map((v) => v.toFixed(0)).join(', ')}`);
    log(`import_docx_comments runs: ${docx.map((v) => v.toFixed(0)).join(', ')}`);
    await t.value('plan.close', { docId });

    return {
      save_p95: save,
      search_p95: search,
      import_csv_2000: csv,
      import_docx_comments: docx,
      export_pdf_100_pages: pdf,
      peer_libreoffice_pdf: peer,
      pdf_pages: pages,
      search_hits: searchHits,
    };
  } finally {
    await printer.close();
    t.dispose();
    rmSync(workDir, { recursive: true, force: true });
  }
}
