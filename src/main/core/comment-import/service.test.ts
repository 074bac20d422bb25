import { createHash } from 'node:crypto';
import { truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { HeadingLevel, Paragraph, TextRun } from 'docx';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type {
  CommentImportPreview,
  CommentImportReport,
} from '../../../shared/domain/comment-import';
import type { CommentList, Respondent } from '../../../shared/domain/rounds';
import type { AppError } from '../../../shared/result';
import { compoundFile, PNG, zipBuffer } from '../docx-import/fixtures';
import type * as Store from '../rounds/store';
import type * as DocxComments from './docx-comments';
import { roundPlan } from '../rounds/testing';
import { makeTestCore, type TestCore } from '../testing/test-core';
import { commented, commentedDocx, returnedDocx } from './fixtures';
import { surveyCsv, surveyXlsx } from './survey-fixtures';
import type { ParsedComment, ParsedFile } from './types';

/** Comments written before the disk fills up (Infinity: it never does). */
const disk = vi.hoisted(() => ({ commentsUntilFull: Infinity }));
vi.mock('../rounds/store', async (original) => {
  const store = await original<typeof Store>();
  return {
    ...store,
    insertComment: (...args: Parameters<typeof store.insertComment>) => {
      if (disk.commentsUntilFull-- <= 0) {
        throw Object.assign(new Error('database or disk is full'), { code: 'SQLITE_FULL' });
      }
      return store.insertComment(...args);
    },
  };
});

/** What the Word reader returns instead of reading the file (null: it reads it). */
const word = vi.hoisted(() => ({ parsed: null as ParsedFile | null }));
vi.mock('./docx-comments', async (original) => {
  const reader = await original<typeof DocxComments>();
  return {
    readDocxComments: (bytes: Uint8Array) =>
      word.parsed ? Promise.resolve(word.parsed) : reader.readDocxComments(bytes),
  };
});

let t: TestCore;
beforeEach(() => {
  t = makeTestCore();
  disk.commentsUntilFull = Infinity;
  word.parsed = null;
});
afterEach(() => t.dispose());

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

const FIRST_TEXT = 'Opiskeluhuolto on kaikkien yhteinen asia.';
const SECOND_TEXT = 'Kuraattori tavataan viikon sisällä yhteydenotosta.';

/** A plan with two sections of text and a round on it, and a way to write returned files. */
async function setUp() {
  const plan = await roundPlan(t);
  const round = await plan.round('Lausuntokierros 2026');
  const { docId, first, second } = plan;
  const file = (name: string, bytes: Buffer) => {
    const path = join(t.dir, name);
    writeFileSync(path, bytes);
    return path;
  };
  /** A returned draft of this plan: 3 comments (one a reply) and 1 change, by two authors. */
  const returned = (authors: [string, string], replacement?: string) =>
    returnedDocx({
      sections: [
        { heading: `${first.number} ${first.title}`, level: 1, paragraphs: [FIRST_TEXT] },
        { heading: `${second.number} ${second.title}`, level: 1, paragraphs: [SECOND_TEXT] },
      ],
      authors,
      ...(replacement === undefined ? {} : { replacement }),
    });
  const preview = (files: Array<{ path: string; columns?: object }>) =>
    t.value<CommentImportPreview>('comments.importPreview', { docId, roundId: round.id, files });
  const commit = (preview: CommentImportPreview, authors: unknown[] = []) =>
    t.value<CommentImportReport>('comments.importCommit', {
      docId,
      roundId: round.id,
      files: preview.files.map(({ path, digest }) => ({ path, digest })),
      authors,
    });
  const comments = async () =>
    (await t.value<CommentList>('comments.list', { docId, roundId: round.id })).comments;
  const respondents = () => t.value<Respondent[]>('respondents.list', { docId });
  const failure = async (channel: string, input: object): Promise<AppError> => {
    const result = await t.call(channel, { docId, roundId: round.id, ...input });
    if (result.ok) throw new Error(`${channel} succeeded`);
    return result.error;
  };
  return { ...plan, round, file, returned, preview, commit, comments, respondents, failure };
}

const survey = (rows: string[][]) => surveyCsv([['Organisaatio', 'Luku', 'Kommentti'], ...rows]);

describe('comment import', { timeout: 120_000 }, () => {
  it('imports two Word files and a survey into one round, all in one go', async () => {
    const s = await setUp();
    const kerava = await s.respondent('Keravan kaupunki');
    const first = s.file('kerava.docx', await s.returned(['Keravan kaupunki', 'K. Virtanen']));
    const second = s.file('tuusula.docx', await s.returned(['Tuusulan kunta', 'Sivistystoimi']));
    const csv = s.file(
      'kysely.csv',
      survey([
        ['Nurmijärven kunta', s.first.number, 'Hyvä johdanto.'],
        ['Nurmijärven kunta', '9.9', 'Lisätkää tietosuoja.'],
        ['Keravan kaupunki', '', 'Kokonaisuutena selkeä.'],
      ]),
    );

    const preview = await s.preview([{ path: first }, { path: second }, { path: csv }]);
    expect(preview.files.map((f) => [f.name, f.kind, f.comments, f.changes, f.replies])).toEqual([
      ['kerava.docx', 'docx', 4, 1, 1],
      ['tuusula.docx', 'docx', 4, 1, 1],
      ['kysely.csv', 'csv', 3, 0, 0],
    ]);
    expect(preview.files[0]!.authors).toEqual([
      { author: 'Keravan kaupunki', comments: 2, respondentId: kerava.id, remembered: false },
      { author: 'K. Virtanen', comments: 2, respondentId: null, remembered: false },
    ]);
    expect(preview.files[2]!.survey).toMatchObject({
      delimiter: ';',
      headers: ['Organisaatio', 'Luku', 'Kommentti'],
      columns: { organisation: 0, section: 1, comment: 2, quote: null },
      unplaced: [],
      rows: 3,
      general: [{ row: 3, section: '9.9' }],
    });
    expect(preview.files[2]!.survey!.sample[0]).toEqual([
      'Nurmijärven kunta',
      s.first.number,
      'Hyvä johdanto.',
    ]);
    // A preview writes nothing.
    expect(await s.comments()).toEqual([]);

    const report = await s.commit(preview, [
      { author: 'K. Virtanen', target: { respondentId: kerava.id } },
      {
        author: 'Sivistystoimi',
        target: { create: { name: 'Tuusulan kunta', kind: 'municipality' } },
      },
    ]);
    expect(report).toMatchObject({ imported: 11, changes: 2, replies: 2, general: 2 });
    expect(report.files.map((f) => [f.name, f.imported, f.repeated])).toEqual([
      ['kerava.docx', 4, false],
      ['tuusula.docx', 4, false],
      ['kysely.csv', 3, false],
    ]);
    // "Tuusulan kunta" as an author then finds the respondent created for "Sivistystoimi".
    expect(report.respondentsCreated).toEqual(['Tuusulan kunta', 'Nurmijärven kunta']);

    const comments = await s.comments();
    const kinds = (await s.respondents()).map((r) => [r.name, r.kind]);
    expect(kinds).toEqual([
      ['Keravan kaupunki', 'municipality'],
      ['Nurmijärven kunta', 'other'],
      ['Tuusulan kunta', 'municipality'],
    ]);
    const fromKerava = comments.filter((c) => c.sourceFile === 'kerava.docx');
    expect(fromKerava.every((c) => c.respondentId === kerava.id)).toBe(true);
    const [question, reply] = fromKerava.filter(
      (c) => c.sourceRef !== 'comment:1' && c.kind === 'comment',
    );
    expect(question).toMatchObject({
      sourceRef: 'comment:2',
      sourceAuthor: 'K. Virtanen',
      section: { id: s.second.id },
      quote: { exact: 'Kuraattori tavataan viikon' },
      anchor: 'found',
      source: 'docx',
    });
    expect(reply).toMatchObject({ sourceRef: 'comment:3', parentId: question!.id });
    expect(fromKerava.find((c) => c.kind === 'change')).toMatchObject({
      quote: { exact: 'yhteydenotosta' },
      proposal: 'lukukausittain',
      section: { id: s.second.id },
    });
    const rows = comments.filter((c) => c.source === 'survey');
    expect(rows.map((c) => [c.sourceRef, c.section?.id ?? null, c.text])).toEqual([
      ['row:2', s.first.id, 'Hyvä johdanto.'],
      ['row:3', null, 'Lisätkää tietosuoja.'],
      ['row:4', null, 'Kokonaisuutena selkeä.'],
    ]);
  });

  it('remembers how authors were mapped for the next import', async () => {
    const s = await setUp();
    const kerava = await s.respondent('Keravan kaupunki');
    const path = s.file('kerava.docx', await s.returned(['K. Virtanen', 'Opetustoimi']));
    await s.commit(await s.preview([{ path }]), [
      { author: 'K. Virtanen', target: { respondentId: kerava.id } },
    ]);
    const next = s.file(
      'kysely.csv',
      survey([
        ['k.  virtanen', s.first.number, 'Vielä yksi huomio.'],
        ['Opetustoimi', s.first.number, 'Ja toinen.'],
      ]),
    );
    const preview = await s.preview([{ path: next }]);
    const opetustoimi = (await s.respondents()).find((r) => r.name === 'Opetustoimi')!;
    expect(preview.files[0]!.authors).toEqual([
      { author: 'k. virtanen', comments: 1, respondentId: kerava.id, remembered: true },
      // Created by name in the first import: the same name, not a remembered alias.
      { author: 'Opetustoimi', comments: 1, respondentId: opetustoimi.id, remembered: false },
    ]);
    const report = await s.commit(preview);
    expect(report.respondentsCreated).toEqual([]);
    const latest = (await s.comments()).filter((c) => c.sourceFile === 'kysely.csv');
    expect(latest.map((c) => c.respondentId)).toEqual([kerava.id, opetustoimi.id]);
    expect((await s.respondents()).find((r) => r.id === kerava.id)!.aliases).toEqual([
      'k. virtanen',
    ]);

    // Mapped elsewhere once, a name goes there again, though a respondent has that very name.
    const moved = s.file('siirretty.csv', survey([['Opetustoimi', '', 'Kolmas.']]));
    await s.commit(await s.preview([{ path: moved }]), [
      { author: 'Opetustoimi', target: { respondentId: kerava.id } },
    ]);
    const last = s.file('viimeinen.csv', survey([['Opetustoimi', '', 'Neljäs.']]));
    const lastPreview = await s.preview([{ path: last }]);
    expect(lastPreview.files[0]!.authors[0]).toMatchObject({
      respondentId: kerava.id,
      remembered: true,
    });
    await s.commit(lastPreview);
    expect((await s.comments()).at(-1)).toMatchObject({ text: 'Neljäs.', respondentId: kerava.id });
  });

  it('warns on a file imported before and skips what is already in the round', async () => {
    const s = await setUp();
    const path = s.file('kerava.docx', await s.returned(['Keravan kaupunki', 'Tuusulan kunta']));
    await s.commit(await s.preview([{ path }]));
    t.clock.advance(60_000);
    const again = await s.preview([{ path }]);
    expect(again.files[0]!.previouslyImported).toEqual({
      at: '2026-03-01T09:00:00.000Z',
      comments: 4,
    });
    const report = await s.commit(again);
    expect(report.imported).toBe(0);
    expect(report.files[0]!.repeated).toBe(true);
    expect(report.files[0]!.skipped.map((item) => [item.commentNo, item.reason])).toEqual([
      [1, 'duplicate'],
      [2, 'duplicate'],
      [3, 'duplicate'],
      [null, 'duplicate'],
    ]);
    expect(await s.comments()).toHaveLength(4);

    // A file with one change more: only the new change proposal comes in.
    const changed = s.file(
      'kerava-2.docx',
      await s.returned(['Keravan kaupunki', 'Tuusulan kunta'], 'heti'),
    );
    const third = await s.commit(await s.preview([{ path: changed }]));
    expect(third).toMatchObject({ imported: 1, changes: 1 });
    expect(third.files[0]!.repeated).toBe(false);
  });

  it('skips the same comment given twice in one import', async () => {
    const s = await setUp();
    const csv = s.file(
      'kysely.csv',
      survey([
        ['Keravan kaupunki', s.first.number, 'Sama asia.'],
        ['Keravan  kaupunki', s.first.number, 'Sama  asia.'],
      ]),
    );
    const report = await s.commit(await s.preview([{ path: csv }]));
    expect(report.imported).toBe(1);
    expect(report.files[0]!.skipped).toEqual([
      { row: 3, commentNo: null, reason: 'duplicate', excerpt: 'Sama asia.' },
    ]);
  });

  it('refuses a file changed since its preview, writing nothing', async () => {
    const s = await setUp();
    const good = s.file('a.docx', await s.returned(['Keravan kaupunki', 'Tuusulan kunta']));
    const path = s.file('b.docx', await s.returned(['Järvenpää', 'Mäntsälä']));
    const preview = await s.preview([{ path: good }, { path }]);
    writeFileSync(path, await s.returned(['Järvenpää', 'Mäntsälä'], 'muuten'));
    const error = await s.failure('comments.importCommit', {
      files: preview.files.map(({ path, digest }) => ({ path, digest })),
    });
    expect(error).toMatchObject({ code: 'SOURCE_CHANGED', details: { path } });
    expect(await s.comments()).toEqual([]);
    expect(await s.respondents()).toEqual([]);
  });

  it('refuses damaged, encrypted, oversized and other files by their content', async () => {
    const s = await setUp();
    const docx = await s.returned(['Keravan kaupunki', 'Tuusulan kunta']);
    const good = s.file('hyva.docx', docx);
    const big = s.file('iso.csv', Buffer.from('a;b\n'));
    truncateSync(big, 64 * 1024 * 1024 + 1);
    const cases: Array<[string, Buffer | null, object]> = [
      ['katkennut.docx', docx.subarray(0, docx.length - 200), { code: 'DAMAGED_FILE' }],
      ['salattu.docx', compoundFile(['EncryptedPackage', 'EncryptionInfo']), { code: 'ENCRYPTED' }],
      [
        'vanha.doc',
        compoundFile(['WordDocument']),
        { code: 'WRONG_FORMAT', details: { found: 'doc' } },
      ],
      [
        'vanha.xls',
        compoundFile(['Workbook']),
        { code: 'WRONG_FORMAT', details: { found: 'xls' } },
      ],
      ['kuva.csv', PNG, { code: 'WRONG_FORMAT', details: { found: 'notReturned' } }],
      [
        'esitys.docx',
        zipBuffer([{ name: 'ppt/presentation.xml', data: Buffer.from('<p/>') }]),
        { code: 'WRONG_FORMAT', details: { found: 'notReturned' } },
      ],
      ['iso.csv', null, { code: 'TOO_LARGE', details: { limitMb: 64 } }],
    ];
    for (const [name, bytes, expected] of cases) {
      const path = bytes === null ? big : s.file(name, bytes);
      const error = await s.failure('comments.importPreview', {
        files: [{ path: good }, { path }],
      });
      expect(error, name).toMatchObject({ ...expected, details: { path } });
      // The commit reads every file again, and refuses the same way.
      const commit = await s.failure('comments.importCommit', {
        files: [
          { path: good, digest: sha256(docx) },
          { path, digest: sha256(bytes ?? Buffer.alloc(0)) },
        ],
      });
      expect(commit, name).toMatchObject(expected);
    }
    expect(await s.comments()).toEqual([]);
    expect(await s.respondents()).toEqual([]);
  });

  it('writes nothing at all when a later file of the import fails', async () => {
    const s = await setUp();
    const first = s.file('a.docx', await s.returned(['Keravan kaupunki', 'Tuusulan kunta']));
    const second = s.file('b.docx', await s.returned(['Järvenpää', 'Mäntsälä']));
    const preview = await s.preview([{ path: first }, { path: second }]);
    // The first file's four comments are written, then the disk fills up.
    disk.commentsUntilFull = 4;
    const error = await s.failure('comments.importCommit', {
      files: preview.files.map(({ path, digest }) => ({ path, digest })),
      authors: [
        {
          author: 'Järvenpää',
          target: { create: { name: 'Järvenpään kaupunki', kind: 'municipality' } },
        },
      ],
    });
    expect(error.code).toBe('DISK_FULL');
    disk.commentsUntilFull = Infinity;
    expect(await s.comments()).toEqual([]);
    expect(await s.respondents()).toEqual([]);
    expect((await s.preview([{ path: first }])).files[0]!.previouslyImported).toBeNull();
  });

  it('refuses a mapping to a new respondent whose name is taken, writing nothing', async () => {
    const s = await setUp();
    await s.respondent('Mäntsälän kunta');
    const path = s.file('b.docx', await s.returned(['Järvenpää', 'Mäntsälä']));
    const preview = await s.preview([{ path }]);
    const error = await s.failure('comments.importCommit', {
      files: preview.files.map(({ path, digest }) => ({ path, digest })),
      authors: [
        { author: 'Järvenpää', target: { create: { name: 'Järvenpää', kind: 'municipality' } } },
        {
          author: 'Mäntsälä',
          target: { create: { name: 'Mäntsälän kunta', kind: 'municipality' } },
        },
      ],
    });
    expect(error).toMatchObject({ code: 'DUPLICATE_NAME', details: { name: 'Mäntsälän kunta' } });
    expect(await s.comments()).toEqual([]);
    expect((await s.respondents()).map((r) => r.name)).toEqual(['Mäntsälän kunta']);
  });

  it('previews a survey without a known comment column and imports it once mapped', async () => {
    const s = await setUp();
    const path = s.file(
      'vastaukset.xlsx',
      await surveyXlsx([
        ['Vastaaja', 'Mitä mieltä olette?', 'Aikaleima'],
        ['Keravan kaupunki', 'Hyvä suunnitelma.', '2.3.2026'],
      ]),
    );
    const preview = await s.preview([{ path }]);
    expect(preview.files[0]).toMatchObject({ kind: 'xlsx', comments: 0, authors: [] });
    expect(preview.files[0]!.survey).toMatchObject({ sheet: 'Vastaukset', columns: null, rows: 1 });
    expect(preview.files[0]!.survey!.unplaced).toContain('Mitä mieltä olette?');

    const unmapped = await s.failure('comments.importCommit', {
      files: [{ path, digest: preview.files[0]!.digest }],
    });
    expect(unmapped).toMatchObject({ code: 'INVALID_INPUT', details: { issue: 'columns', path } });
    expect(await s.comments()).toEqual([]);

    const columns = { organisation: 0, section: null, comment: 1, quote: null };
    const mapped = await s.preview([{ path, columns }]);
    expect(mapped.files[0]!.survey).toMatchObject({ columns, unplaced: ['Aikaleima'] });
    expect(mapped.files[0]!.comments).toBe(1);
    const wide = await s.failure('comments.importPreview', {
      files: [{ path, columns: { ...columns, quote: 7 } }],
    });
    expect(wide).toMatchObject({ code: 'INVALID_INPUT', details: { issue: 'columns' } });
    const report = await t.value<CommentImportReport>('comments.importCommit', {
      docId: s.docId,
      roundId: s.round.id,
      files: [{ path, digest: mapped.files[0]!.digest, columns }],
    });
    expect(report).toMatchObject({ imported: 1, general: 1 });
  });

  it('tells a CSV by its content, in the encodings survey tools write', async () => {
    const s = await setUp();
    const rows = [
      ['Organisaatio', 'Kommentti'],
      ['Järvenpää', 'Hyvä, selkeä.'],
    ];
    const files = (['utf-16', 'windows-1252', 'utf-8-bom'] as const).map((encoding) => ({
      path: s.file(`${encoding}.txt`, surveyCsv(rows, { encoding, delimiter: '\t' })),
    }));
    const preview = await s.preview(files);
    expect(preview.files.map((f) => [f.kind, f.survey?.encoding, f.survey?.sample])).toEqual([
      ['csv', 'utf-16', [rows[1]]],
      ['csv', 'windows-1252', [rows[1]]],
      ['csv', 'utf-8-bom', [rows[1]]],
    ]);
  });

  it('names a survey without an organisation column after its file', async () => {
    const s = await setUp();
    const path = s.file(
      'Keravan kaupunki.csv',
      surveyCsv([
        ['Luku', 'Kommentti'],
        ['', 'Selkeä.'],
      ]),
    );
    const preview = await s.preview([{ path }]);
    expect(preview.files[0]!.authors).toEqual([
      { author: '', comments: 1, respondentId: null, remembered: false },
    ]);
    const report = await s.commit(preview);
    expect(report.respondentsCreated).toEqual(['Keravan kaupunki']);
    expect((await s.comments())[0]).toMatchObject({
      respondentName: 'Keravan kaupunki',
      sourceAuthor: null,
    });
  });

  it('keeps markup as text and imports a quote the round version does not have', async () => {
    const s = await setUp();
    const script = '<script>alert("x")</script> & <b>lihava</b>';
    const docx = s.file(
      'muokattu.docx',
      await commentedDocx(
        [
          new Paragraph({
            text: `${s.first.number} ${s.first.title}`,
            heading: HeadingLevel.HEADING_1,
          }),
          new Paragraph({
            children: commented(0, new TextRun('Tätä lausetta ei ole suunnitelmassa.')),
          }),
        ],
        [
          {
            id: 0,
            author: 'Keravan kaupunki',
            date: new Date(),
            children: [new Paragraph(script)],
          },
        ],
      ),
    );
    const csv = s.file('kysely.csv', survey([['<img src=x onerror=alert(1)>', '', script]]));
    await s.commit(await s.preview([{ path: docx }, { path: csv }]));
    const [word, row] = await s.comments();
    expect(word).toMatchObject({
      text: script,
      quote: { exact: 'Tätä lausetta ei ole suunnitelmassa.' },
      section: { id: s.first.id },
      anchor: 'orphaned',
    });
    expect(row).toMatchObject({ text: script, respondentName: '<img src=x onerror=alert(1)>' });
  });

  it('guards against comments a reader should not hand over', async () => {
    const s = await setUp();
    const base: ParsedComment = {
      commentNo: null,
      row: null,
      author: 'Keravan kaupunki',
      sectionHint: `${s.second.number} ${s.second.title}`,
      quote: { exact: 'Kuraattori', prefix: '', suffix: ' tavataan' },
      text: 'Hyvä.',
      kind: 'comment',
      proposal: null,
      parentNo: null,
      date: null,
    };
    word.parsed = {
      comments: [
        // A reply listed before its parent, without a section of its own.
        { ...base, commentNo: 2, parentNo: 1, sectionHint: null, text: 'Samaa mieltä.' },
        { ...base, commentNo: 1 },
        { ...base, commentNo: 3, parentNo: 9, text: 'Vastaus puuttuvaan.' },
        { ...base, commentNo: 4, parentNo: 5, text: 'Kehä A.' },
        { ...base, commentNo: 5, parentNo: 4, text: 'Kehä B.' },
        { ...base, commentNo: 6, text: '   ' },
        { ...base, kind: 'change', quote: null, proposal: 'uusi', text: '' },
        { ...base, kind: 'change', proposal: 'x'.repeat(4001), text: '' },
      ],
      skipped: [],
    };
    const path = s.file('kerava.docx', await s.returned(['Keravan kaupunki', 'Tuusulan kunta']));
    const report = await s.commit(await s.preview([{ path }]));
    expect(report).toMatchObject({ imported: 2, replies: 1, general: 0 });
    expect(report.files[0]!.skipped.map((item) => [item.commentNo, item.reason])).toEqual([
      [3, 'orphanReply'],
      [5, 'orphanReply'],
      [4, 'orphanReply'],
      [6, 'emptyText'],
      [null, 'unsupportedChange'],
      [null, 'unsupportedChange'],
    ]);
    const [parent, reply] = await s.comments();
    expect(parent).toMatchObject({ sourceRef: 'comment:1', section: { id: s.second.id } });
    expect(reply).toMatchObject({
      sourceRef: 'comment:2',
      parentId: parent!.id,
      section: { id: s.second.id },
    });
  });

  it('refuses an unknown round before reading any file', async () => {
    const s = await setUp();
    const error = await t.call('comments.importPreview', {
      docId: s.docId,
      roundId: 'nosuchround',
      files: [{ path: join(t.dir, 'missing.docx') }],
    });
    expect(error).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    const missing = await s.failure('comments.importPreview', {
      files: [{ path: join(t.dir, 'missing.docx') }],
    });
    expect(missing).toMatchObject({ code: 'FILE_NOT_FOUND' });
  });
});
