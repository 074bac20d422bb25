import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { milestoneKinds } from '../../shared/domain/milestones';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { channelNames, type ChannelName } from '../../shared/channels';
import type { OpenedPlan } from '../../shared/ipc';
import { resultSchema } from '../../shared/result';
import { BackupEntrySchema, BackupListSchema } from '../../shared/domain/backups';
import { isSoak, recordReliability } from './testing/reliability';
import {
  lexicalText,
  writeForeignSqliteFile,
  writeNewerVersionPlan,
  writeRandomBytesFile,
} from './db/fixtures';
import { providerInput, staffingInput } from './plan-data/testing';
import { makeTestCore, type TestCore } from './testing/test-core';
import { richDocument } from './docx-import/fixtures';
import { requirementCatalogue } from '../../shared/statutory/catalogue';
import {
  educationLevels,
  indicatorSources,
  PlanDataSchema,
  providerKinds,
  providerLanguages,
  providerPlanStatuses,
  type PlanData,
} from '../../shared/domain/plan-data';
import { starterIndicators } from '../../shared/indicators/starter-set';

/**
 * Random and hostile input at every channel. Whatever comes in, the answer is a Result (never a
 * throw), and a call that fails leaves every file exactly as it was: the plan, its WAL, the
 * settings, and the folder's listing. The plan stays open in WAL mode throughout, so each commit
 * appends to the WAL; comparing the WAL's bytes catches any write, even one later rolled back.
 * The backup folder and the recovery drafts (under the settings folder) are compared too.
 * `npm run test:soak` (SUUNTA_SOAK=1) multiplies the runs.
 */

const SOAK_FACTOR = isSoak() ? 10 : 1;
const RUNS_PER_CHANNEL = 150 * SOAK_FACTOR;
/**
 * The plan's data channels (issue 7) mostly get past validation and write or read the whole data,
 * so fewer runs keep the whole run about as long as before them.
 */
const RUNS_PER_DATA_CHANNEL = 100 * SOAK_FACTOR;
const dataChannel = /^(planData|providers|staffing|indicators)\./;
const ResultShape = resultSchema(z.unknown());

let t: TestCore;
let plan: OpenedPlan;
let sectionIds: string[];
const paths: Record<'plan' | 'random' | 'foreign' | 'newer' | 'missing', string> = {
  plan: '',
  random: '',
  foreign: '',
  newer: '',
  missing: '',
};

beforeAll(async () => {
  t = makeTestCore();
  paths.plan = join(t.dir, 'plan.opsu');
  paths.random = join(t.dir, 'random.opsu');
  paths.foreign = join(t.dir, 'foreign.opsu');
  paths.newer = join(t.dir, 'newer.opsu');
  paths.missing = join(t.dir, 'missing.opsu');
  writeRandomBytesFile(paths.random);
  writeForeignSqliteFile(paths.foreign);
  writeNewerVersionPlan(paths.newer);
  plan = await t.value<OpenedPlan>('plan.create', {
    path: paths.plan,
    title: 'Suunnitelma',
    region: 'Alue',
  });
  sectionIds = plan.outline.map((entry) => entry.id);
});
afterAll(() => t.dispose());

/** A real Word file and its digest, so that imports get past reading and create plans. */
const docx = { path: '', digest: '' };
beforeAll(async () => {
  const bytes = await richDocument();
  docx.path = join(t.dir, 'previous.docx');
  writeFileSync(docx.path, bytes);
  docx.digest = createHash('sha256').update(bytes).digest('hex');
});

/** A comment round with a respondent, a question and comments, so plausible ids reach services. */
const review = {
  respondentIds: [] as string[],
  roundIds: [] as string[],
  questionIds: [] as string[],
  commentIds: [] as string[],
  versionIds: [] as string[],
  /** A section of the round's version. */
  sectionId: '',
};
const CHANGE_TEXT = 'Kuraattori tavataan viikon sisällä yhteydenotosta.';

/** Adds a comment and a change proposal to the first round (some channels remove comments). */
async function addReviewComments() {
  const docId = plan.docId;
  const { sectionId } = review;
  // Best effort: the section may have been removed by an earlier channel's calls.
  await t.call('section.save', { docId, sectionId, content: lexicalText(CHANGE_TEXT) });
  for (const comment of [
    { respondentId: review.respondentIds[0], sectionId: null, text: 'Yleinen huomio' },
    {
      respondentId: review.respondentIds[0],
      sectionId,
      quote: { exact: 'viikon sisällä', prefix: 'tavataan ', suffix: ' yhteydenotosta' },
      kind: 'change',
      proposal: 'heti',
      text: '',
    },
  ]) {
    const added = await t.value<{ id: string }>('comments.add', {
      docId,
      roundId: review.roundIds[0],
      comment,
    });
    review.commentIds.push(added.id);
  }
}

beforeAll(async () => {
  const docId = plan.docId;
  await t.value('section.save', {
    docId,
    sectionId: sectionIds[0],
    content: lexicalText(CHANGE_TEXT),
  });
  const respondents = await t.value<Array<{ id: string }>>('respondents.save', {
    docId,
    respondent: { name: 'Keravan kaupunki', kind: 'municipality' },
  });
  review.respondentIds.push(...respondents.map((r) => r.id));
  const round = await t.value<{ id: string; versionId: string }>('rounds.create', {
    docId,
    title: 'Lausuntokierros',
    versionId: null,
  });
  review.roundIds.push(round.id);
  review.sectionId = sectionIds[0]!;
  review.versionIds.push(round.versionId);
  const withQuestion = await t.value<{ questions: Array<{ id: string }> }>('rounds.saveQuestion', {
    docId,
    roundId: round.id,
    sectionId: sectionIds[0],
    text: 'Onko tämä selkeä?',
  });
  review.questionIds.push(...withQuestion.questions.map((q) => q.id));
  await addReviewComments();
});

