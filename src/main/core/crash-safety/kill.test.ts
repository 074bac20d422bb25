import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Section } from '../../../shared/domain/section';
import type { VersionSummary } from '../../../shared/domain/versions';
import type { OpenedPlan } from '../../../shared/ipc';
import { isSoak, recordReliability } from '../testing/reliability';
import { makeTestCore, type TestCore } from '../testing/test-core';
import { seededRandom } from './seeded-random';

/**
 * The kill test: a child process (kill-child.ts) types into a plan through the real core and is
 * SIGKILLed at random moments — while it opens the file, right after it starts typing (mostly
 * mid-transaction) or later. After every kill the file must pass `PRAGMA integrity_check`, open
 * through the core, and hold every save and version the core had acknowledged. The run is seeded
 * (SUUNTA_KILL_SEED replays one); SUUNTA_SOAK=1 kills 500 times instead of 50.
 */

const KILLS = isSoak() ? 500 : 50;
const SEED = Number(process.env.SUUNTA_KILL_SEED ?? 20261128);

/**
 * When a kill lands: a few milliseconds after the child's `opening` or `ready` line, or after its
 * n-th acknowledged save (so it is mid-way through the next one) — counted in the child's own
 * progress, so a slow machine moves the moments without changing what they hit.
 */
interface KillMoment {
  after: 'opening' | 'ready' | 'saved';
  saves: number;
  delayMs: number;
}

function pickMoment(next: () => number): KillMoment {
  const roll = next();
  const delayMs = Math.floor(next() * 6);
  if (roll < 0.15) return { after: 'opening', saves: 0, delayMs };
  if (roll < 0.4) return { after: 'ready', saves: 0, delayMs };
  return { after: 'saved', saves: 1 + Math.floor(next() * 15), delayMs };
}

interface Acknowledged {
  revision: number;
  run: number;
  save: number;
}

interface ChildRun {
  saves: Array<{ sectionId: string } & Acknowledged>;
  versions: string[];
  reachedReady: boolean;
}

/**
 * Libraries only imports and exports use (Word, Excel, PDF, charts, DOM, the Lexical editor): in the child's bundle
 * they are inert stand-ins, because loading them would take most of each child's start-up and the
 * save path never touches them. Everything a save goes through (router, zod, services, SQLite)
 * is the real code.
 */
const notOnTheSavePath =
  /^(docx|exceljs|jszip|cfb|papaparse|iconv-lite|yauzl|jsdom|pdfjs-dist|mammoth|hyphen|echarts|@resvg\/resvg-js|playwright-core|lexical|@lexical\/.*|diff|dice-coefficient)(\/.*)?$/;

/** Any property, call or `new` gives itself again, so module-level set-up code runs through. */
const standIn = `const inherited = new Proxy({}, { get: (_t, key) => (key === 'then' ? undefined : standIn) });
const standIn = new Proxy(function () {}, {
  get: (_t, key) => (key === Symbol.toPrimitive ? () => '' : key === 'then' ? undefined : standIn),
  getPrototypeOf: () => inherited,
  apply: () => standIn,
  construct: () => standIn,
});
module.exports = standIn;`;

/**
 * The child as one minified file, built once per run: through a TypeScript loader each start
 * would take seconds. better-sqlite3 (a native addon) stays external, so the bundle lives in
 * node_modules/.cache to resolve it.
 */
async function bundleChild(): Promise<string> {
  const outdir = fileURLToPath(
    new URL('../../../../node_modules/.cache/suunta-kill-test/', import.meta.url),
  );
  mkdirSync(outdir, { recursive: true });
  const outfile = join(outdir, `kill-child-${process.pid}.mjs`);
  await build({
    entryPoints: [fileURLToPath(new URL('./kill-child.ts', import.meta.url))],
    outfile,
    bundle: true,
    minify: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    external: ['better-sqlite3'],
    define: { 'process.env.NODE_ENV': '"production"' },
    banner: {
      js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
    },
    logLevel: 'error',
    plugins: [
      {
        name: 'stand-ins',
        setup(context) {
          context.onResolve({ filter: notOnTheSavePath }, ({ path }) => ({
            path,
            namespace: 'stand-in',
          }));
          context.onLoad({ filter: /.*/, namespace: 'stand-in' }, () => ({
            contents: standIn,
            loader: 'js',
          }));
        },
      },
    ],
  });
  return outfile;
}

