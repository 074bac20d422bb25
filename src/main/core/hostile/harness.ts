import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import yauzl from 'yauzl';
import { afterAll, beforeAll, expect } from 'vitest';
import { resultSchema, type ErrorCode, type Result } from '../../../shared/result';
import { zipBuffer } from '../docx-import/fixtures';
import { isSoak, recordReliability } from '../testing/reliability';
import { makeTestCore, type TestCore } from '../testing/test-core';
import { z } from 'zod';

/**
 * Shared by the hostile-input tests: mutations of real files (bit flips, truncation, junk), the
 * folder snapshot that proves a refused file wrote nothing, a memory meter and the figures for
 * `bench/reliability.json`.
 */

/** Inputs per importer: short by default, twenty times as many under `npm run test:soak`. */
export const runs = (short: number) => (isSoak() ? short * 20 : short);

/** A fixed seed keeps the short run reproducible; the soak run explores new inputs each time. */
export const seeded = (seed: number) => (isSoak() ? {} : { seed });

/** Test timeouts: generous for the short run, scaled for the soak. */
export const timeout = (shortMs: number) => (isSoak() ? shortMs * 20 : shortMs);

// ---- mutations ---------------------------------------------------------------------------------

/** Text that parsers trip on: entity bombs, stray markup, CSV quoting, encodings, magic numbers. */
const snippets = [
  '<!DOCTYPE x [<!ENTITY a "aaaaaaaaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">]>',
  '&d;&d;&d;&d;',
  '<!ENTITY x SYSTEM "file:///etc/passwd">&x;',
  ']]>',
  '<w:p><w:r><w:t>',
  '</w:body>',
  '<w:comment w:id="-1" w:author="',
  '<row r="1048577">',
  '<c r="XFD1048576" t="s"><v>99999999</v></c>',
  '"',
  '"";;;\r\n',
  '\r\n\r\n',
  '\0\0\0\0',
  '\uFEFF',
  '\xFF\xFE',
  '=HYPERLINK("javascript:alert(1)")',
  'PK\x03\x04',
  'SQLite format 3\0',
  '9'.repeat(400),
  'ä'.repeat(300),
].map((text) => Buffer.from(text, 'latin1'));

export type Mutation =
  | { kind: 'flip'; at: number; bit: number }
  | { kind: 'truncate'; at: number }
  | { kind: 'insert'; at: number; junk: Uint8Array }
  | { kind: 'overwrite'; at: number; junk: Uint8Array };

const junk = fc.oneof(
  fc.uint8Array({ minLength: 1, maxLength: 64 }),
  fc.constantFrom(...snippets).map((bytes) => new Uint8Array(bytes)),
);
const at = fc.nat();
export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  { arbitrary: fc.record({ kind: fc.constant('flip' as const), at, bit: fc.nat(7) }), weight: 4 },
  { arbitrary: fc.record({ kind: fc.constant('truncate' as const), at }), weight: 1 },
  { arbitrary: fc.record({ kind: fc.constant('insert' as const), at, junk }), weight: 2 },
  { arbitrary: fc.record({ kind: fc.constant('overwrite' as const), at, junk }), weight: 2 },
);

/** `bytes` with the mutations applied in turn (positions taken modulo the current length). */
export function mutate(bytes: Buffer, mutations: readonly Mutation[]): Buffer {
  let out = Buffer.from(bytes);
  for (const change of mutations) {
    const where = out.length === 0 ? 0 : change.at % out.length;
    if (change.kind === 'flip' && out.length > 0) out[where] = out[where]! ^ (1 << change.bit);
    if (change.kind === 'truncate') out = out.subarray(0, where);
    if (change.kind === 'insert') {
      out = Buffer.concat([out.subarray(0, where), change.junk, out.subarray(where)]);
    }
    if (change.kind === 'overwrite') {
      out = Buffer.concat([
        out.subarray(0, where),
        change.junk,
        out.subarray(where + change.junk.length),
      ]);
    }
  }
  return out;
}

export interface Entry {
  name: string;
  data: Buffer;
}

/** A zip's entries, inflated (for seed files made by the fixtures: small). */
export function unzipEntries(bytes: Buffer): Promise<Entry[]> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(bytes, { lazyEntries: true }, (error, zip) => {
      if (error) return reject(error);
      const entries: Entry[] = [];
      zip.on('error', reject);
      zip.on('end', () => resolve(entries));
      zip.on('entry', (entry: yauzl.Entry) => {
        zip.openReadStream(entry, (streamError, stream) => {
          if (streamError) return reject(streamError);
          const chunks: Buffer[] = [];
          stream.on('data', (chunk: Buffer) => chunks.push(chunk));
          stream.on('error', reject);
          stream.on('end', () => {
            entries.push({ name: entry.fileName, data: Buffer.concat(chunks) });
            zip.readEntry();
          });
        });
      });
      zip.readEntry();
    });
  });
}

/**
 * A hostile variant of a real file: its bytes mutated or truncated, or (for a zip) one entry's
 * contents mutated and the zip written again, so that the damage reaches the XML readers
 * behind the zip's own checks.
 */
export function variantOf(seed: Buffer, entries: readonly Entry[] | null): fc.Arbitrary<Buffer> {
  const raw = fc.array(mutation, { minLength: 1, maxLength: 4 }).map((list) => mutate(seed, list));
  const truncated = fc.nat().map((n) => seed.subarray(0, n % seed.length));
  if (entries === null || entries.length === 0) {
    return fc.oneof({ arbitrary: raw, weight: 4 }, { arbitrary: truncated, weight: 1 });
  }
  const inner = fc
    .record({
      index: fc.nat(entries.length - 1),
      changes: fc.array(mutation, { minLength: 1, maxLength: 4 }),
    })
    .map(({ index, changes }) =>
      zipBuffer(
        entries.map((entry, i) => ({
          name: entry.name,
          data: i === index ? mutate(entry.data, changes) : entry.data,
        })),
      ),
    );
  return fc.oneof(
    { arbitrary: raw, weight: 3 },
    { arbitrary: truncated, weight: 1 },
    { arbitrary: inner, weight: 4 },
  );
}