/** Returned comments for the import channels: a survey export and the Word file above. */
const survey = { path: '', digest: '' };
beforeAll(() => {
  const bytes = Buffer.from('\uFEFFOrganisaatio;Luku;Kommentti\nKeravan kaupunki;1;Hyvä\n', 'utf8');
  survey.path = join(t.dir, 'palaute.csv');
  writeFileSync(survey.path, bytes);
  survey.digest = createHash('sha256').update(bytes).digest('hex');
});

/** Ids of the plan's data, refreshed from every PlanData a call answers with. */
const data = { providerIds: [] as string[], rowIds: [] as string[], indicatorIds: [] as string[] };
function rememberData(value: unknown) {
  const parsed = PlanDataSchema.safeParse(
    value !== null && typeof value === 'object' && 'data' in value ? value.data : value,
  );
  if (!parsed.success) return;
  data.providerIds = parsed.data.providers.map((entry) => entry.id);
  data.rowIds = parsed.data.staffing.rows.map((row) => row.id);
  data.indicatorIds = parsed.data.indicators.map((entry) => entry.id);
}

/** Ids of backups from every answer that lists or makes one; sections with a stashed draft. */
const kept = {
  backupIds: [] as string[],
  draftSectionIds: [] as string[],
  replaceIds: [] as string[],
};
const DraftsSchema = z.object({ drafts: z.array(z.object({ sectionId: z.string() })) });
const ReplacedSchema = z.object({ replaceId: z.string().nullable(), replaced: z.number() });
/** Search queries: Finnish words, the query language, and FTS5 syntax that must stay text. */
const searchQuery = fc.oneof(
  fc.constantFrom(
    'opiskeluhuol*',
    'kuraattori',
    'Päätös',
    '"oppilas ja"',
    '"avoin lainaus',
    'ICT-palvelut',
    'NEAR(a b)',
    'title:x',
    'a OR b NOT c',
    '^alku',
    '*',
    '""',
    '(((',
    '-',
    '13 a §',
  ),
  fc.string({ maxLength: 210 }),
);
function rememberKept(value: unknown) {
  const list = BackupListSchema.safeParse(value);
  if (list.success && list.data.backups.length > 0) {
    kept.backupIds = list.data.backups.map((entry) => entry.id);
  }
  const entry = BackupEntrySchema.safeParse(value);
  if (entry.success && !kept.backupIds.includes(entry.data.id)) kept.backupIds.push(entry.data.id);
  const replaced = ReplacedSchema.safeParse(value);
  if (replaced.success && replaced.data.replaceId !== null)
    kept.replaceIds.push(replaced.data.replaceId);
  const drafts = DraftsSchema.safeParse(value);
  if (drafts.success) kept.draftSectionIds = drafts.data.drafts.map((draft) => draft.sectionId);
}

/** Ids a fresh plan offers the backup and recovery channels: its backups and a stashed draft. */
async function rememberBackupsAndDrafts() {
  const docId = plan.docId;
  // Best effort: both answer UNSUPPORTED until their services exist.
  await t.call('recovery.stash', {
    docId,
    sectionId: sectionIds[1],
    content: lexicalText('Tallentamaton luonnos'),
  });
  for (const channel of ['backups.list', 'recovery.list']) {
    const answer = await t.call(channel, { docId });
    if (answer.ok) rememberKept(answer.value);
  }
}

/** Tables to import: staffing counts and indicator values as THL exports them. */
const tables = { staffing: { path: '', digest: '' }, values: { path: '', digest: '' } };
beforeAll(async () => {
  const write = (key: keyof typeof tables, name: string, text: string) => {
    const bytes = Buffer.from(text, 'utf8');
    tables[key].path = join(t.dir, name);
    writeFileSync(tables[key].path, bytes);
    tables[key].digest = createHash('sha256').update(bytes).digest('hex');
  };
  write(
    'staffing',
    'mitoitus.csv',
    'Alue;Aste;Oppilaita;Kuraattorit;Psykologit\nKerava;perusopetus;1000;1,5;1\nTuusula;lukio;;2;x\n',
  );
  write('values', 'arvot.csv', 'Alue;Vuosi;Arvo\nKeski-Uusimaa;2023;12,5\nKerava;2021;9\n');
  const docId = plan.docId;
  const { id: providerId } = (
    await t.value<PlanData>('providers.save', {
      docId,
      provider: providerInput({ name: 'Keravan kaupunki' }),
    })
  ).providers[0]!;
  await t.value('staffing.save', {
    docId,
    row: staffingInput({
      area: 'Kerava',
      providerId,
      pupils: 1000,
      fte: { kuraattori: 1.5, psykologi: 1, terveydenhoitaja: 2, laakari: null },
    }),
  });
  rememberData(
    await t.value('indicators.addStarter', {
      docId,
      keys: starterIndicators.slice(0, 2).map((entry) => entry.key),
    }),
  );
});

/** Every file under `root`, recursively, by its path relative to `root`, sorted. */
function filesUnder(root: string): string[] {
  if (!existsSync(root)) return [];
  return (readdirSync(root, { recursive: true }) as string[])
    .filter((name) => statSync(join(root, name)).isFile())
    .sort();
}

/**
 * Every byte a failed call must not change: the plan, its WAL, every file under the settings
 * folder (settings and recovery drafts), the plan folder's listing and each backup's size and
 * modification time (backups are large; a backup rewritten in place changes its mtime).
 */
