import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Document, Packer, Paragraph } from 'docx';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DocxPreview } from '../../../shared/domain/docx-import';
import type { ExportResult } from '../../../shared/domain/export';
import type { Outline } from '../../../shared/domain/section';
import { makeTestCore, type TestCore } from '../testing/test-core';
import { styleIdsOf } from './docx/template';
import { createSamplePlan, SAMPLE_PARAGRAPH } from './testing/sample-plan';

/**
 * The Word copy: real heading styles, numbering, tables with repeated header rows and merged
 * cells, links, the cover and annexes, the plan's language — checked in the package itself, and by
 * reading it back with our own importer (issue 3), which must find the same sections.
 */

let t: TestCore;
let outline: Outline;
let docId: string;
let plain: ExportResult;
let withAnnexes: ExportResult;
let xml: string;

const partsOf = async (path: string) => {
  const zip = await JSZip.loadAsync(readFileSync(path));
  const text = async (name: string) => (await zip.file(name)?.async('string')) ?? null;
  return { names: Object.keys(zip.files), text };
};

beforeAll(async () => {
  t = makeTestCore();
  ({ docId, outline } = await createSamplePlan(t, join(t.dir, 'plan.opsu'), { extra: 4 }));
  plain = await t.value<ExportResult>('export.docx', {
    docId,
    path: join(t.dir, 'plain.docx'),
  });
  withAnnexes = await t.value<ExportResult>('export.docx', {
    docId,
    path: join(t.dir, 'annexes.docx'),
    annexes: ['checklist', 'decisions'],
    language: 'en',
    final: true,
  });
  xml = (await (await partsOf(plain.path)).text('word/document.xml'))!;
}, 120_000);

afterAll(() => t?.dispose());