/** Runs the child until it is killed at `moment`; what it reported acknowledged. */
function runChild(script: string, args: string[], moment: KillMoment): Promise<ChildRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, ...args], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const result: ChildRun = { saves: [], versions: [], reachedReady: false };
    let pending = '';
    let stderr = '';
    const kill = () => setTimeout(() => child.kill('SIGKILL'), moment.delayMs);
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      pending += chunk;
      const lines = pending.split('\n');
      pending = lines.pop()!;
      for (const line of lines) {
        const [word, ...rest] = line.split(' ');
        if (word === 'ready') result.reachedReady = true;
        if (word === 'saved') {
          const [sectionId, revision, save] = rest;
          result.saves.push({
            sectionId: sectionId!,
            revision: Number(revision),
            run: Number(args[2]),
            save: Number(save),
          });
        }
        if (word === 'version') result.versions.push(rest.join(' '));
        if (word === moment.after && (word !== 'saved' || result.saves.length === moment.saves)) {
          kill();
        }
      }
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      if (signal === 'SIGKILL') resolve(result);
      else reject(new Error(`the child ended by itself (code ${code}): ${stderr}`));
    });
  });
}

/** `PRAGMA integrity_check` on a copy of the file as the kill left it (with its WAL). */
function integrityOfKilledState(path: string, scratch: string): string {
  rmSync(scratch, { recursive: true, force: true });
  mkdirSync(scratch);
  const copy = join(scratch, 'plan.opsu');
  for (const suffix of ['', '-wal', '-journal']) {
    if (existsSync(path + suffix)) copyFileSync(path + suffix, copy + suffix);
  }
  const db = new Database(copy);
  try {
    return db.pragma('integrity_check', { simple: true }) as string;
  } finally {
    db.close();
  }
}

/** The `run R save S` marker of a stored text, as a number that grows with every save. */
function markerOf(content: string | null): number {
  const match = /run (\d+) save (\d+)/.exec(content ?? '');
  return match ? Number(match[1]) * 1_000_000 + Number(match[2]) : -1;
}

describe('the plan file under SIGKILL', () => {
  let t: TestCore;
  let script: string;
  let work: string;

  beforeAll(async () => {
    t = makeTestCore();
    script = await bundleChild();
    work = mkdtempSync(join(tmpdir(), 'suunta-kill-'));
  }, 60_000);
  afterAll(() => {
    t.dispose();
    rmSync(script, { force: true });
    rmSync(work, { recursive: true, force: true });
  });

  it(
    `holds every acknowledged save after ${KILLS} kills`,
    async () => {
      const path = join(t.dir, 'Tappotesti.opsu');
      const created = await t.value<OpenedPlan>('plan.create', {
        path,
        title: 'Opiskeluhuoltosuunnitelma',
        region: 'Keski-Uudenmaan hyvinvointialue',
        language: 'fi',
      });
      await t.value('plan.close', { docId: created.docId });

      const next = seededRandom(SEED);
      const latest = new Map<string, Acknowledged>();
      const versions = new Set<string>();
      const figures = { kills: 0, survived: 0, killsWhileOpening: 0, acknowledgedSaves: 0 };
      let acknowledgedVersions = 0;
      let lostSaves = 0;

      for (let run = 1; run <= KILLS; run += 1) {
        const moment = pickMoment(next);
        const childRoot = join(work, `child-${run}`);
        const outcome = await runChild(
          script,
          [path, childRoot, String(run), String(Math.floor(next() * 2 ** 32))],
          moment,
        );
        rmSync(childRoot, { recursive: true, force: true });
        figures.kills += 1;
        if (!outcome.reachedReady) figures.killsWhileOpening += 1;
        for (const save of outcome.saves) latest.set(save.sectionId, save);
        outcome.versions.forEach((label) => versions.add(label));
        figures.acknowledgedSaves += outcome.saves.length;
        acknowledgedVersions += outcome.versions.length;

        const context = `kill ${run} (seed ${SEED}: ${JSON.stringify(moment)})`;
        expect(integrityOfKilledState(path, join(work, 'scratch')), context).toBe('ok');
        const opened = await t.value<OpenedPlan>('plan.open', { path });
        for (const [sectionId, acknowledged] of latest) {
          const stored = await t.value<Section>('section.get', {
            docId: opened.docId,
            sectionId,
          });
          const marker = acknowledged.run * 1_000_000 + acknowledged.save;
          if (stored.revision < acknowledged.revision || markerOf(stored.content) < marker) {
            lostSaves += 1;
          }
          expect(stored.revision, context).toBeGreaterThanOrEqual(acknowledged.revision);
          expect(markerOf(stored.content), context).toBeGreaterThanOrEqual(marker);
        }
        const listed = await t.value<VersionSummary[]>('versions.list', { docId: opened.docId });
        const labels = new Set(listed.map((version) => version.label));
        expect(
          [...versions].filter((label) => !labels.has(label)),
          context,
        ).toEqual([]);
        await t.value('plan.close', { docId: opened.docId });
        figures.survived += 1;
      }

      recordReliability('kill', { ...figures, acknowledgedVersions, lostSaves });
      // Half the kills come after 1–15 saves: a run that never killed mid-typing would prove little.
      expect(figures.acknowledgedSaves).toBeGreaterThan(KILLS);
    },
    // Generous: a child starts in about 0.2 s on an idle machine, several times that under load.
    isSoak() ? 3_600_000 : 600_000,
  );
});