function snapshot() {
  const read = (path: string) => (existsSync(path) ? readFileSync(path) : null);
  const sizes = (root: string, names: string[]) =>
    new Map(
      names.map((name) => {
        const stat = statSync(join(root, name), { bigint: true });
        return [name, `${stat.size}:${stat.mtimeNs}`];
      }),
    );
  return {
    files: readdirSync(t.dir).sort(),
    plan: read(paths.plan),
    wal: read(`${paths.plan}-wal`),
    settings: new Map(
      filesUnder(t.settingsDir).map((name) => [name, read(join(t.settingsDir, name))]),
    ),
    backups: sizes(t.backupDir, filesUnder(t.backupDir)),
  };
}
type Snapshot = ReturnType<typeof snapshot>;
const same = (a: Buffer | null, b: Buffer | null) =>
  a === null ? b === null : b !== null && a.equals(b);

/** How many bytes differ between two versions of a file (a missing file has none). */
function differingBytes(a: Buffer | null | undefined, b: Buffer | null | undefined): number {
  const left = a ?? Buffer.alloc(0);
  const right = b ?? Buffer.alloc(0);
  // The native comparison first: counting byte by byte in JS over the WAL on every call would
  // cost most of the run.
  if (left.equals(right)) return 0;
  let count = Math.abs(left.length - right.length);
  const length = Math.min(left.length, right.length);
  for (let i = 0; i < length; i++) if (left[i] !== right[i]) count++;
  return count;
}

/** Bytes a call changed, counted where they can be (a changed listing or backup counts as one). */
function bytesChanged(before: Snapshot, after: Snapshot): number {
  let count = differingBytes(before.plan, after.plan) + differingBytes(before.wal, after.wal);
  for (const name of new Set([...before.settings.keys(), ...after.settings.keys()])) {
    count += differingBytes(before.settings.get(name), after.settings.get(name));
  }
  for (const name of new Set([...before.backups.keys(), ...after.backups.keys()])) {
    if (before.backups.get(name) !== after.backups.get(name)) count++;
  }
  if (before.files.join('\n') !== after.files.join('\n')) count++;
  return count;
}

function expectUnchanged(before: Snapshot, after: Snapshot, what: string) {
  expect(after.files, what).toEqual(before.files);
  expect(same(before.plan, after.plan), `${what}: plan bytes`).toBe(true);
  expect(same(before.wal, after.wal), `${what}: WAL bytes`).toBe(true);
  expect([...after.settings.keys()], `${what}: settings files`).toEqual([
    ...before.settings.keys(),
  ]);
  for (const [name, bytes] of before.settings) {
    expect(same(bytes, after.settings.get(name) ?? null), `${what}: ${name} bytes`).toBe(true);
  }
  expect(after.backups, `${what}: backups`).toEqual(before.backups);
}

/** Counted for the reliability report (`bench/reliability.json`). */
const figures = { calls: 0, failures: 0, successes: 0, crashes: 0, bytesChanged: 0 };
afterAll(() => recordReliability('fuzz', figures));

// ---- hostile values ---------------------------------------------------------------------------

const HUGE = 'x'.repeat(4_000_001);
function deepObject(levels: number): unknown {
  let value: unknown = 'bottom';
  for (let i = 0; i < levels; i++) value = { a: value, docId: 'x' };
  return value;
}
const DEEP = deepObject(20_000);
const DEEP_JSON = `${'['.repeat(50_000)}${']'.repeat(50_000)}`;
const PROTO = JSON.parse(
  '{"__proto__": {"polluted": "yes"}, "constructor": {"prototype": {"polluted": "yes"}}}',
) as unknown;

const hostile: fc.Arbitrary<unknown> = fc.oneof(
  fc.anything({
    maxDepth: 3,
    withBigInt: true,
    withDate: true,
    withMap: true,
    withSet: true,
    withNullPrototype: true,
    withObjectString: true,
    withSparseArray: true,
    withTypedArray: true,
  }),
  fc.constantFrom(HUGE, DEEP, DEEP_JSON, PROTO, undefined, null, Number.NaN, -1, '', [], '\0'),
);

/** Adds own `__proto__` / `constructor` keys the way JSON.parse would. */
const withProtoKeys = (value: Record<string, unknown>) =>
  fc.constantFrom('__proto__', 'constructor', 'prototype').map((key) => {
    const copy = { ...value };
    Object.defineProperty(copy, key, {
      value: { polluted: 'yes' },
      enumerable: true,
      configurable: true,
      writable: true,
    });
    return copy;
  });

/**
 * An input of the channel's shape: usually every field plausible (so calls get past validation
 * and reach the services), sometimes a field hostile or missing, an extra prototype key, or the
 * whole input hostile.
 */
function shaped(fields: Record<string, fc.Arbitrary<unknown>>): fc.Arbitrary<unknown> {
  const keys = Object.keys(fields);
  const field = (plausible: fc.Arbitrary<unknown>) =>
    fc.oneof({ arbitrary: plausible, weight: 15 }, { arbitrary: hostile, weight: 1 });
  const complete = fc.record(
    Object.fromEntries(keys.map((key) => [key, field(fields[key]!)])),
  ) as fc.Arbitrary<Record<string, unknown>>;
  const partial = fc.record(Object.fromEntries(keys.map((key) => [key, field(fields[key]!)])), {
    requiredKeys: [],
  }) as fc.Arbitrary<Record<string, unknown>>;
  return fc.oneof(
    { arbitrary: complete, weight: 12 },
    { arbitrary: partial, weight: 2 },
    { arbitrary: complete.chain(withProtoKeys), weight: 1 },
    { arbitrary: hostile, weight: 1 },
  );
}

// ---- plausible values -------------------------------------------------------------------------