describe('the exported Word document', () => {
  it('reports what it wrote', () => {
    expect(plain).toMatchObject({ format: 'docx', pages: null, versionId: null });
    expect(plain.bytes).toBe(readFileSync(plain.path).byteLength);
    expect(readdirSync(t.dir).filter((name) => name.includes('.docx'))).toHaveLength(2);
  });

  it('uses Word heading styles by outline depth, Heading 4+ inside sections', () => {
    for (const style of ['Heading1', 'Heading2', 'Heading4', 'Heading5', 'Title', 'Quote']) {
      expect(xml).toContain(`<w:pStyle w:val="${style}"/>`);
    }
    const headings = [...xml.matchAll(/<w:pStyle w:val="Heading([123])"\/>.*?<w:t[^>]*>([^<]*)</g)];
    expect(headings.map((match) => match[2])).toEqual(
      outline.map((entry) => `${entry.number} ${entry.title}`),
    );
    expect(headings.map((match) => Number(match[1]))).toEqual(outline.map((entry) => entry.depth));
  });

  it('has numbering definitions, nested lists, tables with header rows and merged cells', async () => {
    const parts = await partsOf(plain.path);
    expect(parts.names).toContain('word/numbering.xml');
    expect(await parts.text('word/numbering.xml')).toContain('w:abstractNum');
    expect(xml).toMatch(/<w:numPr><w:ilvl w:val="1"\/>/);
    expect(xml).toContain('<w:tblHeader/>');
    expect(xml).toMatch(/<w:gridSpan w:val="2"\/>/);
    expect(xml).toMatch(/<w:vMerge w:val="restart"\/>/);
    expect(xml).toContain('<w:hyperlink');
    expect(await parts.text('word/_rels/document.xml.rels')).toContain(
      'https://www.finlex.fi/fi/laki/ajantasa/2013/20131287',
    );
    expect(xml).toContain('<w:b/>');
    expect(xml).toContain('<w:i/>');
  });

  it('sets the language, the draft mark, the footer and a contents field', async () => {
    const parts = await partsOf(plain.path);
    expect(xml).toContain('<w:lang w:val="fi-FI"/>');
    const headers = parts.names.filter((name) => /^word\/header\d*\.xml$/.test(name));
    const headerText = (await Promise.all(headers.map((name) => parts.text(name)))).join('');
    expect(headerText).toContain('LUONNOS');
    const footers = parts.names.filter((name) => /^word\/footer\d*\.xml$/.test(name));
    const footerText = (await Promise.all(footers.map((name) => parts.text(name)))).join('');
    expect(footerText).toContain('PAGE');
    expect(footerText).toContain('NUMPAGES');
    expect(xml).toMatch(/TOC \\h \\o (&quot;|")1-3/);
    expect(xml).toContain(plain.contentDigest);
    // A final export has no draft mark; its fixed texts follow the chosen language.
    const final = await partsOf(withAnnexes.path);
    const finalXml = (await final.text('word/document.xml'))!;
    const finalHeaders = final.names.filter((name) => /^word\/header\d*\.xml$/.test(name));
    for (const name of finalHeaders) expect(await final.text(name)).not.toContain('DRAFT');
    expect(finalXml).toContain('Annex 1. Coverage of the statutory content');
    expect(finalXml).toContain('Annex 2. Decision history');
    expect(finalXml).not.toContain('LUONNOS');
  });

  it(
    're-imports into Suunta with the same sections and text (issue 3 importer)',
    { timeout: 60_000 },
    async () => {
      const preview = await t.value<DocxPreview>('import.docxPreview', { source: plain.path });
      expect(preview.title).toBe('Keski-Suomen alueellinen opiskeluhuoltosuunnitelma');
      // The cover and the contents come before the first heading: the importer keeps them as a
      // leading section of their own, which she can drop in the preview.
      const sections = preview.sections.slice(preview.sections.length - outline.length);
      expect(sections.map((section) => [section.title, section.depth])).toEqual(
        outline.map((entry) => [entry.title, entry.depth]),
      );
      for (const section of sections) {
        expect(section.excerpt.startsWith('Luvun ')).toBe(true);
        expect(section.words).toBeGreaterThan(100);
      }
      expect(sections.filter((section) => section.tables > 0).length).toBeGreaterThan(0);
      expect(preview.words).toBeGreaterThan(outline.length * 100);
      expect(JSON.stringify(preview)).not.toContain('Ohje');
      expect(SAMPLE_PARAGRAPH.length).toBeGreaterThan(0);
    },
  );

  it(
    'takes the styles of a county template, by their localized ids',
    { timeout: 60_000 },
    async () => {
      const template = join(t.dir, 'pohja.dotx');
      writeFileSync(template, await localizedTemplate());
      const result = await t.value<ExportResult>('export.docx', {
        docId,
        path: join(t.dir, 'templated.docx'),
        templatePath: template,
      });
      const parts = await partsOf(result.path);
      const styles = (await parts.text('word/styles.xml'))!;
      expect(styles).toContain('w:styleId="Otsikko1"');
      const document = (await parts.text('word/document.xml'))!;
      expect(document).toContain('<w:pStyle w:val="Otsikko1"/>');
      expect(document).toContain('<w:pStyle w:val="Otsikko2"/>');
      expect(document).not.toContain('<w:pStyle w:val="Heading1"/>');
      const preview = await t.value<DocxPreview>('import.docxPreview', { source: result.path });
      expect(preview.sections.slice(-outline.length).map((section) => section.title)).toEqual(
        outline.map((entry) => entry.title),
      );
    },
  );

  it('refuses a template that is not a Word file, writing nothing', async () => {
    const bad = join(t.dir, 'pohja.txt');
    writeFileSync(bad, 'not a template');
    const target = join(t.dir, 'never.docx');
    const result = await t.call('export.docx', { docId, path: target, templatePath: bad });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'BAD_TEMPLATE', details: { path: bad } },
    });
    expect(existsSync(target)).toBe(false);
    const missing = await t.call('export.docx', {
      docId,
      path: target,
      templatePath: join(t.dir, 'missing.dotx'),
    });
    expect(missing).toMatchObject({ ok: false, error: { code: 'FILE_NOT_FOUND' } });
    expect(readdirSync(t.dir).filter((name) => name.startsWith('never'))).toEqual([]);
  });

  it('finds built-in styles by name in any language', () => {
    const ids = styleIdsOf(
      '<w:styles><w:style w:type="paragraph" w:styleId="Rubrik1"><w:name w:val="heading 1"/></w:style>' +
        '<w:style w:type="character" w:styleId="Hyperlnk"><w:name w:val="Hyperlink"/></w:style></w:styles>',
    );
    expect(ids.Heading1).toBe('Rubrik1');
    expect(ids.Hyperlink).toBe('Hyperlnk');
    expect(ids.Heading2).toBe('Heading2');
  });
});

/** A template as a Finnish Word saves it: the built-in styles under localized ids ("Otsikko1"). */
async function localizedTemplate(): Promise<Buffer> {
  const doc = new Document({ sections: [{ children: [new Paragraph('Pohja')] }] });
  const zip = await JSZip.loadAsync(await Packer.toBuffer(doc));
  const styles = (await zip.file('word/styles.xml')!.async('string'))
    .replace(/w:(styleId|val)="Heading(\d)"/g, 'w:$1="Otsikko$2"')
    .replace(/w:(styleId|val)="Title"/g, 'w:$1="Otsikko"');
  zip.file('word/styles.xml', styles);
  return zip.generateAsync({ type: 'nodebuffer' });
}

const soffice = ['soffice', 'libreoffice'].find(
  (command) => spawnSync(command, ['--version'], { stdio: 'ignore' }).status === 0,
);
if (!soffice) console.warn('LibreOffice conversion test skipped: no soffice on this machine');

describe.skipIf(!soffice)('opened by LibreOffice', () => {
  it('converts to PDF without complaint', () => {
    const out = join(t.dir, 'lo');
    mkdirSync(out, { recursive: true });
    execFileSync(soffice!, ['--headless', '--convert-to', 'pdf', '--outdir', out, plain.path], {
      timeout: 120_000,
    });
    expect(existsSync(join(out, 'plain.pdf'))).toBe(true);
    // A cold LibreOffice start takes several seconds.
  }, 120_000);
});
