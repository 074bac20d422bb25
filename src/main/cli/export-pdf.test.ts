import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExportResult } from '../../shared/domain/export';
import type { Outline } from '../../shared/domain/section';
import type { VersionSummary } from '../../shared/domain/versions';
import { flattenTemplate } from '../../shared/statutory/template';
import type { Printer } from '../core/ports';
import { launchingChromiumPrinter } from './chromium-printer';
import { pdfToolsMissing } from './testing';
import { makeTestCore, type TestCore } from '../core/testing/test-core';
import { openPdf } from '../core/export/pdf-pages';
import { createSamplePlan } from '../core/export/testing/sample-plan';

/**
 * The PDF itself, as the council's secretary and a screen reader get it: printed by the CLI's
 * printer on this machine's Chromium and read back with poppler (pdfinfo, pdffonts, pdftotext,
 * pdftoppm) and pdf.js. Page images go to e2e/artifacts/export/ for a person to look at.
 */

const skipReason = pdfToolsMissing('export PDF tests');

const artifacts = resolve(import.meta.dirname, '../../../e2e/artifacts/export');
const SOFT_HYPHEN = /\u00ad/g;

const run = (command: string, args: string[]) =>
  execFileSync(command, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
/** Text as a reader extracts it: soft hyphens (invisible hyphenation points) removed. */
const pdftotext = (file: string, args: string[] = []) =>
  run('pdftotext', [...args, file, '-']).replace(SOFT_HYPHEN, '');
const squash = (text: string) => text.replace(SOFT_HYPHEN, '').replace(/\s+/g, '');

/** Each page's text as pdf.js extracts it (also the rotated draft mark, which pdftotext skips). */
async function pageTexts(file: string): Promise<string[]> {
  const doc = await openPdf(new Uint8Array(readFileSync(file)));
  try {
    const pages: string[] = [];
    for (let number = 1; number <= doc.numPages; number++) {
      const content = await (await doc.getPage(number)).getTextContent();
      pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
    }
    return pages;
  } finally {
    await doc.destroy();
  }
}

// Reading 40-page PDFs back with poppler and pdf.js takes seconds on a busy machine.
describe.skipIf(skipReason !== null)('the exported PDF', { timeout: 120_000 }, () => {
  let t: TestCore;
  let printer: ReturnType<typeof launchingChromiumPrinter>;
  let outline: Outline;
  let draft: ExportResult;
  let final: ExportResult;
  let draftPages: string[];
  let finalPages: string[];
  let version: VersionSummary;
  let planPath: string;
  let docId: string;
  const timings = { draft: 0, final: 0 };
  /** How often each export's printer read a PDF back (`revise`): its passes. */
  const passes: number[] = [];

  beforeAll(async () => {
    printer = launchingChromiumPrinter(process.env);
    const counting: Printer = {
      print: (html, options) => {
        passes.push(0);
        const revise = options.revise;
        return printer.print(html, {
          ...options,
          revise:
            revise &&
            ((pdf) => {
              passes[passes.length - 1]! += 1;
              return revise(pdf);
            }),
        });
      },
    };
    t = makeTestCore({ printer: counting });
    planPath = join(t.dir, 'keski-suomi.opsu');
    ({ docId, outline } = await createSamplePlan(t, planPath));
    version = await t.value<VersionSummary>('versions.create', {
      docId,
      label: 'Aluevaltuustolle',
    });
    let started = performance.now();
    draft = await t.value<ExportResult>('export.pdf', {
      docId,
      path: join(t.dir, 'luonnos.pdf'),
      annexes: ['checklist', 'decisions'],
    });
    timings.draft = performance.now() - started;
    started = performance.now();
    final = await t.value<ExportResult>('export.pdf', {
      docId,
      path: join(t.dir, 'hyvaksytty.pdf'),
      versionId: version.id,
      final: true,
      language: 'sv',
    });
    timings.final = performance.now() - started;
    console.info(
      `PDF export of ${outline.length} sections: draft with annexes ${draft.pages} pages in ` +
        `${Math.round(timings.draft)} ms, final ${final.pages} pages in ${Math.round(timings.final)} ms`,
    );
    draftPages = await pageTexts(draft.path);
    finalPages = await pageTexts(final.path);
  }, 600_000);

  afterAll(async () => {
    t?.dispose();
    await printer?.close();
  });

  it('reports what it wrote and records it in the plan file', async () => {
    expect(draft).toMatchObject({ format: 'pdf', versionId: null });
    expect(draft.contentDigest).toMatch(/^[0-9a-f]{64}$/);
    expect(final.versionId).toBe(version.id);
    expect(final.contentDigest).toBe(version.digest);
    expect(outline.length).toBeGreaterThanOrEqual(40);
    // No temporary file left beside the exports.
    expect(
      readdirSync(t.dir)
        .filter((name) => name.endsWith('.pdf'))
        .sort(),
    ).toEqual(['hyvaksytty.pdf', 'luonnos.pdf']);
    await t.value('plan.close', { docId });
    const db = new Database(planPath, { readonly: true });
    const rows = db
      .prepare('SELECT format, path, content_digest, version_id, final, language FROM exports')
      .all();
    db.close();
    expect(rows).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ format: 'pdf', path: draft.path, version_id: null, final: 0 }),
        expect.objectContaining({
          path: final.path,
          content_digest: version.digest,
          version_id: version.id,
          final: 1,
          language: 'sv',
        }),
      ]),
    );
    docId = (await t.value<{ docId: string }>('plan.open', { path: planPath })).docId;
  });

  it('is tagged, titled, in Finnish, with the pages it reports (pdfinfo)', async () => {
    const info = run('pdfinfo', [draft.path]);
    expect(info).toMatch(/^Tagged:\s+yes$/m);
    expect(info).toMatch(/^Title:\s+Keski-Suomen alueellinen opiskeluhuoltosuunnitelma$/m);
    expect(info).toMatch(new RegExp(`^Pages:\\s+${draft.pages}$`, 'm'));
    expect(info).toMatch(/^Page size:\s+59\d(\.\d+)? x 841(\.\d+)? pts \(A4\)/m);
    const doc = await openPdf(new Uint8Array(readFileSync(final.path)));
    const metadata = (await doc.getMetadata()) as { info: { Language?: string } };
    await doc.destroy();
    // The document language is the plan's, whatever the language of the fixed texts.
    expect(metadata.info.Language).toBe('fi');
  });

  it('embeds every font, and only the bundled ones (pdffonts)', () => {
    const lines = run('pdffonts', [draft.path]).trim().split('\n').slice(2);
    expect(lines.length).toBeGreaterThan(2);
    for (const line of lines) {
      expect(line).toMatch(/\byes\s+yes\s+yes\b/);
      expect(line).toMatch(/SourceSerif4|SourceSans3/);
    }
  });

  it('extracts the headings and the Finnish text in reading order, and no guidance', () => {
    const text = pdftotext(draft.path, ['-layout']);
    expect(text).toContain('Äänekosken, Närpiön ja Pietarsaaren');
    expect(text).toContain('Oppilaalla ja opiskelijalla on oikeus saada opiskeluhuoltopalvelut');
    // Headings after the contents, in the outline's order.
    const body = squash(text.slice(text.indexOf('Luvun 1 tavoitteena') - 200));
    let at = 0;
    for (const entry of outline) {
      const found = body.indexOf(squash(`${entry.number} ${entry.title}`), at);
      expect(found, `${entry.number} ${entry.title}`).toBeGreaterThanOrEqual(at);
      at = found;
    }
    for (const { section } of flattenTemplate()) {
      const sentence = section.guidance.fi.split('. ')[0]!;
      expect(squash(text)).not.toContain(squash(sentence));
    }
  });

  it('has a running footer with the title and "sivu N / M", none on the cover', () => {
    const pages = pdftotext(draft.path, ['-layout']).split('\f');
    expect(pages[0]).not.toMatch(/sivu \d+ \/ \d+/);
    expect(pages[1]).toMatch(
      new RegExp(`Keski-Suomen alueellinen opiskeluhuoltosuunnitelma\\s+sivu 2 / ${draft.pages}`),
    );
    expect(pages[draft.pages! - 1]).toContain(`sivu ${draft.pages} / ${draft.pages}`);
    expect(pdftotext(final.path).split('\f')[1]).toContain(`sida 2 / ${final.pages}`);
  });

  it('has an outline (bookmarks) of the numbered headings', async () => {
    const doc = await openPdf(new Uint8Array(readFileSync(draft.path)));
    try {
      const titles: string[] = [];
      const visit = (items: Array<{ title: string; items: unknown[] }>) => {
        for (const item of items) {
          titles.push(item.title);
          visit(item.items as Array<{ title: string; items: unknown[] }>);
        }
      };
      visit((await doc.getOutline()) ?? []);
      const squashed = titles.map(squash);
      for (const entry of outline) {
        expect(squashed).toContain(squash(`${entry.number} ${entry.title}`));
      }
      expect(squashed).toContain(squash('Liite 1. Lakisääteisen sisällön kattavuus'));
      // No title twice over (Chromium doubles a heading whose top margin a page break cut off).
      for (const title of titles) {
        expect(title.slice(0, title.length / 2), title).not.toBe(title.slice(title.length / 2));
      }
    } finally {
      await doc.destroy();
    }
  });

  it('finds the pages of the headings in one hidden layout pass, then prints once', () => {
    // A third pass would mean the hidden layout pass put a heading elsewhere than the final print.
    expect(passes).toEqual([2, 2]);
  });

  it('puts each heading on the page the contents say', () => {
    const pages = pdftotext(draft.path, ['-layout']).split('\f');
    const contents: Array<{ heading: string; page: number }> = [];
    for (const page of pages.slice(1, 4)) {
      for (const line of page.split('\n')) {
        const entry = /^\s*(\d+(?:\.\d+)*)\s+(.+?)\s{2,}(\d+)\s*$/.exec(line);
        const annex = /^\s*(Liite \d+\. .+?)\s{2,}(\d+)\s*$/.exec(line);
        if (entry) contents.push({ heading: `${entry[1]} ${entry[2]}`, page: Number(entry[3]) });
        else if (annex) contents.push({ heading: annex[1]!, page: Number(annex[2]) });
      }
    }
    expect(contents.length).toBe(outline.length + 2);
    for (const { heading, page } of contents) {
      expect(squash(pages[page - 1] ?? ''), `${heading} on page ${page}`).toContain(
        squash(heading),
      );
    }
  });

  it('marks every page of a draft LUONNOS, and no page of a final version', () => {
    expect(draftPages.length).toBe(draft.pages);
    draftPages.forEach((text, index) => expect(text, `page ${index + 1}`).toContain('LUONNOS'));
    for (const text of finalPages) {
      expect(text).not.toMatch(/LUONNOS|UTKAST|DRAFT/);
    }
    // The final version's fixed texts are in Swedish, its cover names the version.
    expect(finalPages[0]).toContain('Slutlig');
    expect(squash(finalPages[0]!)).toContain(squash('version 1: Aluevaltuustolle'));
    expect(squash(finalPages[0]!)).toContain(version.digest);
  });

  it('writes page images of the cover, contents, a table and an annex to look at', () => {
    // Other export tests write their page images here too: overwrite, never clear the folder.
    mkdirSync(artifacts, { recursive: true });
    copyFileSync(draft.path, join(artifacts, 'draft.pdf'));
    copyFileSync(final.path, join(artifacts, 'final.pdf'));
    const pages = pdftotext(draft.path).split('\f');
    const tablePage = pages.findIndex((page) => page.includes('Psykologit')) + 1;
    // The last page naming annex 1: its heading (the contents name it too).
    const annexPage = pages.findLastIndex((page) => page.includes('Liite 1.')) + 1;
    expect(tablePage).toBeGreaterThan(2);
    expect(annexPage).toBeGreaterThan(tablePage);
    const shots: Array<[string, number]> = [
      ['cover', 1],
      ['contents', 2],
      ['table', tablePage],
      ['annex-checklist', annexPage],
      ['annex-decisions', draft.pages!],
    ];
    for (const [name, page] of shots) {
      const prefix = join(artifacts, name);
      run('pdftoppm', [
        '-png',
        '-r',
        '60',
        '-f',
        String(page),
        '-l',
        String(page),
        '-singlefile',
        draft.path,
        prefix,
      ]);
      expect(existsSync(`${prefix}.png`)).toBe(true);
    }
    run('pdftoppm', [
      '-png',
      '-r',
      '60',
      '-f',
      '1',
      '-l',
      '1',
      '-singlefile',
      final.path,
      join(artifacts, 'final-cover'),
    ]);
  });

  it('writes nothing when the folder is missing, and never over the plan itself', async () => {
    const missing = await t.call('export.pdf', {
      docId,
      path: join(t.dir, 'no-such-folder', 'x.pdf'),
    });
    expect(missing).toMatchObject({ ok: false, error: { code: 'FILE_NOT_FOUND' } });
    const self = await t.call('export.pdf', { docId, path: planPath });
    expect(self).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(existsSync(join(t.dir, 'no-such-folder'))).toBe(false);
  });
});
