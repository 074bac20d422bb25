import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DocxPreview } from '../../shared/domain/docx-import';
import type { ExportResult } from '../../shared/domain/export';
import type { Comment, Respondent, Round } from '../../shared/domain/rounds';
import type { OpenedPlan } from '../../shared/ipc';
import { lexicalRuns } from '../core/rounds/testing';
import { makeTestCore, type TestCore } from '../core/testing/test-core';
import { launchingChromiumPrinter } from './chromium-printer';
import { pdfToolsMissing } from './testing';

/**
 * The export features of the comment round: paragraph numbers ("4.1, kappale 2") in the PDF and
 * as Word's own numbering in the DOCX, the comment summary annex in both, the page preview (the
 * same PDF, written nowhere), progress reports, and opening an exported file.
 */

const skipReason = pdfToolsMissing('export annex tests');

const artifacts = resolve(import.meta.dirname, '../../../e2e/artifacts/export');
const run = (command: string, args: string[]) =>
  execFileSync(command, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
const pdftotext = (file: string, args: string[] = []) =>
  run('pdftotext', [...args, file, '-']).replace(/\u00ad/g, '');
const pagesOf = (file: string) => Number(/^Pages:\s+(\d+)$/m.exec(run('pdfinfo', [file]))![1]);

const FIRST = [
  'Opiskeluhuolto on kaikkien oppilaitoksessa työskentelevien yhteinen tehtävä.',
  'Yhteisöllinen opiskeluhuolto edistää koko oppilaitosyhteisön hyvinvointia.',
  'Yksilökohtaista opiskeluhuoltoa toteutetaan monialaisessa asiantuntijaryhmässä.',
];
const SECOND = [
  'Kuraattori tavataan viimeistään seitsemäntenä työpäivänä yhteydenotosta.',
  'Kiireellisessä tapauksessa tapaaminen järjestetään samana tai seuraavana työpäivänä.',
];

describe.skipIf(skipReason !== null)('export with a comment round', { timeout: 180_000 }, () => {
  let t: TestCore;
  let printer: ReturnType<typeof launchingChromiumPrinter>;
  let plan: OpenedPlan;
  let docId: string;
  let round: Round;
  let pdf: ExportResult;
  let docx: ExportResult;

  beforeAll(async () => {
    printer = launchingChromiumPrinter(process.env);
    t = makeTestCore({ printer });
    plan = await t.value<OpenedPlan>('plan.create', {
      path: join(t.dir, 'kierros.opsu'),
      title: 'Keski-Uudenmaan opiskeluhuoltosuunnitelma',
      region: 'Keski-Uusimaa',
    });
    docId = plan.docId;
    const [first, second] = plan.outline;
    await t.value('section.save', {
      docId,
      sectionId: first!.id,
      content: lexicalRuns(...FIRST.map((text): Array<[string, number]> => [[text, 0]])),
    });
    await t.value('section.save', {
      docId,
      sectionId: second!.id,
      content: lexicalRuns(...SECOND.map((text): Array<[string, number]> => [[text, 0]])),
    });
  }, 120_000);

  afterAll(async () => {
    t?.dispose();
    await printer?.close();
  });

  it('refuses the comments annex of a plan without rounds, writing nothing', async () => {
    const refused = {
      ok: false,
      error: {
        code: 'NOT_FOUND',
        details: { what: 'round' },
        messageKey: 'errors.NOT_FOUND_round',
      },
    };
    const input = { docId, annexes: ['comments'] };
    const path = (name: string) => join(t.dir, name);
    expect(await t.call('export.pdf', { ...input, path: path('ei.pdf') })).toMatchObject(refused);
    expect(await t.call('export.docx', { ...input, path: path('ei.docx') })).toMatchObject(refused);
    expect(await t.call('export.preview', input)).toMatchObject(refused);
    expect(readdirSync(t.dir).filter((name) => name.startsWith('ei'))).toEqual([]);
  });

  it('prints paragraph numbers and the comment summary annex (PDF)', async () => {
    const [first, second] = plan.outline;
    const respondent = async (name: string) =>
      (
        await t.value<Respondent[]>('respondents.save', {
          docId,
          respondent: { name, kind: 'municipality' },
        })
      ).find((entry) => entry.name === name)!;
    const jyvaskyla = await respondent('Jyväskylän kaupunki');
    const kerava = await respondent('Keravan kaupunki');
    round = await t.value<Round>('rounds.create', {
      docId,
      title: 'Lausuntokierros kevät 2026',
      versionId: null,
    });
    const add = (comment: object) =>
      t.value<Comment>('comments.add', { docId, roundId: round.id, comment });
    const accepted = await add({
      respondentId: jyvaskyla.id,
      sectionId: first!.id,
      quote: { exact: 'yhteinen tehtävä', prefix: 'työskentelevien ', suffix: '.' },
      text: 'Mainitkaa myös nuorisotyö yhteistyökumppanina.',
    });
    await add({
      respondentId: kerava.id,
      sectionId: second!.id,
      quote: { exact: 'seitsemäntenä työpäivänä', prefix: 'viimeistään ', suffix: ' yhteyd' },
      text: '',
      kind: 'change',
      proposal: 'kolmantena työpäivänä',
    });
    await add({ respondentId: kerava.id, sectionId: null, text: 'Selkeä ja hyvä luonnos.' });
    await t.value('comments.resolve', {
      docId,
      commentIds: [accepted.id],
      resolution: 'accepted',
      response: 'Nuorisotyö lisätty lukuun.',
    });

    t.progress.length = 0;
    pdf = await t.value<ExportResult>('export.pdf', {
      docId,
      path: join(t.dir, 'lausunnoille.pdf'),
      annexes: ['comments'],
      paragraphNumbers: true,
    });
    const text = pdftotext(pdf.path);
    // Each paragraph's number comes right before it, counting from 1 in each section.
    const numbered = (texts: string[]) =>
      texts.forEach((paragraph, index) =>
        expect(text.replace(/\s+/g, ' ')).toContain(`${index + 1} ${paragraph.slice(0, 30)}`),
      );
    numbered(FIRST);
    numbered(SECOND);
    const annex = text.slice(text.lastIndexOf('Liite 1. Kommenttikooste ja vastineet'));
    const flat = annex.replace(/\s+/g, ' ');
    expect(flat).toContain('Kommenttikierros ”Lausuntokierros kevät 2026”');
    expect(flat).toContain('3 kommenttia, joista 1 käsitelty');
    for (const expected of [
      'K1',
      'Jyväskylän kaupunki',
      '”yhteinen tehtävä”',
      'Nuorisotyö lisätty lukuun.',
      'Ehdotettu muotoilu: ”kolmantena työpäivänä”',
      'Yleiset kommentit',
      'Selkeä ja hyvä luonnos.',
    ]) {
      expect(flat).toContain(expected);
    }
    expect(flat.indexOf('Jyväskylän kaupunki')).toBeLessThan(flat.indexOf('Yleiset kommentit'));

    mkdirSync(artifacts, { recursive: true });
    const annexPage = pdftotext(pdf.path)
      .split('\f')
      .findLastIndex((page) => page.includes('Liite 1.'));
    expect(annexPage).toBeGreaterThan(1);
    run('pdftoppm', [
      ...['-png', '-r', '60', '-f', String(annexPage + 1), '-l', String(annexPage + 1)],
      ...['-singlefile', pdf.path, join(artifacts, 'annex-comments')],
    ]);
    const textPage =
      pdftotext(pdf.path)
        .split('\f')
        .findIndex((page) => page.includes(FIRST[1]!.slice(0, 30))) + 1;
    run('pdftoppm', [
      ...['-png', '-r', '60', '-f', String(textPage), '-l', String(textPage), '-singlefile'],
      ...[pdf.path, join(artifacts, 'paragraph-numbers')],
    ]);
    expect(existsSync(join(artifacts, 'annex-comments.png'))).toBe(true);
  });

  it('reports progress in order, ending at the write', () => {
    const stages = t.progress.map((entry) => entry.stage);
    expect(stages[0]).toBe('collect');
    expect(stages.slice(1, 3)).toEqual(['layout', 'contents']);
    expect(stages).toContain('print');
    expect(stages.at(-1)).toBe('write');
    const fractions = t.progress.map((entry) => entry.fraction);
    expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
    expect(fractions.at(-1)).toBe(1);
    expect(new Set(t.progress.map((entry) => `${entry.senderId} ${entry.docId}`))).toEqual(
      new Set([`window-1 ${docId}`]),
    );
  });

  it('previews the same PDF without writing or recording it', async () => {
    const before = readdirSync(t.dir).sort();
    t.progress.length = 0;
    const preview = await t.value<{ pdfBase64: string; pages: number }>('export.preview', {
      docId,
      annexes: ['comments'],
      paragraphNumbers: true,
    });
    expect(preview.pages).toBe(pdf.pages);
    const bytes = Buffer.from(preview.pdfBase64, 'base64');
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    const copy = join(t.dir, '..', 'preview.pdf');
    writeFileSync(copy, bytes);
    expect(pagesOf(copy)).toBe(pdf.pages);
    expect(readdirSync(t.dir).sort()).toEqual(before);
    expect(t.progress.at(-1)).toMatchObject({ stage: 'print', fraction: 1 });
    expect(t.progress.map((entry) => entry.stage)).not.toContain('write');
  });

  it('opens exported files only', async () => {
    expect(await t.value('system.openPath', { path: pdf.path })).toBeNull();
    expect(t.openedPaths).toEqual([pdf.path]);
    const plainFile = join(t.dir, 'kierros.opsu');
    expect(await t.call('system.openPath', { path: plainFile })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    });
    expect(t.openedPaths).toEqual([pdf.path]);
  });

  it('numbers the Word copy with Word numbering, restarting in each section, text unchanged', async () => {
    docx = await t.value<ExportResult>('export.docx', {
      docId,
      path: join(t.dir, 'lausunnoille.docx'),
      annexes: ['comments'],
      paragraphNumbers: true,
    });
    const zip = await JSZip.loadAsync(readFileSync(docx.path));
    const xml = await zip.file('word/document.xml')!.async('string');
    const numbering = await zip.file('word/numbering.xml')!.async('string');
    const paragraphs = [
      ...xml.matchAll(/<w:p>(?:(?!<\/w:p>).)*<\/w:p>|<w:p [^>]*>(?:(?!<\/w:p>).)*<\/w:p>/g),
    ].map((match) => match[0]);
    const numIdOf = (text: string) => {
      const paragraph = paragraphs.find((entry) => entry.includes(text));
      expect(paragraph, text).toBeDefined();
      // The number is Word's: the paragraph's own text is just the text.
      const texts = [...paragraph!.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
      expect(texts).toBe(text);
      return /<w:numId w:val="(\d+)"\/>/.exec(paragraph!)?.[1];
    };
    const firstIds = FIRST.map(numIdOf);
    const secondIds = SECOND.map(numIdOf);
    expect(new Set(firstIds).size).toBe(1);
    expect(new Set(secondIds).size).toBe(1);
    expect(firstIds[0]).toBeDefined();
    expect(secondIds[0]).not.toBe(firstIds[0]);
    // Each section's instance restarts at 1 on the same decimal definition.
    for (const id of [firstIds[0], secondIds[0]]) {
      expect(numbering).toMatch(
        new RegExp(
          `<w:num w:numId="${id}"><w:abstractNumId w:val="\\d+"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/>`,
        ),
      );
    }
    // The comment annex's cells and headings are not numbered.
    expect(numIdOf('Nuorisotyö lisätty lukuun.')).toBeUndefined();
    expect(xml).toContain('Liite 1. Kommenttikooste ja vastineet');
    expect(xml).toContain('Ehdotettu muotoilu: ”kolmantena työpäivänä”');
  });

  it('re-imports the numbered Word copy with the same sections and text', async () => {
    const preview = await t.value<DocxPreview>('import.docxPreview', { source: docx.path });
    const titles = preview.sections.map((section) => section.title);
    for (const entry of plan.outline.slice(0, 2)) expect(titles).toContain(entry.title);
    const first = preview.sections.find((section) => section.title === plan.outline[0]!.title)!;
    expect(first.excerpt.startsWith(FIRST[0]!.slice(0, 20))).toBe(true);
  });
});
