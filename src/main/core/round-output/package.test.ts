import { mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OpenedPlan } from '../../../shared/ipc';
import { CoreError } from '../errors';
import { makeTestCore, type TestCore } from '../testing/test-core';
import { createRoundPlan, FILE_STEM, type RoundPlan } from './testing/round-plan';

/**
 * The send-out package through its channel, on a core without Chromium (its printer always fails): what is refused
 * before anything is written, and that a failure on the way leaves no file behind. The whole
 * package, PDF included, is checked with a real printer in src/main/cli/round-package.test.ts.
 */

let t: TestCore;
let plan: RoundPlan;
let folder: string;

beforeAll(async () => {
  t = makeTestCore({
    printer: {
      print: () => Promise.reject(new CoreError('CHROMIUM_MISSING', { platform: 'linux' })),
    },
  });
  plan = await createRoundPlan(t, join(t.dir, 'plan.opsu'));
  folder = join(t.dir, 'lahetys');
  mkdirSync(folder);
}, 60_000);

afterAll(() => t?.dispose());

const pack = (input: object = {}) =>
  t.call('rounds.package', { docId: plan.docId, roundId: plan.roundId, folder, ...input });

describe('rounds.package', () => {
  it('writes no file, and records no export, when one of them cannot be made', async () => {
    // The letter, the form and the Word draft are ready when the PDF fails.
    expect(await pack()).toMatchObject({ ok: false, error: { code: 'CHROMIUM_MISSING' } });
    expect(readdirSync(folder)).toEqual([]);
    await t.value('plan.close', { docId: plan.docId });
    const db = new Database(plan.path, { readonly: true });
    expect(db.prepare('SELECT count(*) AS n FROM exports').get()).toEqual({ n: 0 });
    db.close();
    plan.docId = (await t.value<OpenedPlan>('plan.open', { path: plan.path })).docId;
  });

  it('refuses a name already taken in the folder before writing anything', async () => {
    const taken = join(folder, `${FILE_STEM} – vastauslomake.xlsx`);
    mkdirSync(taken);
    expect(await pack()).toMatchObject({
      ok: false,
      error: { code: 'FILE_EXISTS', details: { path: taken } },
    });
    expect(readdirSync(folder)).toEqual([`${FILE_STEM} – vastauslomake.xlsx`]);
  });

  it('names its files in the language asked for', async () => {
    // Swedish names are free, so it goes as far as the printer.
    expect(await pack({ language: 'sv' })).toMatchObject({
      ok: false,
      error: { code: 'CHROMIUM_MISSING' },
    });
    mkdirSync(join(folder, `${FILE_STEM} – följebrev.docx`));
    expect(await pack({ language: 'sv' })).toMatchObject({
      ok: false,
      error: { code: 'FILE_EXISTS' },
    });
  });

  it('needs a round of the plan and an existing folder', async () => {
    expect(await pack({ roundId: 'ei-ole' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', details: { what: 'round' } },
    });
    expect(await pack({ folder: join(folder, 'ei-ole') })).toMatchObject({
      ok: false,
      error: { code: 'FILE_NOT_FOUND' },
    });
  });
});