const idLike = fc.stringMatching(/^[A-Za-z0-9_-]{1,64}$/);
const docId = fc.oneof(
  { arbitrary: fc.constant(null).map(() => plan.docId), weight: 8 },
  { arbitrary: idLike, weight: 1 },
  { arbitrary: fc.string({ maxLength: 70 }), weight: 1 },
);
const sectionId = fc.oneof(
  { arbitrary: fc.nat().map((n) => sectionIds[n % sectionIds.length]!), weight: 8 },
  { arbitrary: idLike, weight: 1 },
  { arbitrary: fc.string({ maxLength: 70 }), weight: 1 },
);
const title = fc.oneof(
  { arbitrary: fc.string({ minLength: 1, maxLength: 60 }), weight: 4 },
  { arbitrary: fc.string({ maxLength: 320 }), weight: 1 },
  { arbitrary: fc.constantFrom(' ', 'Luku', '\t\n'), weight: 1 },
);
const path = fc.oneof(
  fc
    .constantFrom(...(['plan', 'random', 'foreign', 'newer', 'missing'] as const))
    .map((key) => paths[key]),
  fc.constantFrom('a.opsu', 'b.opsu', 'c.opsu').map((name) => join(t.dir, name)),
  // Relative paths only: an absolute random path could point anywhere on this machine.
  fc.string({ maxLength: 80 }).filter((value) => !value.startsWith('/') && !value.startsWith('\\')),
);
const docxSource = fc.oneof(
  { arbitrary: fc.constant(null).map(() => docx.path), weight: 4 },
  { arbitrary: path, weight: 2 },
);
const period = fc.oneof(
  fc.constantFrom('2026-2029', '2026–2029', '2029-2026', '1999-2001', '26-29', null),
  fc.string({ maxLength: 20 }),
);
const language = fc.oneof(
  fc.constantFrom('fi', 'sv', 'en', 'de', 'FI'),
  fc.string({ maxLength: 4 }),
);
/** Where exports go: files of their own, the plan itself (refused), relative paths (refused). */
const exportPath = fc.oneof(
  fc.constantFrom('out.pdf', 'out.docx', 'sub/missing.pdf').map((name) => join(t.dir, name)),
  fc.constant(null).map(() => paths.plan),
  fc.string({ maxLength: 80 }).filter((value) => !value.startsWith('/') && !value.startsWith('\\')),
);
const exportOptions = {
  versionId: fc.option(sectionId),
  language,
  annexes: fc.array(fc.constantFrom('checklist', 'decisions', 'comments', 'x'), { maxLength: 4 }),
  final: fc.oneof(fc.boolean(), fc.constantFrom('yes', 1)),
};
const lexical = fc
  .array(fc.string({ maxLength: 60 }), { maxLength: 4 })
  .map((texts) => texts.map(lexicalText)[0] ?? lexicalText(''));
const content = fc.oneof(
  lexical,
  fc.json({ maxDepth: 4 }),
  fc.constantFrom(
    '{"root":{"type":"root","version":1,"children":[]}}',
    '{"root":{"type":"root","version":1,"children":[{"type":"paragraph"}]}}',
    '{"root":null}',
    DEEP_JSON,
  ),
  fc.string({ maxLength: 200 }),
);
const url = fc.oneof(
  fc.webUrl(),
  fc.constantFrom(
    'https://finlex.fi',
    'mailto:a@b.fi',
    'javascript:alert(1)',
    'file:///etc/passwd',
    'https://user:pw@example.fi/',
    'data:text/html,x',
  ),
  fc.string({ maxLength: 100 }),
);
const requirementId = fc.oneof(
  { arbitrary: fc.constantFrom(...requirementCatalogue.map((r) => r.id)), weight: 8 },
  {
    arbitrary: fc.constantFrom('reg.no_such_requirement', 'opt.staffing_ratio_compliance'),
    weight: 1,
  },
  { arbitrary: fc.string({ maxLength: 70 }), weight: 1 },
);
const milestoneKind = fc.constantFrom(...milestoneKinds, 'boardMeeting');
/** Mostly real dates, some impossible ones and some other text. */
const isoDate = fc.oneof(
  {
    arbitrary: fc
      .date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10)),
    weight: 6,
  },
  { arbitrary: fc.constantFrom('2024-02-30', '2022-13-01', '8.12.2022'), weight: 1 },
  { arbitrary: fc.string({ maxLength: 12 }), weight: 1 },
);
const nullableId = fc.oneof(
  { arbitrary: fc.constant(null), weight: 1 },
  { arbitrary: sectionId, weight: 3 },
);

/** Mostly one of the ids in `list()` (read when the value is drawn), else any id or text. */
const oneOf = (list: () => string[]) =>
  fc.oneof(
    { arbitrary: fc.nat().map((n) => list()[n % Math.max(1, list().length)] ?? 'none'), weight: 8 },
    { arbitrary: idLike, weight: 1 },
    { arbitrary: fc.string({ maxLength: 70 }), weight: 1 },
  );