// ---- what a refusal must leave as it was -------------------------------------------------------

/** Every file under the folders, by path, with its size, mtime and bytes' digest. */
export function folderState(roots: readonly string[]): Map<string, string> {
  const state = new Map<string, string>();
  for (const root of roots) {
    if (!existsSync(root)) continue;
    for (const name of (readdirSync(root, { recursive: true }) as string[]).sort()) {
      const path = join(root, name);
      const stat = statSync(path, { bigint: true });
      if (!stat.isFile()) continue;
      // Sparse giants (the oversized-file tests) by size and time; the rest by their bytes.
      const big = stat.size > 64n * 1024n * 1024n;
      const digest = big ? '' : createHash('sha256').update(readFileSync(path)).digest('hex');
      state.set(path, `${stat.size}:${stat.mtimeNs}:${digest}`);
    }
  }
  return state;
}

/** Files added, removed or changed between two states (0: nothing written). */
export function filesChanged(before: Map<string, string>, after: Map<string, string>): number {
  let count = 0;
  for (const path of new Set([...before.keys(), ...after.keys()])) {
    if (before.get(path) !== after.get(path)) count++;
  }
  return count;
}

// ---- answers -----------------------------------------------------------------------------------

const ResultShape = resultSchema(z.unknown());

/**
 * Checks an answer is a Result that crosses IPC and, when it is a refusal, that its code is one
 * the importer is meant to give (never INTERNAL: an unforeseen throw). Returns whether it failed.
 */
export function expectCleanAnswer(
  answer: unknown,
  allowed: readonly ErrorCode[],
  what: string,
): answer is Extract<Result<unknown>, { ok: false }> {
  expect(ResultShape.safeParse(answer).success, `${what}: a Result`).toBe(true);
  expect(() => structuredClone(answer)).not.toThrow();
  const result = answer as Result<unknown>;
  if (result.ok) return false;
  expect(allowed, `${what}: ${JSON.stringify(result.error)}`).toContain(result.error.code);
  return true;
}

// ---- memory and figures ------------------------------------------------------------------------

const MB = 1024 * 1024;

/** The largest growth of the process's resident memory since it was made, sampled by the test. */
export function memoryMeter() {
  const start = process.memoryUsage().rss;
  let max = start;
  return {
    sample() {
      max = Math.max(max, process.memoryUsage().rss);
    },
    growthMb: () => Math.round((max - start) / MB),
  };
}

/**
 * Counts of one hostile-input test, recorded under `hostile` when the file ends (`bytesChanged`:
 * files a refusal changed, which the tests require to be 0).
 */
export function tally() {
  const figures = {
    badInputs: 0,
    refusedCleanly: 0,
    accepted: 0,
    bytesChanged: 0,
    maxRssGrowthMb: 0,
  };
  return {
    figures,
    record: () => recordReliability('hostile', figures),
  };
}

// ---- one hostile call --------------------------------------------------------------------------

/** What an importer may answer a broken file with: each has a message that says what to do. */
export const importRefusals: readonly ErrorCode[] = [
  'DAMAGED_FILE',
  'WRONG_FORMAT',
  'ENCRYPTED',
  'TOO_LARGE',
  'EMPTY_DOCUMENT',
  'INVALID_DATA',
  'MISSING_COLUMN',
  'INVALID_INPUT',
];

export interface HostileRun {
  t: TestCore;
  /** Folders a refusal must leave byte for byte as they were. */
  roots: string[];
  figures: ReturnType<typeof tally>['figures'];
  meter: ReturnType<typeof memoryMeter>;
}

/**
 * Calls a channel as the renderer would: the answer must be a Result, a refusal must carry one of
 * `allowed` and leave every file under the run's folders as it was. A throw fails the test.
 */
export async function checkedCall(
  run: HostileRun,
  channel: string,
  input: unknown,
  allowed: readonly ErrorCode[] = importRefusals,
): Promise<Result<unknown>> {
  const before = folderState(run.roots);
  const answer = await run.t.core.handle(channel, input, { senderId: 'window-1' });
  run.meter.sample();
  if (expectCleanAnswer(answer, allowed, channel)) {
    const changed = filesChanged(before, folderState(run.roots));
    run.figures.bytesChanged += changed;
    expect(changed, `${channel}: files changed by a refusal`).toBe(0);
  }
  return answer;
}

/**
 * The frame of one hostile-input test file: a test core over fresh folders (all three are the
 * run's roots); before all tests `prepare` (seed files, a plan), then the memory meter starts;
 * after all tests the figures are recorded and the core disposed.
 */
export function hostileRun(
  prepare: (t: TestCore) => unknown = () => undefined,
  prepareTimeoutMs = 60_000,
): HostileRun {
  const { figures, record } = tally();
  const t = makeTestCore();
  const run: HostileRun = {
    t,
    roots: [t.dir, t.backupDir, t.settingsDir],
    figures,
    meter: memoryMeter(),
  };
  beforeAll(async () => {
    await prepare(t);
    run.meter = memoryMeter();
  }, prepareTimeoutMs);
  afterAll(() => {
    figures.maxRssGrowthMb = run.meter.growthMb();
    record();
    t.dispose();
  });
  return run;
}
