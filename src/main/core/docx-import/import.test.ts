import { appendFileSync, existsSync, readdirSync } from 'node:fs';
import { createHash, randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { DocxPreview } from '../../../shared/domain/docx-import';
import type { Checklist } from '../../../shared/domain/checklist';
import type { Section } from '../../../shared/domain/section';
import type { OpenedPlan } from '../../../shared/ipc';
import { makeTestCore, type TestCore } from '../testing/test-core';
import { compoundFile, docxBuffer, para, richDocument, writeFixture, zipBuffer } from './fixtures';
import { DocxImportService } from './service';

let t: TestCore;
let source: string;
let target: string;
// Packing the Word file is the slow part: once per file, then a fresh copy in each test's folder.
let previousPlan: Buffer;
beforeAll(async () => {
  previousPlan = await richDocument();
}, 60_000);
beforeEach(() => {
  t = makeTestCore();
  source = writeFixture(join(t.dir, 'aiempi.docx'), previousPlan);
  target = join(t.dir, 'uusi.opsu');
});
afterEach(() => t.dispose());

const preview = () => t.value<DocxPreview>('import.docxPreview', { source });
const createInput = (previewed: DocxPreview, extra: Record<string, unknown> = {}) => ({
  source,
  sourceDigest: previewed.sourceDigest,
  path: target,
  title: previewed.title,
  region: '',
  mapping: [],
  ...extra,
});

/** Nothing at the target, and no temporary file beside it. */
function expectNothingWritten() {
  expect(existsSync(target)).toBe(false);
  expect(
    readdirSync(t.dir).filter((name) => name.endsWith('.tmp') || name.endsWith('.opsu')),
  ).toEqual([]);
}

describe('import.docxPreview and import.docxCreate', { timeout: 60_000 }, () => {
  it('previews without writing, then creates and opens the plan with her mapping', async () => {
    const previewed = await preview();
    expectNothingWritten();
    const plan = await t.value<OpenedPlan>(
      'import.docxCreate',
      createInput(previewed, {
        region: '',
        period: '2026-2029',
        mapping: [
          { index: 4, requirementIds: ['reg.cooperation_plan'] },
          { index: 2, requirementIds: ['reg.goals_principles', 'reg.language_rights'] },
        ],
      }),
    );
    expect(plan.meta).toMatchObject({
      title: 'Alueellinen opiskeluhuoltosuunnitelma 2022–2025',
      region: '',
      period: '2026–2029',
      helsinki: false,
    });
    expect(plan.outline.map((entry) => [entry.number, entry.title, entry.depth])).toEqual([
      ['1', 'Alueellinen opiskeluhuoltosuunnitelma 2022–2025', 1],
      ['2', 'Johdanto', 1],
      ['2.1', 'Tavoitteet och principer', 2],
      ['2.1.1', 'Hypätty taso', 3],
      ['3', 'Yhteistyö', 1],
    ]);
    expect(plan.outline.map((entry) => entry.words)).toEqual(
      previewed.sections.map((entry) => entry.words),
    );
    const intro = await t.value<Section>('section.get', {
      docId: plan.docId,
      sectionId: plan.outline[1]!.id,
    });
    expect(intro).toMatchObject({ templateKey: null, revision: 1 });
    expect(intro.plainText).toContain('Lihavoitu ja kursivoitu');
    const checklist = await t.value<Checklist>('checklist.get', { docId: plan.docId });
    const sectionsOf = (id: string) =>
      checklist.items.find((item) => item.requirementId === id)?.sectionIds;
    expect(sectionsOf('reg.cooperation_plan')).toEqual([plan.outline[4]!.id]);
    expect(sectionsOf('reg.language_rights')).toEqual([plan.outline[2]!.id]);
    expect(sectionsOf('reg.resource_allocation')).toEqual([]);
  });

  it('creates from the file alone, without a preview in this session', async () => {
    const previewed = await preview();
    const fresh = makeTestCore();
    try {
      const plan = await fresh.value<OpenedPlan>('import.docxCreate', {
        ...createInput(previewed),
        path: join(fresh.dir, 'toinen.opsu'),
      });
      expect(plan.outline.map((entry) => entry.title)).toEqual(
        previewed.sections.map((entry) => entry.title),
      );
    } finally {
      fresh.dispose();
    }
  });

  it('refuses a file that changed after the preview, and writes nothing', async () => {
    const previewed = await preview();
    appendFileSync(source, Buffer.from([0]));
    const result = await t.call('import.docxCreate', createInput(previewed));
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'SOURCE_CHANGED', messageKey: 'errors.SOURCE_CHANGED' },
    });
    expectNothingWritten();
  });

  it('refuses a mapping to a section that is not there', async () => {
    const previewed = await preview();
    const result = await t.call(
      'import.docxCreate',
      createInput(previewed, { mapping: [{ index: 5, requirementIds: ['reg.goals_principles'] }] }),
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    const unknown = await t.call(
      'import.docxCreate',
      createInput(previewed, { mapping: [{ index: 0, requirementIds: ['reg.nothing'] }] }),
    );
    expect(unknown).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    const helsinki = await t.call(
      'import.docxCreate',
      createInput(previewed, {
        mapping: [{ index: 0, requirementIds: ['reg.helsinki_variant'] }],
      }),
    );
    expect(helsinki).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expectNothingWritten();
  });

  it('refuses relative paths and an existing target', async () => {
    expect(await t.call('import.docxPreview', { source: 'aiempi.docx' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    });
    const previewed = await preview();
    writeFixture(target, Buffer.from('olemassa'));
    expect(await t.call('import.docxCreate', createInput(previewed))).toMatchObject({
      ok: false,
      error: { code: 'FILE_EXISTS' },
    });
  });

  const badFiles: Array<[string, () => Promise<Buffer> | Buffer, string, string]> = [
    ['random bytes', () => randomBytes(3000), 'WRONG_FORMAT', 'errors.WRONG_FORMAT'],
    [
      'a legacy .doc',
      () => compoundFile(['WordDocument']),
      'WRONG_FORMAT',
      'errors.WRONG_FORMAT_doc',
    ],
    [
      'an encrypted .docx',
      () => compoundFile(['EncryptedPackage']),
      'ENCRYPTED',
      'errors.ENCRYPTED',
    ],
    [
      'a workbook',
      () => zipBuffer([{ name: 'xl/workbook.xml', data: Buffer.from('<w/>') }]),
      'WRONG_FORMAT',
      'errors.WRONG_FORMAT_xlsx',
    ],
    [
      'a truncated .docx',
      async () => (await docxBuffer([para('Teksti')])).subarray(0, 900),
      'DAMAGED_FILE',
      'errors.DAMAGED_FILE',
    ],
    ['an empty document', () => docxBuffer([]), 'EMPTY_DOCUMENT', 'errors.EMPTY_DOCUMENT'],
  ];
  for (const [what, bytes, code, messageKey] of badFiles) {
    it(`refuses ${what} with ${code}, writing nothing`, async () => {
      const content = await bytes();
      const bad = writeFixture(join(t.dir, 'huono.docx'), content);
      const previewed = await t.call('import.docxPreview', { source: bad });
      expect(previewed).toMatchObject({ ok: false, error: { code, messageKey } });
      const created = await t.call('import.docxCreate', {
        source: bad,
        sourceDigest: createHash('sha256').update(content).digest('hex'),
        path: target,
        title: 'Suunnitelma',
        region: '',
        mapping: [],
      });
      expect(created).toMatchObject({ ok: false, error: { code } });
      expectNothingWritten();
    });
  }

  it('names a missing file', async () => {
    const missing = join(t.dir, 'ei-ole.docx');
    expect(await t.call('import.docxPreview', { source: missing })).toMatchObject({
      ok: false,
      error: { code: 'FILE_NOT_FOUND', details: { path: missing } },
    });
  });
});

describe('the service with small limits', { timeout: 60_000 }, () => {
  it('refuses files over the limits with their size in the message details', async () => {
    const small = new DocxImportService(null as never, () => '', {
      maxBytes: 1000,
      maxUnpackedBytes: 1024 * 1024,
      maxEntries: 100,
      maxXmlPartBytes: 1024 * 1024,
    });
    await expect(small.preview(source)).rejects.toMatchObject({
      code: 'TOO_LARGE',
      details: { limit: 'packed', limitMb: 0 },
    });
    const bomb = writeFixture(
      join(t.dir, 'pommi.docx'),
      zipBuffer([{ name: 'word/document.xml', data: Buffer.alloc(8 * 1024 * 1024) }]),
    );
    const unpacked = new DocxImportService(null as never, () => '', {
      maxBytes: 1024 * 1024,
      maxUnpackedBytes: 1024 * 1024,
      maxEntries: 100,
      maxXmlPartBytes: 1024 * 1024,
    });
    await expect(unpacked.preview(bomb)).rejects.toMatchObject({
      code: 'TOO_LARGE',
      details: { limit: 'unpacked', limitMb: 1 },
    });
    expectNothingWritten();
  });
});