const respondentId = oneOf(() => review.respondentIds);
const roundId = oneOf(() => review.roundIds);
const questionId = oneOf(() => review.questionIds);
const commentId = oneOf(() => review.commentIds);
const versionId = oneOf(() => review.versionIds);
const respondentKind = fc.constantFrom(
  'municipality',
  'provider',
  'county',
  'guardians',
  'students',
  'other',
  'club',
);
const resolution = fc.constantFrom('open', 'accepted', 'partial', 'rejected', 'noted', 'maybe');
const longText = fc.oneof(
  { arbitrary: fc.string({ maxLength: 200 }), weight: 6 },
  { arbitrary: fc.constantFrom('', '   ', 'x'.repeat(20_001)), weight: 1 },
);
const quote = fc.oneof(
  fc.constant(null),
  shaped({
    exact: fc.oneof(
      fc.constantFrom('viikon sisällä', 'Kuraattori', 'yhteydenotosta. Kuraattori'),
      fc.string({ maxLength: 60 }),
    ),
    prefix: fc.string({ maxLength: 70 }),
    suffix: fc.string({ maxLength: 70 }),
  }),
);
const roundPatch = shaped({
  title,
  opensOn: fc.option(isoDate),
  closesOn: fc.option(isoDate),
  instructions: longText,
  status: fc.constantFrom('preparation', 'open', 'closed', 'reviewed', 'draft'),
  invited: fc.array(respondentId, { maxLength: 4 }),
});
/** Returned files: the survey export, the Word file, plans and missing files. */
const commentFile = fc.oneof(
  { arbitrary: fc.constant(null).map(() => survey.path), weight: 3 },
  { arbitrary: docxSource, weight: 2 },
);
const surveyColumns = shaped({
  organisation: fc.option(fc.integer({ min: -1, max: 5 })),
  section: fc.option(fc.integer({ min: -1, max: 5 })),
  comment: fc.integer({ min: -1, max: 5 }),
  quote: fc.option(fc.integer({ min: -1, max: 5 })),
});
const fileDigest = fc.oneof(
  { arbitrary: fc.constant(null).map(() => survey.digest), weight: 3 },
  { arbitrary: fc.constant(null).map(() => docx.digest), weight: 2 },
  { arbitrary: fc.stringMatching(/^[0-9a-f]{64}$/), weight: 1 },
);
/** Where a round's package goes: folders under the test folder, or relative paths (refused). */
const folder = fc.oneof(
  fc.constantFrom('paketti', 'sub/missing').map((name) => join(t.dir, name)),
  fc.constant(null).map(() => t.dir),
  fc.string({ maxLength: 80 }).filter((value) => !value.startsWith('/') && !value.startsWith('\\')),
);
const summaryPath = fc.oneof(
  fc.constantFrom('kooste.docx', 'kooste.csv', 'sub/missing.csv').map((name) => join(t.dir, name)),
  fc.constant(null).map(() => paths.plan),
  fc.string({ maxLength: 80 }).filter((value) => !value.startsWith('/') && !value.startsWith('\\')),
);

// ---- the plan's data (issue 7) -----------------------------------------------------------------

const providerId = oneOf(() => data.providerIds);
const staffingRowId = oneOf(() => data.rowIds);
const indicatorId = oneOf(() => data.indicatorIds);
const ratioSetId = fc.oneof(
  { arbitrary: fc.constantFrom('ophl-2023', 'tavoite-500'), weight: 4 },
  { arbitrary: idLike, weight: 1 },
);
const areaName = fc.oneof(
  { arbitrary: fc.constantFrom('Kerava', ' kerava ', 'Tuusula', 'Ähtäri'), weight: 3 },
  { arbitrary: title, weight: 1 },
);
const provider = shaped({
  id: fc.option(providerId, { nil: undefined }),
  name: fc.oneof(fc.constantFrom('Keravan kaupunki', 'KERAVAN  kaupunki', 'Keuda'), title),
  kind: fc.constantFrom(...providerKinds, 'city'),
  levels: fc.array(fc.constantFrom(...educationLevels, 'lukio'), { maxLength: 6 }),
  language: fc.constantFrom(...providerLanguages, 'en'),
  planStatus: fc.constantFrom(...providerPlanStatuses, 'done'),
  adoptedOn: fc.option(isoDate),
  planReference: fc.oneof(fc.webUrl(), fc.string({ maxLength: 60 })),
  needText: longText,
  needFigures: fc.array(
    shaped({
      label: fc.string({ maxLength: 30 }),
      value: fc.oneof(fc.integer({ min: -1, max: 100 }), fc.double()),
      unit: fc.constantFrom('htv', '%', ''),
    }),
    { maxLength: 3 },
  ),
});
/** FTEs: plausible ones, half-hundredths, negative, too large and not numbers. */
const fte = fc.option(
  fc.oneof(
    { arbitrary: fc.integer({ min: 0, max: 1000 }).map((n) => n / 100), weight: 4 },
    { arbitrary: fc.constantFrom(1.005, -1, 100_001, Number.POSITIVE_INFINITY), weight: 1 },
    { arbitrary: fc.double(), weight: 1 },
  ),
);
const staffingRow = shaped({
  id: fc.option(staffingRowId, { nil: undefined }),
  area: areaName,
  providerId: fc.option(providerId),
  level: fc.constantFrom(...educationLevels, 'lukio'),
  pupils: fc.option(fc.oneof(fc.integer({ min: -5, max: 20_000 }), fc.double())),
  fte: shaped({ kuraattori: fte, psykologi: fte, terveydenhoitaja: fte, laakari: fte }),
  note: longText,
});
const indicatorValue = shaped({
  year: fc.integer({ min: 1985, max: 2105 }),
  value: fc.oneof(fc.integer({ min: -100, max: 100 }), fc.double()),
});
const indicator = shaped({
  id: fc.option(indicatorId, { nil: undefined }),
  name: fc.oneof(fc.constantFrom('Kiusattu', ' kiusattu ', 'Käynnit'), title),
  source: fc.constantFrom(...indicatorSources, 'sotkanet'),
  unit: fc.oneof(fc.constantFrom('%', ''), fc.string({ maxLength: 70 })),
  better: fc.constantFrom('higher', 'lower', 'up'),
  area: title,
  group: title,
  baseline: fc.option(indicatorValue),
  target: fc.option(indicatorValue),
  note: longText,
});
const starterKey = fc.oneof(
  { arbitrary: fc.constantFrom(...starterIndicators.map((entry) => entry.key)), weight: 4 },
  { arbitrary: fc.string({ maxLength: 70 }), weight: 1 },
);
const column = fc.integer({ min: -1, max: 8 });
const staffingColumns = shaped({
  area: column,
  level: column,
  pupils: fc.option(column),
  kuraattori: fc.option(column),
  psykologi: fc.option(column),
  terveydenhoitaja: fc.option(column),
  laakari: fc.option(column),
});
const indicatorColumns = shaped({
  indicator: fc.option(column),
  area: fc.option(column),
  year: fc.option(column),
  value: fc.option(column),
  yearColumns: fc.array(shaped({ column, year: fc.integer({ min: 1985, max: 2105 }) }), {
    maxLength: 3,
  }),
});
/** Tables of figures: a staffing CSV, THL-style indicator values, the survey, plans and others. */
const tableFile = fc.oneof(
  { arbitrary: fc.constantFrom('staffing', 'values').map((key) => tables[key].path), weight: 4 },
  { arbitrary: commentFile, weight: 1 },
);
const tableDigest = fc.oneof(
  { arbitrary: fc.constantFrom('staffing', 'values').map((key) => tables[key].digest), weight: 4 },
  { arbitrary: fileDigest, weight: 1 },
);

const inputs: Record<ChannelName, fc.Arbitrary<unknown>> = {
  'app.info': shaped({}),
  'app.flushed': shaped({}),
  'prefs.get': shaped({}),
  'prefs.update': shaped({
    name: fc.string({ maxLength: 130 }),
    organisation: fc.string({ maxLength: 210 }),
    language,
  }),
  'recent.list': shaped({}),
  'recent.remove': shaped({ path }),
  'dialog.chooseNewPlanPath': shaped({ suggestedName: fc.string({ maxLength: 210 }) }),
  'dialog.chooseOpenPath': shaped({}),
  'dialog.chooseDocxPath': shaped({}),
  'plan.create': shaped({ path, title, region: title, period, language }),
  'import.docxPreview': shaped({ source: docxSource }),
  'import.docxCreate': shaped({
    source: docxSource,
    sourceDigest: fc.oneof(
      { arbitrary: fc.constant(null).map(() => docx.digest), weight: 4 },
      { arbitrary: fc.stringMatching(/^[0-9a-f]{64}$/), weight: 1 },
      { arbitrary: fc.string({ maxLength: 70 }), weight: 1 },
    ),
    path,
    title,
    region: fc.oneof(fc.constant(''), title),
    period,
    language,
    mapping: fc.array(
      shaped({ index: fc.integer({ min: -1, max: 8 }), requirementIds: fc.array(requirementId) }),
      { maxLength: 4 },
    ),
  }),
  'plan.open': shaped({ path }),
  'plan.close': shaped({ docId }),
  'plan.updateMeta': shaped({ docId, title, region: title, period, helsinki: fc.boolean() }),
  // Saving as a new file: only paths that exist or are relative, so every call fails and the
  // plan stays where the other channels expect it (saveAs has its own tests).
  'plan.saveAs': shaped({
    docId,
    path: fc.oneof(
      fc
        .constantFrom(...(['plan', 'random', 'foreign', 'newer'] as const))
        .map((key) => paths[key]),
      fc
        .string({ maxLength: 80 })
        .filter((value) => !value.startsWith('/') && !value.startsWith('\\')),
    ),
  }),
  'backups.list': shaped({ docId }),
  'backups.listForFile': shaped({ path }),
  'backups.create': shaped({ docId }),
  'backups.restore': shaped({
    backupId: fc.oneof(
      { arbitrary: oneOf(() => kept.backupIds), weight: 3 },
      fc.stringMatching(/^[0-9a-f]{16}\/[A-Za-z0-9._-]{1,40}\.opsu$/),
      fc.constantFrom('../../etc/passwd', '0123456789abcdef/../x.opsu', ''),
      fc.string({ maxLength: 80 }),
    ),
    path: fc.oneof(
      exportPath,
      fc
        .constantFrom('palautettu.opsu', 'Palautettu ääkkösin.opsu')
        .map((name) => join(t.dir, name)),
    ),
  }),
  'recovery.stash': shaped({
    docId,
    sectionId,
    content,
  }),
  'recovery.list': shaped({ docId }),
  'recovery.discard': shaped({
    docId,
    sectionId: fc.oneof(
      oneOf(() => kept.draftSectionIds),
      sectionId,
    ),
  }),
  'search.query': shaped({
    docId,
    query: searchQuery,
    sources: shaped({ versions: fc.boolean(), comments: fc.boolean() }),
  }),
  'search.replace': shaped({
    docId,
    find: searchQuery,
    replacement: fc.oneof(
      fc.constantFrom('', 'koulukuraattori', 'Ä', '"*'),
      fc.string({ maxLength: 210 }),
    ),
    sectionIds: fc.oneof(fc.constant(null), fc.array(sectionId, { maxLength: 4 })),
    titles: fc.boolean(),
  }),
  'search.undoReplace': shaped({
    docId,
    replaceId: fc.oneof(
      { arbitrary: oneOf(() => kept.replaceIds), weight: 3 },
      fc.stringMatching(/^[A-Za-z0-9_-]{1,64}$/),
      fc.string({ maxLength: 70 }),
    ),
  }),
  'outline.get': shaped({ docId }),
  'outline.add': shaped({ docId, parentId: nullableId, afterId: nullableId, title }),
  'outline.rename': shaped({ docId, sectionId, title }),
  'outline.move': shaped({
    docId,
    sectionId,
    parentId: nullableId,
    index: fc.oneof(
      { arbitrary: fc.nat(5), weight: 4 },
      { arbitrary: fc.integer({ min: -3, max: 10_003 }), weight: 1 },
      { arbitrary: fc.double(), weight: 1 },
    ),
  }),
  'outline.remove': shaped({ docId, sectionId }),
  'outline.restore': shaped({ docId, sectionId }),
  'section.get': shaped({ docId, sectionId }),
  'section.save': shaped({ docId, sectionId, content }),
  'checklist.get': shaped({ docId }),
  'checklist.link': shaped({ docId, requirementId, sectionId }),
  'checklist.unlink': shaped({ docId, requirementId, sectionId }),
  'checklist.confirm': shaped({ docId, requirementId }),
  'checklist.unconfirm': shaped({ docId, requirementId }),
  'versions.list': shaped({ docId }),
  'versions.create': shaped({ docId, label: title, note: fc.string({ maxLength: 2100 }) }),
  'versions.get': shaped({ docId, versionId: sectionId }),
  'versions.compare': shaped({
    docId,
    from: fc.oneof(shaped({ versionId: sectionId }), shaped({ current: fc.constant(true) })),
    to: fc.oneof(shaped({ versionId: sectionId }), shaped({ current: fc.constant(true) })),
  }),
  'history.list': shaped({ docId, sectionId }),
  'history.get': shaped({ docId, sectionId, revision: fc.integer({ min: -2, max: 50 }) }),
  'history.restore': shaped({ docId, sectionId, revision: fc.integer({ min: -2, max: 50 }) }),
  'milestones.list': shaped({ docId }),
  'milestones.add': shaped({
    docId,
    kind: milestoneKind,
    title: fc.option(title),
    afterId: nullableId,
  }),
  'milestones.update': shaped({
    docId,
    milestoneId: sectionId,
    patch: shaped({
      kind: milestoneKind,
      title: fc.option(title),
      plannedDate: fc.option(isoDate),
      plannedEndDate: fc.option(isoDate),
      actualDate: fc.option(isoDate),
      status: fc.constantFrom('planned', 'done', 'cancelled', 'postponed', 'maybe'),
      body: title,
      meetingDate: fc.option(isoDate),
      itemNumber: fc.string({ maxLength: 50 }),
      decisionText: fc.string({ maxLength: 300 }),
      minutesUrl: url,
      notes: fc.string({ maxLength: 300 }),
      versionId: fc.option(sectionId),
    }),
  }),
  'milestones.remove': shaped({ docId, milestoneId: sectionId }),
  'milestones.move': shaped({
    docId,
    milestoneId: sectionId,
    index: fc.integer({ min: -2, max: 1002 }),
  }),
  'milestones.markDone': shaped({
    docId,
    milestoneId: sectionId,
    actualDate: isoDate,
    versionId: fc.option(sectionId),
  }),
  'dialog.chooseExportPath': shaped({
    format: fc.constantFrom('pdf', 'docx', 'odt'),
    suggestedName: fc.string({ maxLength: 210 }),
  }),
  'export.pdf': shaped({ docId, path: exportPath, ...exportOptions }),
  'export.docx': shaped({
    docId,
    path: exportPath,
    templatePath: fc.option(docxSource),
    ...exportOptions,
  }),
  'dialog.chooseCommentFiles': shaped({}),
  'dialog.chooseFolder': shaped({ suggestedName: fc.string({ maxLength: 210 }) }),
  'dialog.chooseTableFile': shaped({}),
  'respondents.list': shaped({ docId }),
  'respondents.save': shaped({
    docId,
    respondent: shaped({
      id: fc.option(respondentId, { nil: undefined }),
      name: title,
      kind: respondentKind,
      contact: fc.string({ maxLength: 510 }),
    }),
  }),
  'respondents.remove': shaped({ docId, respondentId }),
  'rounds.list': shaped({ docId }),
  'rounds.get': shaped({ docId, roundId }),
  'rounds.create': shaped({
    docId,
    title,
    versionId: fc.option(versionId),
    opensOn: fc.option(isoDate),
    closesOn: fc.option(isoDate),
    instructions: longText,
  }),
  'rounds.update': shaped({ docId, roundId, patch: roundPatch }),
  'rounds.remove': shaped({ docId, roundId }),
  'rounds.saveQuestion': shaped({
    docId,
    roundId,
    questionId: fc.option(questionId, { nil: undefined }),
    sectionId: nullableId,
    text: title,
  }),
  'rounds.removeQuestion': shaped({ docId, roundId, questionId }),
  'rounds.package': shaped({ docId, roundId, folder, language }),
  'comments.list': shaped({ docId, roundId }),
  'comments.add': shaped({
    docId,
    roundId,
    comment: shaped({
      respondentId,
      sectionId: nullableId,
      quote,
      questionId: fc.option(questionId),
      text: longText,
      kind: fc.constantFrom('comment', 'change', 'reply'),
      proposal: fc.option(fc.string({ maxLength: 80 })),
    }),
  }),
  'comments.edit': shaped({ docId, commentId, text: longText, respondentId }),
  'comments.remove': shaped({ docId, commentId }),
  'comments.resolve': shaped({
    docId,
    commentIds: fc.array(commentId, { maxLength: 5 }),
    resolution,
    response: longText,
  }),
  'comments.applyChange': shaped({ docId, commentId }),
  'comments.undoChange': shaped({ docId, commentId }),
  'comments.summary': shaped({ docId, roundId }),
  'comments.exportSummary': shaped({
    docId,
    roundId,
    format: fc.constantFrom('docx', 'csv', 'pdf'),
    path: summaryPath,
    language,
  }),
  'comments.importPreview': shaped({
    docId,
    roundId,
    files: fc.array(shaped({ path: commentFile, columns: surveyColumns }), { maxLength: 3 }),
  }),
  'comments.importCommit': shaped({
    docId,
    roundId,
    files: fc.array(shaped({ path: commentFile, digest: fileDigest, columns: surveyColumns }), {
      maxLength: 3,
    }),
    authors: fc.array(
      shaped({
        author: fc.string({ maxLength: 40 }),
        target: fc.oneof(
          shaped({ respondentId }),
          shaped({ create: shaped({ name: title, kind: respondentKind }) }),
        ),
      }),
      { maxLength: 3 },
    ),
  }),
  'planData.get': shaped({ docId }),
  'providers.save': shaped({ docId, provider }),
  'providers.remove': shaped({ docId, providerId }),
  'staffing.save': shaped({ docId, row: staffingRow }),
  'staffing.remove': shaped({ docId, rowId: staffingRowId }),
  'staffing.setRatioSet': shaped({ docId, ratioSetId }),
  'staffing.importPreview': shaped({
    docId,
    path: tableFile,
    columns: fc.option(staffingColumns, { nil: undefined }),
  }),
  'staffing.importCommit': shaped({
    docId,
    path: tableFile,
    digest: tableDigest,
    columns: staffingColumns,
  }),
  'indicators.save': shaped({ docId, indicator }),
  'indicators.remove': shaped({ docId, indicatorId }),
  'indicators.addStarter': shaped({
    docId,
    keys: fc.array(starterKey, { maxLength: 4 }),
    language: fc.option(language, { nil: undefined }),
  }),
  'indicators.setValues': shaped({
    docId,
    indicatorId,
    values: fc.array(indicatorValue, { maxLength: 5 }),
  }),
  'indicators.importPreview': shaped({
    docId,
    path: tableFile,
    indicatorId: fc.option(indicatorId),
    columns: fc.option(indicatorColumns, { nil: undefined }),
  }),
  'indicators.importCommit': shaped({
    docId,
    path: tableFile,
    digest: tableDigest,
    indicatorId: fc.option(indicatorId),
    columns: indicatorColumns,
  }),
  'export.preview': shaped({
    docId,
    ...exportOptions,
    roundId: fc.option(roundId),
    paragraphNumbers: fc.boolean(),
  }),
  'system.openExternal': shaped({ url }),
  'system.openPath': shaped({ path }),
};

/** Every own property of the built-in prototypes, enumerable or not, to catch pollution. */
const builtInPrototypeNames = () =>
  [Object, Array, Function, String].map((type) =>
    Reflect.ownKeys(type.prototype).map(String).sort(),
  );
const prototypeNamesBefore = builtInPrototypeNames();

const sender = fc.constantFrom('window-1', 'window-1', 'window-1', 'window-2');

describe('every channel under random and hostile input', () => {
  it('covers every channel', () => {
    expect(Object.keys(inputs).sort()).toEqual([...channelNames].sort());
  });

  it('notices a write (the check below is not vacuous)', async () => {
    const before = snapshot();
    await t.value('section.save', {
      docId: plan.docId,
      sectionId: sectionIds[0],
      content: lexicalText('Kirjoitus näkyy WAL-tiedostossa'),
    });
    expect(same(before.wal, snapshot().wal)).toBe(false);
  });

  beforeEach(async () => {
    // A fresh WAL per channel: closing folds it into the file, so snapshots stay small.
    await t.call('plan.close', { docId: plan.docId });
    plan = await t.value<OpenedPlan>('plan.open', { path: paths.plan });
    sectionIds = plan.outline.map((entry) => entry.id);
    await addReviewComments();
    await rememberBackupsAndDrafts();
  });

  for (const channel of channelNames) {
    it(
      `${channel}: always a Result; a failed call changes no file`,
      { timeout: 300_000 * SOAK_FACTOR },
      async () => {
        // The state after one call is the state before the next: one snapshot per call.
        let last: Snapshot | null = null;
        await fc.assert(
          fc.asyncProperty(inputs[channel], sender, async (input, senderId) => {
            const before = last ?? snapshot();
            let result: unknown;
            figures.calls++;
            try {
              result = await t.core.handle(channel, input, { senderId });
            } catch (error) {
              figures.crashes++;
              throw new Error(`${channel} threw`, { cause: error });
            }
            expect(ResultShape.safeParse(result).success).toBe(true);
            // What crosses IPC must survive structured cloning.
            expect(() => structuredClone(result)).not.toThrow();
            const answer = result as { ok: boolean; value?: unknown };
            last = snapshot();
            if (!answer.ok) {
              figures.failures++;
              figures.bytesChanged += bytesChanged(before, last);
              expectUnchanged(before, last, channel);
              return;
            }
            figures.successes++;
            if (channel === 'plan.close' && (input as { docId?: unknown }).docId === plan.docId) {
              plan = await t.value<OpenedPlan>('plan.open', { path: paths.plan });
              sectionIds = plan.outline.map((entry) => entry.id);
              last = null;
            }
            if (channel === 'outline.add') sectionIds.push((answer.value as { id: string }).id);
            if (channel === 'comments.add') {
              review.commentIds.push((answer.value as { id: string }).id);
            }
            if (channel === 'rounds.create') {
              review.roundIds.push((answer.value as { id: string }).id);
            }
            rememberData(answer.value);
            rememberKept(answer.value);
            if (channel === 'recovery.stash') {
              kept.draftSectionIds.push((input as { sectionId: string }).sectionId);
            }
          }),
          { numRuns: dataChannel.test(channel) ? RUNS_PER_DATA_CHANNEL : RUNS_PER_CHANNEL },
        );
      },
    );
  }

  it('left no trace of prototype pollution and opened only safe links', () => {
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.keys(Object.prototype)).toEqual([]);
    expect(builtInPrototypeNames()).toEqual(prototypeNamesBefore);
    for (const opened of t.openedUrls) expect(opened).toMatch(/^(https?:\/\/|mailto:)/);
    expect(t.openedUrls.length).toBeGreaterThan(0);
  });
});
